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
        abstract: "The KRAT shell: cases, statistics, plans and reports of a county's anti-trafficking committee.",
        usage: """
            krat [FILE | --demo] [--role ROLE] [-c COMMAND]... [options]
            krat init FILE --county NAME [--sample] [--share-pseudonyms-with KEYFILE]
            krat init FILE --national
            krat merge NATIONAL FILE...
            """,
        discussion: """
            Without FILE or --demo, krat starts with no database: the dot-commands and \
            help work. Interactive on a terminal; with -c, or with commands piped on \
            standard input (one per line), it runs them and stops at the first error. \
            Inside the shell, .help lists the commands and .help COMMAND shows examples. \
            History is kept in $KRAT_HISTORY, or ~/.krat_history.

            The shell's options (role, key file, language, output mode, -c, --demo): \
            krat open --help.
            """,
        version: Krat.version,
        subcommands: [Open.self, Init.self, Merge.self],
        defaultSubcommand: Open.self)
}

extension Krat {
    /// The version `krat --version` and the first screen show.
    static let version = "0.9.0"
}

/// `krat [open] [FILE] [options]`: the shell, interactive or running commands.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open a database (or none) in the shell: interactive, with -c, or reading standard input.",
        usage: """
            krat [open] [FILE] [--role ROLE] [--key-file PATH] [-c COMMAND]... [opts]
            krat [open] --demo [--county NAME] [--role ROLE] [-c COMMAND]... [opts]
            """)

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
            if !options.quiet { print(shell.banner(version: Krat.version), terminator: "") }
            status = MainActor.assumeIsolated { InteractiveLoop(shell: shell).run() }
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// A shell with the settings from the command line.
    private func makeShell() -> Shell {
        let context = ShellContext(mode: options.mode, language: options.lang)
        // Tables fit the terminal's width; in pipes and files they keep their full width.
        context.terminalWidth = Terminal.size()?.columns
        if Terminal.isTerminal(STDOUT_FILENO) {
            context.progressWriter = { text in Terminal.write(text, to: STDOUT_FILENO) }
        }
        return Shell(context: context)
    }
}
