import KRATCore

/// A county's case as a national database holds it: the facts without personal data, the age
/// band instead of the age, and the person's pseudonym.
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

    /// Creates a national case; any personal data, exact age and provider ids in `facts` are dropped.
    public init(facts: CaseRecord, ageBand: AgeBand?, pseudonym: Pseudonym?) {
        var facts = facts
        facts.personal = .none
        facts.ageAtIdentification = nil
        facts.steps = facts.steps.map { SOPStep($0.kind, on: $0.date) }
        self.facts = facts
        self.ageBand = ageBand
        self.pseudonym = pseudonym
    }
}
