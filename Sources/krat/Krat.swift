import ArgumentParser
import Foundation
import Glibc
import KRATCommands
import KRATCore
import KRATShell

/// `krat`: the county committee's terminal on its data.
///
/// `open` is the default subcommand, so `krat FILE …` opens a database; a positional
/// FILE on the root itself would hide `init` and `merge` from the parser.
@main
struct Krat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "krat",
        abstract: "The KRAT shell: cases, statistics, plans and reports of a county anti-trafficking committee.",
        usage: """
            krat [FILE] [--role case-worker|secretary|analyst|public] [--key-file PATH] [--user NAME]
                 [--lang sq|en] [--mode MODE] [-c COMMAND]... [--demo [--county NAME]]
            krat init FILE (--county NAME [--share-pseudonyms-with KEYFILE] [--sample] | --national)
            krat merge NATIONAL FILE...
            """,
        discussion: """
            FILE                  a county or national database (create one with `krat init`)
            --role ROLE           case-worker: cases with personal data (audited; key file)
                                  secretary: the committee's records, no personal data
                                  analyst (the default): reads, no personal data
                                  public: fixed published tables, small counts hidden
            --key-file PATH       the key file of the database (default: FILE.key)
            --user NAME           your name, written to the audit log (default: $USER)
            --lang sq|en          labels and messages in Albanian (default) or English
            --mode MODE           table, box, csv, json, markdown or line
            -c COMMAND            run COMMAND and exit; repeatable, stops at the first error
            --demo [--county NAME]  a generated demo county of ten years, removed on exit

            Without FILE or --demo, krat starts with no database (meta commands and help work).
            With standard input from a pipe, krat reads one command per line, without a prompt.
            Inside the shell, .help lists the commands and .help COMMAND explains one.
            History is kept in $KRAT_HISTORY, or ~/.krat_history.
            """,
        subcommands: [Open.self, Init.self, Merge.self],
        defaultSubcommand: Open.self)
}

/// `krat [open] [FILE] [options]`: the shell, interactive or running commands.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open a database (or none) in the shell: interactive, with -c, or reading standard input.")

    @OptionGroup var options: ShellOptions

    mutating func validate() throws {
        try options.validate()
    }

    mutating func run() throws {
        let shell = makeShell()
        try DomainCommands.install(into: shell)
        var demoFolder: DemoCounty.Folder?
        if options.demo {
            let demo = try DemoCounty.create(county: options.county, role: options.role.role, user: options.userName,
                                             progress: shell.context.progressWriter)
            demoFolder = demo.folder
            demo.session.attach(to: shell)
        } else if let file = options.file {
            try DatabaseFiles.open(at: file, role: options.role.role, keyFile: options.keyFile, user: options.userName)
                .attach(to: shell)
        }
        defer { demoFolder?.remove() }
        let status: Int32
        if !options.commands.isEmpty {
            status = ScriptRunner(shell: shell).run(commands: options.commands)
        } else if !Terminal.isTerminal(STDIN_FILENO) {
            status = ScriptRunner(shell: shell).runStandardInput()
        } else {
            print(shell.banner, terminator: "")
            status = MainActor.assumeIsolated { InteractiveLoop(shell: shell).run() }
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// A shell with the settings from the command line.
    private func makeShell() -> Shell {
        let context = ShellContext(mode: options.mode, language: options.lang)
        if Terminal.isTerminal(STDOUT_FILENO) {
            context.progressWriter = { text in Terminal.write(text, to: STDOUT_FILENO) }
        }
        return Shell(context: context)
    }
}
