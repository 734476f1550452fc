/// Which cases a question is about. Every set left nil means "any"; within a set, any
/// value matches; across fields, all must match.
public struct CaseFilter: Sendable, Hashable, Codable {
    /// Counties.
    public var counties: Set<County>?
    /// Municipalities, by code.
    public var municipalities: Set<String>?
    /// Statuses.
    public var statuses: Set<CaseStatus>?
    /// Sexes.
    public var sexes: Set<Sex>?
    /// Age bands, by code (`0-5`, `18+`).
    public var ageBands: Set<String>?
    /// Child (true) or adult (false) at identification.
    public var child: Bool?
    /// Exploitation types: a case matches when it has any of them.
    public var exploitation: Set<ExploitationType>?
    /// Citizenships.
    public var citizenships: Set<Citizenship>?
    /// Kinds of identifying institution.
    public var identifiedBy: Set<InstitutionKind>?
    /// Street situation.
    public var streetSituation: Bool?
    /// Transnational (true) or internal (false).
    public var transnational: Bool?

    /// A filter that matches every case.
    public init() {}

    /// Whether no condition is set.
    public var isEmpty: Bool { self == CaseFilter() }

    /// Whether a case matches, given the age bands in force.
    public func matches(_ record: CaseRecord, bands: AgeBands = .standard) -> Bool {
        let band = record.ageAtIdentification.map { bands.band(forAge: $0) }
        if let counties, !counties.contains(record.county) { return false }
        if let municipalities, !municipalities.contains(record.municipality?.code ?? "") { return false }
        if let statuses, !statuses.contains(record.status) { return false }
        if let sexes, !sexes.contains(record.sex) { return false }
        if let ageBands, !ageBands.contains(band?.code ?? "") { return false }
        if let child, band.map(\.isChildren) != child { return false }
        if let exploitation, exploitation.isDisjoint(with: record.exploitation) { return false }
        if let citizenships, !(record.citizenship.map(citizenships.contains) ?? false) { return false }
        if let identifiedBy, !identifiedBy.contains(record.identifiedBy) { return false }
        if let streetSituation, record.streetSituation != streetSituation { return false }
        if let transnational, record.transnational != transnational { return false }
        return true
    }
}
