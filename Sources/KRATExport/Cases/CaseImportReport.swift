import KRATStorage

/// What a case import did.
public struct CaseImportReport: Sendable, Hashable {
    /// The records read after the header.
    public var rowsRead = 0
    /// What the database did with the good rows.
    public var summary = ImportSummary()
    /// The problems of the bad rows, left out with `skip-invalid` (``CaseCSVImporter/Options/skipBadRows``; up to the importer's limit).
    public var problems: [CaseImportProblem] = []
    /// How many problems there were in all.
    public var problemCount = 0
    /// How many rows were left out because they had problems.
    public var rejectedRows = 0
    /// The rejects file (`FILE.rejects.csv`, mode 0600: it holds the rows' personal data), when rows were rejected.
    public var rejectsPath: String?

    /// Creates an empty report.
    public init() {}
}
