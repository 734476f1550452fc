import Foundation

/// An enumerated domain value with a stable code and a bilingual label.
///
/// The code is the raw value: it is what CSV files, JSON, REPL filters and the
/// database hold. Codes never change once published; labels may be improved.
public protocol Coded: RawRepresentable, CaseIterable, Sendable, Hashable, Codable
where RawValue == String, AllCases: RandomAccessCollection {
    /// The label shown to people.
    var label: Label { get }
}

extension Coded {
    /// The stable snake_case code used in files, filters and JSON.
    public var code: String { rawValue }

    /// Finds the value for a code, ignoring case, surrounding spaces and `-` for `_`.
    public init?(code: String) {
        if let exact = Self(rawValue: code) {  // the common case, without any normalising
            self = exact
            return
        }
        let wanted = code.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "-", with: "_")
        guard let found = Self.allCases.first(where: { $0.rawValue.lowercased() == wanted }) else {
            return nil
        }
        self = found
    }

    /// All codes, in declaration order, for error messages and completion.
    public static var codes: [String] { allCases.map(\.rawValue) }

    /// Parses a code or throws an error that lists the accepted codes.
    public static func parse(_ text: String, field: String) throws(ValidationError) -> Self {
        guard let value = Self(code: text) else {
            throw ValidationError(field: field,
                                  message: "unknown code '\(text)'; expected one of \(codes.joined(separator: ", "))")
        }
        return value
    }
}
