import ArgumentParser
import Glibc
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
            krat [FILE] [--role case-worker|analyst|public] [--key-file PATH] [--user NAME]
                 [--lang sq|en] [--mode MODE] [-c COMMAND]... [--demo [--county NAME]]
            krat init FILE (--county NAME | --national)
            krat merge NATIONAL FILE...
            """,
        discussion: """
            Without FILE, krat starts with no database (meta commands and help work).
            Inside the shell type .help for the commands.
            History is kept in $KRAT_HISTORY, or ~/.krat_history.
            See 'krat help open' for every option of the shell.
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
        var demo: DemoFiles?
        if options.needsDatabase {
            let opened = try DatabaseOpening(options: options).open(progressTo: shell.context.progressWriter)
            demo = opened.demo
            shell.context.session = DatabaseSession(database: opened.database)
            // Suppressed cells show as `*`: a hidden cell may be small, or hidden only so that
            // a small one cannot be recovered from totals, so "<10" would mislead.
        }
        defer { demo?.remove() }
        let status: Int32
        if !options.commands.isEmpty {
            status = ScriptRunner(shell: shell).run(commands: options.commands)
        } else if !Terminal.isTerminal(STDIN_FILENO) {
            status = ScriptRunner(shell: shell).runStandardInput()
        } else {
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
