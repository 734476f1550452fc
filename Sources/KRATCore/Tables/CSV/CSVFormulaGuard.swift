/// Keeps a spreadsheet from running a text field as a formula (OWASP "CSV injection").
///
/// Excel, LibreOffice Calc and Google Sheets take a cell that begins with `=`, `+`, `-` or `@`
/// as a formula, and OWASP adds a leading tab or carriage return to the list. As OWASP
/// recommends, a text field that begins with one of these six characters is written with a
/// single quote (`'`) in front: a spreadsheet shows the text as it is and runs nothing.
///
/// So that reading gives back exactly what was written, a text that already begins with
/// single quotes before one of the six characters gets one quote more, and ``unguarded(_:)``
/// takes exactly one off. Numbers are not text: ``CSVField/integer(_:)`` and
/// ``CSVField/decimal(_:)`` are written as they are, so `-3` stays a number a spreadsheet can add up.
public enum CSVFormulaGuard {
    /// The characters that make a cell a formula when they come first: `=`, `+`, `-`, `@`, tab, carriage return.
    public static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    private static let quote = UInt8(ascii: "'")
    private static let triggerBytes: Set<UInt8> = Set(triggers.map { UInt8(ascii: $0) })

    /// Whether `text`, after any single quotes it begins with, begins with a trigger.
    public static func needsGuard(_ text: String) -> Bool {
        guard let first = text.utf8.first(where: { $0 != quote }) else { return false }
        return triggerBytes.contains(first)
    }

    /// The text as a CSV file holds it: with a single quote in front when it needs one.
    public static func guarded(_ text: String) -> String {
        needsGuard(text) ? "'" + text : text
    }

    /// The text a field holds once the quote ``guarded(_:)`` put in front is taken off again.
    public static func unguarded(_ field: String) -> String {
        field.utf8.first == quote && needsGuard(field) ? String(field.unicodeScalars.dropFirst()) : field
    }
}
