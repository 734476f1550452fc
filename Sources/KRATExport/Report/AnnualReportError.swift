import KRATCore
import KRATStorage

/// Why the annual report could not be written. Each description is one actionable line
/// and never holds personal data.
public enum AnnualReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The day the report is made lies before the year it reports on.
    case asOfBeforeYear(year: Int, asOf: Day)
    /// Reading the database failed.
    case storage(StorageError)
    /// The file could not be written.
    case writeFailed(path: String, reason: String)

    /// One line: what went wrong, where, and what to do.
    public var description: String {
        switch self {
        case .asOfBeforeYear(let year, let asOf):
            "cannot report on \(year) as of \(asOf): the year has not begun; give a year up to \(asOf.year) or a later as-of day"
        case .storage(let error):
            "reading the database for the annual report failed: \(error)"
        case .writeFailed(let path, let reason):
            "cannot write the annual report to \(path): \(reason); check that the folder exists and is writable"
        }
    }
}
