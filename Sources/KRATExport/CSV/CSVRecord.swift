/// One record read from a CSV file.
public struct CSVRecord: Sendable, Hashable {
    /// The fields, decoded as UTF-8 (invalid bytes replaced by U+FFFD when ``problem`` says so).
    public var fields: [String]
    /// The line where the record starts (1-based); a quoted field may run over several lines.
    public var line: Int
    /// What is wrong with the record, if anything; the reader has read on to its end regardless.
    public var problem: CSVProblem?

    /// Creates a record.
    public init(fields: [String], line: Int, problem: CSVProblem? = nil) {
        self.fields = fields
        self.line = line
        self.problem = problem
    }
}
