import Foundation

/// A body that takes part in the county's anti-trafficking work: a member of the
/// Technical Table, a referral source, a service provider.
public struct Institution: Sendable, Hashable, Codable, Validatable {
    /// The stored id; nil until the institution is stored.
    public var id: Int64?
    /// The institution's name as the committee writes it ("Bashkia Durrës").
    public var name: String
    /// What kind of body it is.
    public var kind: InstitutionKind
    /// The county it works in.
    public var county: County
    /// The municipality it belongs to, when it is municipal (a CPU, a municipality).
    public var municipalityCode: String?
    /// The services it provides to victims; only for kinds that provide services.
    public var services: Set<ProviderService>

    /// Creates an institution.
    public init(id: Int64? = nil, name: String, kind: InstitutionKind, county: County,
                municipalityCode: String? = nil, services: Set<ProviderService> = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.county = county
        self.municipalityCode = municipalityCode
        self.services = services
    }

    // MARK: - Questions

    /// Whether it provides the given service.
    public func provides(_ service: ProviderService) -> Bool { services.contains(service) }

    // MARK: - Validation

    /// Every problem: a blank name, or services listed for a kind that provides none.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        check.requireText(name, "name")
        check.require(services.isEmpty || kind.providesServices, "services",
                      "an institution of kind '\(kind.code)' provides no services; remove them or change the kind")
        return check.issues
    }
}
