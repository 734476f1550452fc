import KRATCore

/// A county's case as a national database holds it: the facts without personal data, the month
/// instead of the day, the age band instead of the age, and the person's pseudonym.
///
/// Pseudonyms are comparable across counties that share a pseudonym key
/// (`KeyFile.generate(sharing:)`), so a person identified in two counties is one person nationally.
public struct NationalCase: Sendable, Hashable {
    /// The case's facts and SOP steps; `personal` is always empty and the exact age unknown.
    public private(set) var facts: CaseRecord
    /// The age band at identification, as the county recorded it.
    public var ageBand: AgeBand?
    /// The person's pseudonym, when their identity was recorded.
    public var pseudonym: Pseudonym?

    /// Creates a national case; any personal data, exact age and provider ids in `facts` are
    /// dropped, and every date becomes the first day of its month.
    ///
    /// The national file holds months, not days, and nothing that rebuilds a day: the
    /// identification, every SOP step (referral, services, closure) and the status decision
    /// keep their month only. Intervals in days are not kept either: with the months of both
    /// ends they narrow a day down (identified in January, referred in February, two days
    /// later: the 30th or 31st of January), so the national file measures them in months.
    public init(facts: CaseRecord, ageBand: AgeBand?, pseudonym: Pseudonym?) {
        var facts = facts
        facts.personal = .none
        facts.ageAtIdentification = nil
        facts.identifiedOn = facts.identifiedOn.startOfMonth
        facts.statusChange = facts.statusChange.map { StatusChange(from: $0.from, to: $0.to, on: $0.on.startOfMonth) }
        facts.steps = facts.steps.map { SOPStep($0.kind, on: $0.date.startOfMonth) }
        self.facts = facts
        self.ageBand = ageBand
        self.pseudonym = pseudonym
    }
}
