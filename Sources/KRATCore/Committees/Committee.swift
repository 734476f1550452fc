import Foundation

/// A county's KRAT or its Technical Table.
public struct Committee: Sendable, Hashable, Codable, Validatable {
    /// The stored id; nil until the committee is stored.
    public var id: Int64?
    /// The county the committee serves.
    public var county: County
    /// KRAT or Technical Table.
    public var kind: CommitteeKind
    /// The committee's name ("KRAT Durrës").
    public var name: String

    /// Creates a committee.
    public init(id: Int64? = nil, county: County, kind: CommitteeKind, name: String) {
        self.id = id
        self.county = county
        self.kind = kind
        self.name = name
    }

    // MARK: - Validation

    /// Every problem: a blank name.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        check.requireText(name, "name")
        return check.issues
    }
}
