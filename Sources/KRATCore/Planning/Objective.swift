import Foundation

/// An objective of an action plan, under one pillar, with the institutions responsible for it.
public struct Objective: Sendable, Hashable, Codable, Validatable {
    /// The stored id; nil until the objective is stored.
    public var id: Int64?
    /// The action plan it belongs to.
    public var planID: Int64
    /// The strategy pillar it serves.
    public var pillar: Pillar
    /// What is to be achieved ("Ndihmë juridike për VT/VMT").
    public var title: String
    /// The institutions responsible, in the plan's order.
    public var responsibleInstitutionIDs: [Int64]

    /// Creates an objective.
    public init(id: Int64? = nil, planID: Int64, pillar: Pillar, title: String,
                responsibleInstitutionIDs: [Int64] = []) {
        self.id = id
        self.planID = planID
        self.pillar = pillar
        self.title = title
        self.responsibleInstitutionIDs = responsibleInstitutionIDs
    }

    /// Every problem: a blank title, or an institution listed twice as responsible.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        check.requireText(title, "title")
        var seen = Set<Int64>()
        for (index, institution) in responsibleInstitutionIDs.enumerated() {
            check.require(seen.insert(institution).inserted, "responsible_institution_ids[\(index)]",
                          "institution \(institution) is already listed as responsible")
        }
        return check.issues
    }
}
