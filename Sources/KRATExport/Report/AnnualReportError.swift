import KRATCore
import KRATStorage

/// Why the annual report could not be written. Each description is one actionable line
/// and never holds personal data.
public enum AnnualReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The as-of day lies before the year the report is on.
    case asOfBeforeYear(year: Int, asOf: Day)
    /// The day of preparation comes before the last day of data the report counts.
    case preparedBeforeData(preparedOn: Day, dataTo: Day)
    /// Reading the database failed.
    case storage(StorageError)
    /// The file could not be written.
    case writeFailed(path: String, reason: String)

    /// One line: what went wrong, where, and what to do.
    public var description: String {
        switch self {
        case .asOfBeforeYear(let year, let asOf):
            "cannot report on \(year) as of \(asOf): the year has not begun; give a year up to \(asOf.year) or a later as-of day"
        case .preparedBeforeData(let preparedOn, let dataTo):
            "cannot prepare the report on \(preparedOn) with data up to \(dataTo): give a preparation day on or after \(dataTo), or an earlier as-of day"
        case .storage(let error):
            "reading the database for the annual report failed: \(error)"
        case .writeFailed(let path, let reason):
            "cannot write the annual report to \(path): \(reason); check that the folder exists and is writable"
        }
    }
}
