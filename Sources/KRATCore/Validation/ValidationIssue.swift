import Foundation

/// One problem found when validating a domain value: which field, and what is wrong.
public struct ValidationIssue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The field at fault, as its snake_case code (`identified_on`, `steps[2].date`).
    public var field: String
    /// What is wrong, and what is expected instead.
    public var message: String

    /// Creates an issue for a field.
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    /// `field: message`.
    public var description: String { "\(field): \(message)" }
}

/// A value that can list every problem it has, rather than stopping at the first.
public protocol Validatable {
    /// Every problem with this value, each naming its field; empty when the value is valid.
    func validate() -> [ValidationIssue]
}

extension Validatable {
    /// Throws a ``ValidationError`` holding every problem, if there is any.
    public func checked() throws(ValidationError) {
        let issues = validate()
        if !issues.isEmpty { throw ValidationError(issues: issues) }
    }
}

/// The error thrown when a domain value is invalid. It carries every issue found.
public struct ValidationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems, each naming its field.
    public var issues: [ValidationIssue]

    /// Creates an error from several issues.
    public init(issues: [ValidationIssue]) {
        self.issues = issues
    }

    /// Creates an error with a single issue.
    public init(field: String, message: String) {
        self.issues = [ValidationIssue(field: field, message: message)]
    }

    /// The issues, one per line.
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}

/// Collects issues while a value is checked field by field.
public struct IssueCollector: Sendable {
    /// The issues found so far.
    public private(set) var issues: [ValidationIssue] = []

    /// Creates an empty collector.
    public init() {}

    /// Records an issue when `condition` is false.
    public mutating func require(_ condition: Bool, _ field: @autoclosure () -> String, _ message: @autoclosure () -> String) {
        if !condition { issues.append(ValidationIssue(field: field(), message: message())) }
    }

    /// Records an issue unconditionally.
    public mutating func add(_ field: String, _ message: String) {
        issues.append(ValidationIssue(field: field, message: message))
    }

    /// Records the issues of a nested value, prefixing their fields (`steps[2].date`).
    public mutating func merge(_ nested: [ValidationIssue], prefix: String) {
        issues += nested.map { ValidationIssue(field: "\(prefix).\($0.field)", message: $0.message) }
    }

    /// Records that a text field must not be blank.
    public mutating func requireText(_ text: String, _ field: String) {
        require(Self.hasText(text), field, "must not be empty")
    }

    /// Whether `text` has a character that is not white space (ASCII checked byte by byte).
    static func hasText(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte >= 0x80 { return !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            if byte != 0x20 && !(0x09...0x0D).contains(byte) { return true }
        }
        return false
    }
}
