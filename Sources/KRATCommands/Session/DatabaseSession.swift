import KRATCore
import KRATShell
import KRATStorage

/// The open database as the shell sees it: the database, and what its role may see.
public final class DatabaseSession: ShellSession {
    /// The database, opened for one role.
    public let database: KRATDatabase

    /// Wraps an open database.
    public init(database: KRATDatabase) {
        self.database = database
    }

    /// "analyst on Kukës County (kukes.sqlite) as ana".
    public var roleDescription: String {
        "\(database.role.code) on \(database.scope) (\(database.path ?? "in memory")) as \(database.user)"
    }

    /// The views and tables the role may query with SQL.
    public var tableNames: [String] { ((try? database.analystSchema()) ?? []).map(\.name) }

    /// For the public role, which has no SQL: the fixed publication tables it may ask for.
    public var questionsInstead: String? {
        database.role == .public ? "The public role has no SQL and no tables. " + CommandLineAdvice.publicQuestions : nil
    }

    /// A sample database says, under every table and in the banner, that its data are invented.
    public var dataNotice: Label? {
        database.holdsSampleData ? Self.sampleDataNotice : nil
    }

    /// The day the database reads as today (`KRAT_TODAY` in tests), for the first screen.
    public var dataDay: Day? { database.today }

    /// The words that mark generated sample data in the shell, exports and reports.
    public static let sampleDataNotice = Label(
        sq: "TË DHËNA SHEMBULL: raste dhe regjistrime të gjeneruara, jo të vërteta.",
        en: "SAMPLE DATA: generated cases and records, not real ones.")

    /// The schema the role may see, each view or table with its columns.
    public func describeSchema() -> String {
        if let questionsInstead { return "-- " + questionsInstead }
        do {
            return try database.analystSchema().map(\.schemaText).joined(separator: "\n")
        } catch {
            return "-- \(CommandLineAdvice.text(for: error))"
        }
    }

    /// Runs a read-only statement on the role's views.
    public func runSQL(_ sql: String) throws -> ResultTable {
        do {
            return try database.runAnalystSQL(sql)
        } catch {
            throw ShellError.sql(message: CommandLineAdvice.text(for: error))
        }
    }

    /// Opens this session in `shell`: its database, and its suppression threshold (hidden
    /// cells show as `[c]`, the threshold named in the note under the table).
    public func attach(to shell: Shell) {
        shell.context.session = self
        shell.context.suppressionThreshold = database.settings.suppressionThreshold
    }
}

extension ShellContext {
    /// The open database, or an error telling the user to open one.
    public func database(for command: String) throws(ShellError) -> KRATDatabase {
        guard let session = try requireSession(for: command) as? DatabaseSession else {
            throw .noSession(command: command)
        }
        return session.database
    }
}
