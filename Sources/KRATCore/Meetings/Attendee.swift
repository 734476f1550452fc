import Foundation

/// A person who attended a meeting on behalf of an institution.
public struct Attendee: Sendable, Hashable, Codable, Validatable {
    /// The institution represented.
    public var institutionID: Int64
    /// The person's name.
    public var person: String
    /// The person's function ("Drejtor", "Punonjës social"), if recorded.
    public var function: String?

    /// Creates an attendee.
    public init(institutionID: Int64, person: String, function: String? = nil) {
        self.institutionID = institutionID
        self.person = person
        self.function = function
    }

    /// Every problem: a blank person.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        check.requireText(person, "person")
        return check.issues
    }
}
