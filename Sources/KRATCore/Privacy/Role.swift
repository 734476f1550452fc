/// Who is reading: it decides what a read path may return.
public enum Role: String, Coded {
    /// Holds the key: may obtain personal data, and every such read is audited.
    case caseWorker = "case_worker"
    /// The Technical Table's secretariat at the prefecture: records the committee's work
    /// (institutions, members, meetings and decisions, the action plan, the awareness calendar)
    /// and reads what an analyst reads (counts, redacted cases by whole months); never
    /// personal data, and never a change to a case.
    case secretary
    /// Sees redacted cases and exact counts.
    case analyst
    /// Sees only counts, with small counts suppressed.
    case `public`

    public var label: Label {
        switch self {
        case .caseWorker: Label(sq: "Punonjës rasti", en: "Case worker")
        case .secretary: Label(sq: "Sekretaria e Tryezës Teknike", en: "Secretariat")
        case .analyst: Label(sq: "Analist", en: "Analyst")
        case .public: Label(sq: "Publiku", en: "Public")
        }
    }

    /// Whether this role may record the committee's organisational records.
    public var mayWriteOrganisationRecords: Bool { self == .caseWorker || self == .secretary }
    /// Whether this role may record, change or erase cases.
    public var mayWriteCases: Bool { self == .caseWorker }

    /// Whether this role may obtain ``PersonalData``.
    public var mayReadPersonalData: Bool { self == .caseWorker }
    /// Whether this role may read the committee's free text: agenda items and decision texts,
    /// which the committee types freely and which may name a person ("shelter for A.H., 15").
    /// The roles that write them (the secretary, the case worker) read them; the analyst and
    /// the public see that a text exists, its owner, due day and status, never its words.
    public var mayReadCommitteeTexts: Bool { mayWriteOrganisationRecords }
    /// Whether this role may see case-level (redacted) records at all.
    public var maySeeCaseRecords: Bool { self != .public }
    /// Whether counts shown to this role are suppressed below the county's threshold.
    public var requiresSuppression: Bool { self == .public }
}
