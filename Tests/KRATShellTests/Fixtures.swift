import KRATCore
@testable import KRATShell

/// A small table with Albanian labels, a decimal column and a suppressed cell.
let statusTable = ResultTable(
    title: Label(sq: "Rastet sipas statusit", en: "Cases by status"),
    columns: [
        .init(key: "status", label: Label(sq: "Statusi", en: "Status"), role: .dimension),
        .init(key: "count", label: Label(sq: "Numri", en: "Count"), role: .measure),
        .init(key: "share", label: Label(sq: "Përqindja", en: "Share"), role: .measure),
    ],
    rows: [
        [.coded(code: "vt", label: Label(sq: "VT", en: "Victim")), .integer(12), .decimal(57.14)],
        [.coded(code: "vmt", label: Label(sq: "VMT", en: "Potential victim")), .suppressed, .none],
        [.coded(code: "ne_verifikim", label: Label(sq: "Në verifikim", en: "Under review")), .integer(9), .decimal(42.9)],
    ])

/// A command registered from the tests: `hello [name=NAME]` returns the status table or a greeting.
struct HelloCommand: ShellCommand {
    let name = "hello"
    let summary = Label(sq: "Përshëndet", en: "Says hello")
    let usage = "hello [table] [name=NAME]"
    let subcommands = ["table"]

    func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        try invocation.requireKnownKeys(["name"], command: name)
        if invocation.subcommand == "table" { return CommandOutput(table: statusTable) }
        return CommandOutput(message: "Tungjatjeta, \(invocation.value("name") ?? "botë")!")
    }
}

/// A command with subcommands, for completion.
struct StatsCommand: ShellCommand {
    let name = "stats"
    let summary = Label(sq: "Statistika", en: "Statistics")
    let usage = "stats compare|trend|breakdown [filters]"
    let subcommands = ["compare", "trend", "breakdown"]

    func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        throw .failed(command: name, reason: "not part of the tests")
    }
}

/// A session double: answers every SELECT with the status table and remembers the SQL.
final class RecordingSession: ShellSession {
    var statements: [String] = []
    let roleDescription = "analyst (test)"
    let tableNames = ["cases", "case_status", "meetings"]
    func describeSchema() -> String { "CREATE VIEW cases(...);" }
    func runSQL(_ sql: String) throws -> ResultTable {
        statements.append(sql)
        return statusTable
    }
}

/// A shell with the test commands registered.
func makeTestShell(session: (any ShellSession)? = nil) throws -> Shell {
    let shell = Shell(context: ShellContext(session: session))
    try shell.registry.register(HelloCommand())
    try shell.registry.register(StatsCommand())
    return shell
}
