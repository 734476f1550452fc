import KRATCore

/// One line of the audit log: who read or exported personal data, when, which cases, and why.
///
/// Who, when, the role, the action, the cases and the detail are shown to analysts. What a
/// person typed (the purpose, an erasure's reason, an export's destination) may name a victim:
/// it is stored sealed with the data key and reaches only a connection that holds the key.
public struct AuditEntry: Sendable, Hashable, Codable {
    /// The entry's number, in order of writing.
    public var id: Int64
    /// When, as an ISO 8601 timestamp in UTC.
    public var at: String
    /// Who: the operating system's account of the process that acted (from its uid).
    public var user: String
    /// The name that account gave (`--user`), when it differs from the account; nil otherwise.
    /// It is recorded beside the account, never instead of it.
    public var declaredUser: String?
    /// In which role.
    public var role: Role
    /// What was done: see ``AuditAction``.
    public var action: AuditAction
    /// The cases concerned.
    public var caseIDs: [String]
    /// The purpose stated by the user (for an erasure, the lawful request): sealed without the data key.
    public var purpose: AuditText
    /// Free text beside the detail (the file an export was written to, why it stopped), sealed
    /// without the data key; nil when the entry has none.
    public var note: AuditText?
    /// Further detail written by KRATKit itself (a count, the period and filter of an export),
    /// never text a person typed: it is shown to analysts.
    public var detail: String

    /// Creates an entry as listed by ``KRATDatabase/auditEntries(_:)``.
    public init(id: Int64, at: String, user: String, role: Role, action: AuditAction, caseIDs: [String],
                purpose: AuditText, note: AuditText? = nil, detail: String = "") {
        self.id = id
        self.at = at
        self.user = user
        self.role = role
        self.action = action
        self.caseIDs = caseIDs
        self.purpose = purpose
        self.note = note
        self.detail = detail
    }
}

/// What an audited action was.
public enum AuditAction: String, Coded {
    case readPersonalData = "read_personal_data"
    case exportPersonalData = "export_personal_data"
    case erasePersonalData = "erase_personal_data"
    case writePersonalData = "write_personal_data"
    /// A copy of the whole database, personal data included (sealed), was made.
    case backupDatabase = "backup_database"

    /// The action's name in both languages.
    public var label: Label {
        switch self {
        case .readPersonalData: Label(sq: "Lexim i të dhënave personale", en: "Read personal data")
        case .exportPersonalData: Label(sq: "Eksport i të dhënave personale", en: "Export of personal data")
        case .erasePersonalData: Label(sq: "Fshirje e të dhënave personale", en: "Erasure of personal data")
        case .writePersonalData: Label(sq: "Regjistrim i të dhënave personale", en: "Personal data recorded")
        case .backupDatabase: Label(sq: "Kopje rezervë e bazës së të dhënave", en: "Backup of the database")
        }
    }
}

/// Which audit entries to list.
public struct AuditFilter: Sendable, Hashable {
    /// Only this user's entries.
    public var user: String?
    /// Only this action.
    public var action: AuditAction?
    /// Only entries about this case.
    public var caseID: String?
    /// Only entries written on these days (UTC).
    public var period: Period?
    /// At most this many, newest first.
    public var limit: Int

    /// Creates a filter; by default the newest 100 entries.
    public init(user: String? = nil, action: AuditAction? = nil, caseID: String? = nil, period: Period? = nil, limit: Int = 100) {
        self.user = user
        self.action = action
        self.caseID = caseID
        self.period = period
        self.limit = limit
    }
}
