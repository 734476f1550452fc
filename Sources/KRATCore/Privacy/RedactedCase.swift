/// A case as analysts see it: no personal field exists in this type at all.
///
/// Instead of the birth date it carries the age band; instead of the identification
/// day, the month; instead of the name, a ``Pseudonym``. An exporter or statistic that
/// takes this type cannot leak what it never receives.
public struct RedactedCase: Sendable, Hashable, Codable, Identifiable {
    /// The case's identifier.
    public var id: String
    /// The county.
    public var county: County
    /// The municipality, when known.
    public var municipality: Municipality?
    /// The status.
    public var status: CaseStatus
    /// The month of identification, as `YYYY-MM`.
    public var identifiedMonth: String
    /// The kind of institution that identified the person.
    public var identifiedBy: InstitutionKind
    /// The sex.
    public var sex: Sex
    /// The age band at identification, when the age is known.
    public var ageBand: AgeBand?
    /// Whether the person was a child at identification (nil: unknown).
    public var isChild: Bool?
    /// The citizenship, when known.
    public var citizenship: Citizenship?
    /// The forms of exploitation.
    public var exploitation: [ExploitationType]
    /// Whether trafficking crossed a border.
    public var transnational: Bool?
    /// Whether the person is a child in a street situation.
    public var streetSituation: Bool?
    /// Days from identification to referral.
    public var daysToReferral: Int?
    /// Days from identification to the first service.
    public var daysToFirstService: Int?
    /// The kinds of SOP step taken, in order.
    public var stepKinds: [SOPStepKind]
    /// Whether the case is closed.
    public var isClosed: Bool
    /// The person's pseudonym, when their identity was recorded.
    public var pseudonym: Pseudonym?

    /// Creates a redacted case directly (storage reads build it from non-personal columns).
    public init(id: String, county: County, municipality: Municipality?, status: CaseStatus,
                identifiedMonth: String, identifiedBy: InstitutionKind, sex: Sex, ageBand: AgeBand?,
                isChild: Bool?, citizenship: Citizenship?, exploitation: [ExploitationType],
                transnational: Bool?, streetSituation: Bool?, daysToReferral: Int?, daysToFirstService: Int?,
                stepKinds: [SOPStepKind], isClosed: Bool, pseudonym: Pseudonym?) {
        self.id = id
        self.county = county
        self.municipality = municipality
        self.status = status
        self.identifiedMonth = identifiedMonth
        self.identifiedBy = identifiedBy
        self.sex = sex
        self.ageBand = ageBand
        self.isChild = isChild
        self.citizenship = citizenship
        self.exploitation = exploitation
        self.transnational = transnational
        self.streetSituation = streetSituation
        self.daysToReferral = daysToReferral
        self.daysToFirstService = daysToFirstService
        self.stepKinds = stepKinds
        self.isClosed = isClosed
        self.pseudonym = pseudonym
    }
}

extension CaseRecord {
    /// The case without its personal data, as an analyst may see it.
    public func redacted(ageBands: AgeBands = .standard, pseudonym: Pseudonym?) -> RedactedCase {
        RedactedCase(
            id: id, county: county, municipality: municipality, status: status,
            identifiedMonth: String(identifiedOn.description.prefix(7)), identifiedBy: identifiedBy, sex: sex,
            ageBand: ageAtIdentification.map { ageBands.band(forAge: $0) }, isChild: isChild,
            citizenship: citizenship, exploitation: exploitation, transnational: transnational,
            streetSituation: streetSituation,
            daysToReferral: referredOn.map { identifiedOn.distance(to: $0) },
            daysToFirstService: firstServiceOn.map { identifiedOn.distance(to: $0) },
            stepKinds: steps.map(\.kind), isClosed: closedOn != nil, pseudonym: pseudonym)
    }
}
