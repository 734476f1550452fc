import Foundation
import KRATCore

/// What an organisational transfer file holds.
public enum TransferKind: String, Coded {
    /// The awareness calendar: ``AwarenessActivity`` records.
    case calendar = "calendar"
    /// Action plans: ``ActionPlanBundle`` records.
    case plan = "plan"
    /// Committee meetings: ``Meeting`` records.
    case meetings = "meetings"

    /// The label shown to people.
    public var label: Label {
        switch self {
        case .calendar: Label(sq: "Kalendari i aktiviteteve ndërgjegjësuese", en: "Awareness calendar")
        case .plan: Label(sq: "Plani i veprimit", en: "Action plan")
        case .meetings: Label(sq: "Mbledhjet", en: "Meetings")
        }
    }
}

/// An institution a transfer file's records refer to, carried by what identifies it in
/// any database: its name (matched in the target county ignoring case and diacritics),
/// kind, municipality and services. `ref` is the id the records use inside the file.
public struct TransferInstitution: Sendable, Hashable, Codable {
    /// The id the file's records use for it (its id in the source database).
    public var ref: Int64
    /// Its name ("Bashkia Durrës").
    public var name: String
    /// Its kind.
    public var kind: InstitutionKind
    /// Its municipality's code, when municipal.
    public var municipalityCode: String?
    /// The services it provides.
    public var services: [ProviderService]

    /// Creates an entry.
    public init(ref: Int64, name: String, kind: InstitutionKind, municipalityCode: String? = nil,
                services: [ProviderService] = []) {
        self.ref = ref
        self.name = name
        self.kind = kind
        self.municipalityCode = municipalityCode
        self.services = services
    }

    /// The entry for a stored institution.
    public init(_ institution: Institution) {
        self.init(ref: institution.id ?? 0, name: institution.name, kind: institution.kind,
                  municipalityCode: institution.municipalityCode,
                  services: institution.services.sorted { $0.code < $1.code })
    }
}

/// A committee a transfer file's meetings refer to; matched in the target database by kind.
public struct TransferCommittee: Sendable, Hashable, Codable {
    /// The id the file's meetings use for it.
    public var ref: Int64
    /// KRAT or Technical Table.
    public var kind: CommitteeKind
    /// Its name in the source database ("KRAT Durrës").
    public var name: String

    /// Creates an entry.
    public init(ref: Int64, kind: CommitteeKind, name: String) {
        self.ref = ref
        self.kind = kind
        self.name = name
    }
}

/// A national strategy a transfer file's plans refer to; matched by its years and title.
public struct TransferStrategy: Sendable, Hashable, Codable {
    /// The id the file's plans use for it.
    public var ref: Int64
    /// Its title in both languages.
    public var title: Label
    /// The first year it covers.
    public var firstYear: Int
    /// The last year it covers.
    public var lastYear: Int

    /// Creates an entry.
    public init(ref: Int64, title: Label, firstYear: Int, lastYear: Int) {
        self.ref = ref
        self.title = title
        self.firstYear = firstYear
        self.lastYear = lastYear
    }
}

/// A file that moves organisational records between counties' databases (format version 1).
///
/// The records keep the ids of the source database; every id they hold that points to an
/// institution, committee or strategy is a `ref` of an entry in ``institutions``,
/// ``committees`` or ``strategies``. Importing resolves those entries in the target database
/// (see ``OrganisationTransferImporter``). See <doc:OrganisationTransfer>.
public struct OrganisationTransferFile<Record: Codable & Sendable & Hashable>: Sendable, Hashable, Codable {
    /// Always ``formatName``.
    public var format: String
    /// The format version; this build reads and writes ``currentVersion``.
    public var version: Int
    /// What the records are.
    public var kind: TransferKind
    /// The county whose database wrote the file.
    public var sourceCounty: County
    /// The day the file was written.
    public var exportedOn: Day
    /// The institutions the records refer to.
    public var institutions: [TransferInstitution]
    /// The committees the records refer to (meetings only).
    public var committees: [TransferCommittee]
    /// The strategies the records refer to (plans only).
    public var strategies: [TransferStrategy]
    /// The records.
    public var records: [Record]
    /// `true` when the file was written from a database of generated sample data; absent for
    /// a county's real records. A real database refuses such a file.
    public var sampleData: Bool?

    /// The value of ``format``.
    public static var formatName: String { "kratkit-organisation-transfer" }
    /// The version this build writes and reads.
    public static var currentVersion: Int { 1 }

    /// Creates a file's content.
    public init(kind: TransferKind, sourceCounty: County, exportedOn: Day, institutions: [TransferInstitution],
                committees: [TransferCommittee] = [], strategies: [TransferStrategy] = [], records: [Record]) {
        self.format = Self.formatName
        self.version = Self.currentVersion
        self.kind = kind
        self.sourceCounty = sourceCounty
        self.exportedOn = exportedOn
        self.institutions = institutions
        self.committees = committees
        self.strategies = strategies
        self.records = records
    }
}

/// The awareness calendar as a transfer file.
public typealias CalendarTransferFile = OrganisationTransferFile<AwarenessActivity>
/// Action plans as a transfer file.
public typealias PlanTransferFile = OrganisationTransferFile<ActionPlanBundle>
/// Meetings as a transfer file.
public typealias MeetingsTransferFile = OrganisationTransferFile<Meeting>
