/// One change of a stored record: who, when, what kind of change, and the fields that changed.
///
/// A change of personal data names its fields without their values, old or new: the history
/// never holds what only the sealed ``PersonalData`` may hold.
public struct HistoryEntry: Sendable, Hashable, Codable {
    /// The entry's number, in the order the changes were made.
    public var id: Int64
    /// When, as an instant in UTC (`2025-10-18T09:41:07Z`).
    public var at: String
    /// The operating system's account that made the change (from the process's uid).
    public var user: String
    /// The name that account gave (`--user`), when it differs; nil otherwise.
    public var declaredUser: String?
    /// The role it was made under.
    public var role: Role
    /// What kind of record (`case`, `meeting`, `awareness_activity`, …).
    public var kind: String
    /// The record's id within its kind (a case id, a row number).
    public var recordID: String
    /// What was done.
    public var action: HistoryAction
    /// The fields that changed, in field order.
    public var changes: [FieldChange]

    /// Creates an entry.
    public init(id: Int64, at: String, user: String, role: Role, kind: String, recordID: String,
                action: HistoryAction, changes: [FieldChange]) {
        self.id = id
        self.at = at
        self.user = user
        self.role = role
        self.kind = kind
        self.recordID = recordID
        self.action = action
        self.changes = changes
    }
}

/// What a history entry records.
public enum HistoryAction: String, Coded {
    /// The record was stored.
    case created
    /// Some of its fields changed.
    case changed
    /// It was deleted.
    case deleted
    /// Its personal data were erased on request; the record stays for the counts.
    case erased

    public var label: Label {
        switch self {
        case .created: Label(sq: "krijuar", en: "created")
        case .changed: Label(sq: "ndryshuar", en: "changed")
        case .deleted: Label(sq: "fshirë", en: "deleted")
        case .erased: Label(sq: "të dhënat personale fshirë", en: "personal data erased")
        }
    }
}
