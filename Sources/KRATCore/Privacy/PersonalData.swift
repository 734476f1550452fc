import Foundation

/// The personal data of a person in a case: who they are.
///
/// Only the case-worker role ever obtains this type. It never describes itself in
/// logs, errors or string interpolation: `print(personal)` shows no field.
public struct PersonalData: Sendable, Hashable, Codable {
    /// First name.
    public var firstName: String?
    /// Last name.
    public var lastName: String?
    /// Albanian personal ID number (*numri personal*): a letter, eight digits and a letter.
    public var personalID: String?
    /// Phone number.
    public var phone: String?
    /// Address.
    public var address: String?
    /// Exact date of birth.
    public var birthDate: Day?
    /// Free-text case notes.
    public var notes: String?

    /// Creates personal data; every field is optional (unknown).
    public init(firstName: String? = nil, lastName: String? = nil, personalID: String? = nil,
                phone: String? = nil, address: String? = nil, birthDate: Day? = nil, notes: String? = nil) {
        self.firstName = firstName
        self.lastName = lastName
        self.personalID = personalID
        self.phone = phone
        self.address = address
        self.birthDate = birthDate
        self.notes = notes
    }

    /// No personal data at all (an anonymous record, or one erased on request).
    public static let none = PersonalData()

    /// Whether every field is empty.
    public var isEmpty: Bool { self == .none }

    /// Whether a personal ID number has the Albanian form: a letter, eight digits, a letter.
    public static func isValidPersonalID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func isLetter(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte | 0x20) }
        return bytes.count == 10 && isLetter(bytes[0]) && isLetter(bytes[9])
            && bytes[1...8].allSatisfy { (0x30...0x39).contains($0) }
    }
}

extension PersonalData: Validatable {
    /// Checks the personal ID's form and the phone's characters; never echoes a value.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        if let id = personalID {
            check.require(PersonalData.isValidPersonalID(id), "personal_id",
                          "is not an Albanian personal ID number; expected a letter, eight digits and a letter (like J12345678A)")
        }
        if let phone {
            check.require(phone.utf8.allSatisfy { Self.phoneBytes.contains($0) } && phone.utf8.contains { (0x30...0x39).contains($0) },
                          "phone", "must hold digits, spaces, +, - or parentheses only")
        }
        return check.issues
    }

    /// The bytes a phone number may hold: digits, space, `+`, `-` and parentheses.
    private static let phoneBytes = Set("+0123456789 -()".utf8)
}

extension PersonalData: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Never the data itself.
    public var description: String { "PersonalData(redacted)" }
    /// Never the data itself.
    public var debugDescription: String { description }
    /// Mirrors nothing, so `dump` and debuggers' summaries cannot print it.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
