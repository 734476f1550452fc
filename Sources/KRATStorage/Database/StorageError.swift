import Foundation
import KRATCore

/// What went wrong in storage, with what to do about it. Messages never hold personal data.
///
/// ``description`` speaks to a developer in the library's own terms (``KRATDatabase/create(at:scope:settings:keys:keyFilePath:user:sampleData:clock:)``,
/// the case-worker role, a duplicate policy); a front end that has flags and commands of its own
/// phrases the advice for its users (the `krat` shell does so in KRATCommands).
public enum StorageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file was written by a newer KRATKit.
    case newerSchema(file: String, found: Int, supported: Int)
    /// The file is not a KRATKit database.
    case notAKRATDatabase(file: String)
    /// A database file already exists where one was to be created.
    case alreadyExists(file: String)
    /// No database at the path.
    case missing(file: String)
    /// The role needs the key file, and it was not found.
    case keyFileMissing(path: String)
    /// The key file is readable by others.
    case keyFileTooOpen(path: String, mode: String)
    /// The key file is not a KRATKit key file.
    case keyFileMalformed(path: String, line: Int, problem: String)
    /// The key does not open this database.
    case wrongKey(path: String)
    /// The role may not do this. `action` says what was tried, as a gerund phrase
    /// ("importing cases", "listing individual cases"); `requires` is the least role that may.
    case notPermitted(role: Role, action: String, requires: Role = .caseWorker)
    /// A case id already exists in the county.
    case duplicateCase(id: String, county: County)
    /// No case with this id.
    case caseNotFound(id: String)
    /// No stored record with this id ("meeting 12"): it was never stored, or was deleted.
    case notFound(what: String)
    /// A domain value is invalid.
    case invalid(what: String, issues: [ValidationIssue])
    /// Stored data could not be read back (corruption or tampering).
    case corrupt(what: String)
    /// A sealed text of the audit log does not open with this database's key: the entry was
    /// changed after it was written, or the text was copied from another entry.
    case auditTextUnreadable(entry: Int64, field: String)
    /// An SQLite error, with the statement's purpose.
    case sqlite(action: String, message: String)
    /// Analyst SQL was refused: what it tried to read or do, and what the role may do instead.
    case sqlRefused(reason: String)
    /// Generated sample data was to be written into a database of real records.
    case notSampleData(file: String)
    /// The public role asked for something that is not one of the fixed publication tables:
    /// what it asked, and which rule refuses it. The message lists what the public may ask.
    case notPublished(request: String, rule: String)

    /// One line: what, where, and what to do.
    public var description: String {
        switch self {
        case let .newerSchema(file, found, supported):
            "\(file): written by a newer KRATKit (schema version \(found)); this build reads up to version \(supported). Update KRATKit to open it."
        case let .notAKRATDatabase(file):
            "\(file): not a KRATKit database. Create one for a county or the nation (KRATDatabase.create(at:scope:)) or open another file."
        case let .alreadyExists(file):
            "\(file): a file already exists there; choose another path or open it instead."
        case let .missing(file):
            "\(file): no such database. Create one for a county or the nation (KRATDatabase.create(at:scope:)) or give the path of an existing one."
        case let .keyFileMissing(path):
            "\(path): key file not found. The case-worker role needs the key file written when the database was created; give its path (keyFilePath)."
        case let .keyFileTooOpen(path, mode):
            "\(path): key file permissions are \(mode); they must be 0600 (run `chmod 600 \(path)`)."
        case let .keyFileMalformed(path, line, problem):
            "\(path):\(line): \(problem). A key file holds the lines `data-key: <64 hex digits>` and `pseudonym-key: <64 hex digits>`."
        case let .wrongKey(path):
            "\(path): this key does not open the database; use the key file written when it was created."
        case let .notPermitted(role, action, requires):
            Self.notPermittedMessage(role: role, action: action, requires: requires)
        case let .duplicateCase(id, county):
            "case \(id) already exists in \(county.name), and a case id is stored once per county. To replace the stored case, update it (or import with the update duplicate policy); otherwise give the new case another id."
        case let .caseNotFound(id):
            "no case with id \(id)."
        case let .notFound(what):
            "no \(what) in this database; it was deleted or never stored. List them to find the right id."
        case let .invalid(what, issues):
            "\(what) is invalid: " + issues.map(\.description).joined(separator: "; ")
        case let .corrupt(what):
            "\(what) cannot be read: the file may be damaged; run the integrity check and restore from a backup."
        case let .auditTextUnreadable(entry, field):
            "audit entry \(entry): its \(field) does not open with this database's key: the entry was changed after it was written, "
                + "or its \(field) was copied from another entry. Keep the file as evidence, compare the entry with a backup, "
                + "and list the rest of the log with a filter (user, case or period) that leaves this entry out."
        case let .sqlite(action, message):
            "\(action) failed: \(message)"
        case let .sqlRefused(reason):
            "SQL refused: \(reason)"
        case let .notSampleData(file):
            "\(file) holds a county's real records: generated sample cases and records go only into a database created for sample data (KRATDatabase.create with sampleData: true), so that no invented case is ever counted with real ones. Nothing was written."
        case let .notPublished(request, rule):
            "the public role may not ask for \(request): \(rule). " + Self.publicQuestions
        }
    }

    // MARK: - Roles in messages

    /// "importing cases is not permitted to the analyst role; open the database with
    /// `--role case-worker` and its key file to do so."
    private static func notPermittedMessage(role: Role, action: String, requires: Role) -> String {
        guard roleIsTheReason(role, requires: requires) else {
            // The role is not the reason (a county database asked to merge, a missing key).
            return "\(action) is not permitted."
        }
        let how = requires == .caseWorker
            ? "open the database as the case worker, with its key file,"
            : "open the database as the \(requires.label.en.lowercased()) (or as the case worker)"
        return "\(action) is not permitted to the \(flag(role)) role; \(how) to do so."
    }

    /// Whether the role, not something else, is the reason of a ``notPermitted(role:action:requires:)``.
    public static func roleIsTheReason(_ role: Role, requires: Role) -> Bool {
        let ranks: [Role: Int] = [.public: 0, .analyst: 1, .secretary: 2, .caseWorker: 3]
        return (ranks[role] ?? 0) < (ranks[requires] ?? 3)
    }

    /// The role as the `--role` option spells it: `case-worker`, `analyst`, `public`.
    public static func flag(_ role: Role) -> String {
        role.code.replacingOccurrences(of: "_", with: "-")
    }

    /// What the public may ask, named in every refusal of the public role, in the library's terms.
    public static let publicQuestions =
        "The public sees fixed publication tables of whole calendar years that have ended, without case filters: "
        + "a breakdown of a year by one dimension with its total, the trend by year (split by one dimension or not), "
        + "the comparison of a year with the year before (by one dimension or not), the case flow of a year, "
        + "the performance of the institutions over two years, and the annual report."
}
