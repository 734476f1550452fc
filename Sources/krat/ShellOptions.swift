import ArgumentParser
import Foundation
import KRATCore
import KRATShell

/// The roles a database can be opened under.
enum RoleArgument: String, ExpressibleByArgument, CaseIterable {
    case caseWorker = "case-worker"
    case secretary
    case analyst
    case `public`

    /// The role in the domain's terms.
    var role: Role {
        switch self {
        case .caseWorker: .caseWorker
        case .secretary: .secretary
        case .analyst: .analyst
        case .public: .public
        }
    }
}

extension OutputMode: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

/// The options of `krat` itself.
struct ShellOptions: ParsableArguments {
    @Argument(help: "The county or national database to open.")
    var file: String?

    @Option(help: "The role to work as; a case-worker needs the key file.")
    var role: RoleArgument = .analyst

    @Option(help: "The key file that unlocks personal data (case-worker role; default FILE.key).")
    var keyFile: String?

    @Option(help: "Your user name, written to the audit log.")
    var user: String?

    @Option(help: "The language of labels and messages.")
    var lang: Language = .sq

    @Option(help: "How tables are written.")
    var mode: OutputMode = .table

    @Option(name: .customShort("c"), help: ArgumentHelp(
        "Run COMMAND and exit (repeatable; runs in order, stops at the first error).", valueName: "COMMAND"))
    var commands: [String] = []

    @Flag(name: [.customShort("q"), .long], help: "Start without the first screen (what is open, as whom, where help is).")
    var quiet = false

    @Flag(help: "Open a generated demo county of ten years, removed on exit.")
    var demo = false

    @Option(help: "The county of the demo database.")
    var county: String?

    /// The user name written to the audit log: `--user`, else `$USER`, else the account's name.
    var userName: String { user ?? ProcessInfo.processInfo.environment["USER"] ?? NSUserName() }

    /// Whether the options ask for a database (a FILE or the demo).
    var needsDatabase: Bool { file != nil || demo }

    mutating func validate() throws {
        if demo, file != nil { throw ValidationError("give either FILE or --demo, not both") }
        if county != nil, !demo { throw ValidationError("--county chooses the demo's county; add --demo") }
        if !needsDatabase {
            if keyFile != nil || user != nil || role != .analyst {
                throw ValidationError("--role, --key-file and --user apply to a database; give FILE or --demo")
            }
        }
    }
}
