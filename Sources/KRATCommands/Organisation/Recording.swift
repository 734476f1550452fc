import KRATCore
import KRATShell
import KRATStorage

/// What the commands that record the committee's records share: who may write, finding an
/// institution, a committee or a record by what a person types, and required arguments.
enum Recording {
    // MARK: - Who may write

    /// Refuses the roles that may not record the committee's records (analyst, public),
    /// before anything is read or written, with the `--role` that may.
    static func requireWriter(_ database: KRATDatabase, _ action: String, command: String) throws(ShellError) {
        guard database.role.mayWriteOrganisationRecords else {
            throw StorageError.notPermitted(role: database.role, action: action, requires: .secretary).shell(command)
        }
    }

    /// The database and the subcommand of a command that records, after the checks each one
    /// makes first: a known subcommand (`keys` holds each one's `key=` words), at most
    /// `positionals` words, and a role that may write.
    static func start(_ invocation: Invocation, context: ShellContext, command: String, usage: String,
                      keys: [String: [String]], positionals: Int, action: String) throws(ShellError) -> (KRATDatabase, String) {
        let database = try context.database(for: command)
        guard let subcommand = invocation.subcommand, let known = keys[subcommand] else {
            throw .usage(command: command, problem: "say what to do: " + keys.keys.sorted().joined(separator: ", "), usage: usage)
        }
        try invocation.requireKnownKeys(known, command: command)
        try invocation.requirePositionals(atMost: positionals, command: command, usage: usage)
        try requireWriter(database, action, command: command)
        return (database, subcommand)
    }

    // MARK: - Arguments

    /// The value of `key=`, or a usage error that names the key.
    static func required(_ invocation: Invocation, _ key: String, command: String, usage: String) throws(ShellError) -> String {
        guard let value = invocation.value(key), !value.isEmpty else {
            throw .usage(command: command, problem: "give \(key)=", usage: usage)
        }
        return value
    }

    /// The day of `key=`, or a usage error that names the key.
    static func requiredDay(_ invocation: Invocation, _ key: String, command: String, usage: String) throws(ShellError) -> Day {
        guard let day = try invocation.day(key) else { throw .usage(command: command, problem: "give \(key)=YYYY-MM-DD", usage: usage) }
        return day
    }

    /// The positional word at `index`, or a usage error naming what it is.
    static func positional(_ invocation: Invocation, _ index: Int, _ what: String, command: String,
                           usage: String) throws(ShellError) -> String {
        guard invocation.positionals.count > index else { throw .usage(command: command, problem: "give the \(what)", usage: usage) }
        return invocation.positionals[index]
    }

    /// A record id typed as a whole number.
    static func id(_ text: String, _ what: String) throws(ShellError) -> Int64 {
        guard let id = Int64(text), id > 0 else {
            throw .invalidArgument(key: what, value: text, expected: "the \(what)'s number, as the listings show it")
        }
        return id
    }

    /// A number typed by a person (`12`, `12.5`).
    static func number(_ text: String, key: String) throws(ShellError) -> Double {
        guard let value = Double(text), value.isFinite else { throw .invalidArgument(key: key, value: text, expected: "a number") }
        return value
    }

    /// A coded value (`pillar=prevention`), or an error listing the codes.
    static func coded<Value: Coded>(_ text: String, _ type: Value.Type, key: String) throws(ShellError) -> Value {
        guard let value = Value(code: text) else {
            throw .invalidArgument(key: key, value: text, expected: "one of " + Value.allCases.map(\.code).joined(separator: ", "))
        }
        return value
    }

    // MARK: - Institutions

    /// The institution a person named by its number or its name (a unique part of it, with or
    /// without diacritics).
    static func institution(_ text: String, in institutions: [Institution], key: String) throws(ShellError) -> Institution {
        if let id = Int64(text), let found = institutions.first(where: { $0.id == id }) { return found }
        let wanted = NameKey.make(text)
        if let exact = institutions.first(where: { NameKey.make($0.name) == wanted }) { return exact }
        let matches = institutions.filter { NameKey.make($0.name).contains(wanted) }
        guard matches.count == 1, let found = matches.first else {
            let problem = matches.isEmpty
                ? "no institution is called so; list them with `institutions`, or add it with `institution add`"
                : "several institutions match (" + matches.prefix(4).map(\.name).joined(separator: "; ") + "); give more of the name or its number"
            throw .invalidArgument(key: key, value: text, expected: problem)
        }
        return found
    }

    /// Every institution of the database.
    static func institutions(_ database: KRATDatabase, command: String) throws(ShellError) -> [Institution] {
        try storage(command) { () throws(StorageError) in try database.institutions() }
    }

    // MARK: - Committees

    /// The county's committee of `kind`, or nil when none is stored yet.
    static func committee(_ kind: CommitteeKind, _ database: KRATDatabase, command: String) throws(ShellError) -> Committee? {
        try storage(command) { () throws(StorageError) in try database.committees() }.first { $0.kind == kind }
    }

    /// The county's committee of `kind`, or an error saying how to create it.
    static func requireCommittee(_ kind: CommitteeKind, _ database: KRATDatabase, command: String) throws(ShellError) -> Committee {
        guard let committee = try committee(kind, database, command: command), committee.id != nil else {
            throw .failed(command: command, reason: "the county has no \(kind.label.en) yet; "
                          + "its first `member join INSTITUTION committee=\(kind.code) on=DATE` creates it")
        }
        return committee
    }

    /// The name a new committee of `kind` gets in `county`.
    static func committeeName(_ kind: CommitteeKind, county: County) -> String {
        kind == .krat ? "KRAT \(county.name)" : "Tryeza Teknike \(county.name)"
    }

    /// The institutions that are members of any of the county's committees on `day`, for completion and guided entry.
    static func memberNames(_ database: KRATDatabase, on day: Day) -> [String] {
        guard let committees = try? database.committees(), let institutions = try? database.institutions() else { return [] }
        let ids = Set(committees.compactMap(\.id).flatMap { id in
            ((try? database.memberships(committeeID: id, activeOn: day)) ?? []).map(\.institutionID)
        })
        return institutions.filter { $0.id.map(ids.contains) ?? false }.map(\.name)
    }

    // MARK: - Answers

    /// "Stored meeting 3." in the shell's language.
    static func done(_ label: Label, _ context: ShellContext) -> CommandOutput {
        CommandOutput(message: label.text(context.language))
    }

    /// Inside a transaction: throws the problems KRATCore found as the storage's own refusal,
    /// which undoes the transaction.
    static func check(_ issues: [ValidationIssue], _ what: String) throws(StorageError) {
        guard !issues.isEmpty else { return }
        throw .invalid(what: what, issues: issues)
    }

    /// Refuses a record when KRATCore found problems, naming each field; nothing is stored.
    static func require(_ issues: [ValidationIssue], _ what: String, command: String) throws(ShellError) {
        guard !issues.isEmpty else { return }
        throw StorageError.invalid(what: what, issues: issues).shell(command)
    }
}
