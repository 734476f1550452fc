/// A case of a victim (VT) or potential victim (VMT) of trafficking, as the case worker holds it.
///
/// The facts (where, when, who identified, status, sex, exploitation, SOP steps) are
/// what statistics count. Who the person is lives apart in ``personal``, which only
/// the case-worker role obtains; everyone else receives a ``RedactedCase``.
public struct CaseRecord: Sendable, Hashable, Codable, Identifiable {
    /// The case's identifier, unique within its county (`DR-2023-0042`).
    public var id: String
    /// The county whose KRAT holds the case.
    public var county: County
    /// The municipality where the person was identified, when known.
    public var municipality: Municipality?
    /// Potential victim, victim, or not a victim.
    public var status: CaseStatus
    /// The day of identification.
    public var identifiedOn: Day
    /// The kind of institution that identified the person.
    public var identifiedBy: InstitutionKind
    /// The person's sex.
    public var sex: Sex
    /// The person's citizenship, when known.
    public var citizenship: Citizenship?
    /// The forms of exploitation, none or several, in code order.
    public var exploitation: [ExploitationType] {
        didSet { exploitation = CaseRecord.normalised(exploitation) }
    }
    /// Whether trafficking crossed a border (nil: unknown).
    public var transnational: Bool?
    /// Whether the person is a child in a street situation (nil: unknown).
    public var streetSituation: Bool?
    /// Age in whole years at identification: from the birth date when known, else as stated.
    public var ageAtIdentification: Int?
    /// The SOP steps taken, in date order.
    public var steps: [SOPStep]
    /// When a potential victim was confirmed as a victim or found not to be one (nil: no change).
    public var statusChange: StatusChange?
    /// Who the person is. Only the case-worker role obtains it.
    public var personal: PersonalData

    /// Creates a case. When the birth date is known the age at identification is derived from it.
    public init(id: String, county: County, municipality: Municipality?, status: CaseStatus,
                identifiedOn: Day, identifiedBy: InstitutionKind, sex: Sex, citizenship: Citizenship?,
                exploitation: [ExploitationType], transnational: Bool? = nil, streetSituation: Bool? = nil,
                ageAtIdentification: Int? = nil, steps: [SOPStep] = [], statusChange: StatusChange? = nil,
                personal: PersonalData = .none) {
        self.id = id
        self.county = county
        self.municipality = municipality
        self.status = status
        self.identifiedOn = identifiedOn
        self.identifiedBy = identifiedBy
        self.sex = sex
        self.citizenship = citizenship
        self.exploitation = CaseRecord.normalised(exploitation)
        self.transnational = transnational
        self.streetSituation = streetSituation
        self.ageAtIdentification = personal.birthDate.map { $0.years(until: identifiedOn) } ?? ageAtIdentification
        self.steps = steps.sorted { $0.date < $1.date }
        self.statusChange = statusChange
        self.personal = personal
    }

    static func normalised(_ types: [ExploitationType]) -> [ExploitationType] {
        ExploitationType.allCases.filter(types.contains)
    }

    // MARK: - Derived facts

    /// The first day of a step of this kind.
    public func firstDate(of kind: SOPStepKind) -> Day? { steps.first { $0.kind == kind }?.date }
    /// The day of referral.
    public var referredOn: Day? { firstDate(of: .referral) }
    /// The day of the first protection or reintegration service.
    public var firstServiceOn: Day? { steps.first { $0.kind.isService }?.date }
    /// The day the case was closed.
    public var closedOn: Day? { firstDate(of: .closure) }
    /// Whether the person was under 18 at identification (nil: age unknown).
    public var isChild: Bool? { ageAtIdentification.map { $0 < AgeBands.adultAge } }

    // MARK: - Changes

    /// Moves a potential victim to victim or not a victim on a day; any other change is refused.
    public mutating func changeStatus(to next: CaseStatus, on day: Day? = nil) throws(ValidationError) {
        guard status.canChange(to: next) else {
            throw ValidationError(field: "status",
                message: "cannot change from \(status.code) to \(next.code); only VMT may become VT or not_victim")
        }
        statusChange = StatusChange(from: status, to: next, on: day ?? identifiedOn)
        status = next
    }

    /// The status at identification.
    public var initialStatus: CaseStatus { statusChange?.from ?? status }

    /// Adds an SOP step, keeping steps in date order.
    public mutating func record(_ step: SOPStep) {
        steps.append(step)
        steps.sort { $0.date < $1.date }
    }
}

extension CaseRecord: CustomStringConvertible {
    /// The case id and status, never personal data.
    public var description: String { "CaseRecord(\(id), \(status.code), \(identifiedOn))" }
}
