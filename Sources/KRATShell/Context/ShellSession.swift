import KRATCore

/// The open database as the shell sees it.
///
/// KRATStorage implements it for a county or national database opened under a role;
/// the shell only asks what the role may see and runs read-only SQL through it.
public protocol ShellSession: AnyObject {
    /// Who is working, e.g. `analyst (user: ana) on krat-korce.sqlite`.
    var roleDescription: String { get }
    /// The tables and views the role may query, for `.tables` and completion.
    var tableNames: [String] { get }
    /// The `CREATE` statements of what the role may see, for `.schema`.
    func describeSchema() -> String
    /// Runs a read-only `SELECT` or `WITH` statement on the role's views.
    func runSQL(_ sql: String) throws -> ResultTable
    /// What the role may ask instead, when it may query no table (the public role); nil otherwise.
    var questionsInstead: String? { get }
    /// A note every table of this session carries, and the banner shows (a database of
    /// generated sample data says so); nil when there is nothing to say.
    var dataNotice: Label? { get }
    /// The day the data is read as of (today, or the day the front end was given), for the
    /// first screen; nil when not known.
    var dataDay: Day? { get }
}

extension ShellSession {
    /// None by default: the role may query the tables it lists.
    public var questionsInstead: String? { nil }
    /// None by default.
    public var dataNotice: Label? { nil }
    /// Not known by default.
    public var dataDay: Day? { nil }
}
