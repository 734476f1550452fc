import GRDB
import KRATCore

/// A row of `indicator_measurement`: one ``IndicatorMeasurement``, the value of an indicator over a period.
struct IndicatorMeasurementRecord: OrganisationRecord {
    static let databaseTableName = "indicator_measurement"
    static let label = "measurement"
    static var ordering: [any SQLOrderingTerm] { [Columns.periodEnd, Columns.periodStart, Columns.id] }

    /// The columns of `indicator_measurement`. The period is kept whole (`2025-Q1`) and as
    /// its first and last day, so that SQL can select measurements by day.
    enum Columns: String, ColumnExpression {
        case id, indicatorID = "indicator_id", period, periodStart = "period_start", periodEnd = "period_end", value
        case reportedBy = "reported_by"
    }

    var value: IndicatorMeasurement

    init(_ value: IndicatorMeasurement) { self.value = value }

    init(row: Row) throws {
        let text: String = row[Columns.period]
        guard let period = try? Period(parsing: text) else {
            throw StorageError.corrupt(what: "\(Self.what(row)): period '\(text)'")
        }
        value = IndicatorMeasurement(id: row[Columns.id], indicatorID: row[Columns.indicatorID], period: period,
                                     value: row[Columns.value], reportedBy: row[Columns.reportedBy])
    }

    func encode(to container: inout PersistenceContainer) {
        Self.encode([.id: value.id, .indicatorID: value.indicatorID, .period: value.period.description,
                     .periodStart: value.period.start.description, .periodEnd: value.period.end.description,
                     .value: value.value, .reportedBy: value.reportedBy], to: &container)
    }
}
