/// One problem found in an imported file: where, which field, what is wrong and what is expected.
///
/// Messages never hold a personal value (a name, a personal ID, a phone number, an address,
/// a birth date): they say what form was expected instead.
public struct CaseImportProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public var file: String
    /// The line where the record starts (1-based).
    public var line: Int
    /// The column name at fault, `header` for the header line, or `record` for the whole record.
    public var field: String
    /// What is wrong, and what is expected.
    public var message: String

    /// What a row whose case id is already stored is told to do, in the library's terms.
    public static let duplicateAdvice =
        "import with the update duplicate policy to replace it, or the skip policy to keep the stored case"

    /// Creates a problem.
    public init(file: String, line: Int, field: String, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `FILE:LINE: field: message`.
    public var description: String { "\(file):\(line): \(field): \(message)" }
}
