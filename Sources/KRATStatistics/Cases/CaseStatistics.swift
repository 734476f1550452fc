import KRATCore
import KRATStorage

/// The case questions the committee asks every year, answered as ``ResultTable``s.
///
/// Built on a ``KRATDatabase``: it reads through the counting API and the case-flow
/// queries and never writes SQL. It honours the database's role: for the public role it
/// answers only the fixed publication tables of ``PublicationRules`` (whole ended years,
/// no filters, one dimension at a time) and refuses anything else; in them every count
/// below the county's threshold is hidden, with secondary suppression, and the table
/// carries a note saying so. Nothing here formats text; renderers do.
///
/// ```swift
/// let statistics = CaseStatistics(database)
/// let table = try statistics.compare(period: .yearToDate(today))
/// ```
public struct CaseStatistics: Sendable {
    /// The database read.
    public let database: KRATDatabase

    /// The day the questions are asked: for the public role, only years ended before it are published.
    public let today: Day

    /// Statistics over a database, for the role it was opened with, asked on `today`.
    public init(_ database: KRATDatabase, today: Day? = nil) {
        self.database = database
        self.today = today ?? database.today
    }

    /// The suppression rule in force: the county's threshold for the public role, nil otherwise.
    public var suppression: SmallCountSuppression? {
        database.role.requiresSuppression
            ? SmallCountSuppression(threshold: database.settings.suppressionThreshold) : nil
    }

    /// The values a dimension's rows list, in display order.
    func values(of dimension: CaseDimension) -> DimensionValues {
        DimensionValues(dimension, counties: database.scope.counties, bands: database.settings.ageBands)
    }

    // MARK: - Notes

    /// The notes that go with a table: multi-valued dimensions and suppression.
    func notes(dimensions: [CaseDimension]) -> [Label] {
        var notes: [Label] = []
        if dimensions.contains(where: \.isMultiValued) {
            notes.append(StatisticsLabels.multiValuedNote)
        }
        if let suppression {
            notes.append(StatisticsLabels.suppressionNote(threshold: suppression.threshold))
        }
        return notes
    }
}
