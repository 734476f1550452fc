import KRATCore
import KRATStorage

extension CaseStatistics {
    // MARK: - Same period, previous year

    /// Counts for `period` beside the same dates one year earlier, by a dimension
    /// (status by default): the seeds' "2 potential victims so far this year, against 6
    /// in the same period last year".
    ///
    /// Columns: the dimension's key (`status`), `current`, `previous`, `change` (current −
    /// previous) and `change_pct` (the change in percent of `previous`, rounded to one
    /// decimal place; none when `previous` is 0), then a `total` row of distinct cases.
    /// Both periods are counted in one consistent read. The public role may compare a
    /// whole year that has ended with the year before, without a filter (``PublicationRules``).
    public func compare(period: Period, filter: CaseFilter = CaseFilter(),
                        by dimension: CaseDimension = .status) throws(StorageError) -> ResultTable {
        try checkPublished(period: period, filter: filter, request: "a comparison of \(period) with the same period a year earlier")
        let previousPeriod = period.samePeriodPreviousYear
        let counts = try database.exactCounts(in: [period, previousPeriod], filter: filter, by: [dimension])
        let current = counts[0], previous = counts[1]
        let values = values(of: dimension)
        let listed = values.listed(present: (Array(current.counts.keys) + Array(previous.counts.keys)).compactMap(\.first))

        let currentCounts = listed.map { current[$0] }
        let previousCounts = listed.map { previous[$0] }
        let currentHidden = suppression?.suppress(counts: currentCounts, total: current.total)
        let previousHidden = suppression?.suppress(counts: previousCounts, total: previous.total)

        var rows: [[ResultTable.Cell]] = []
        for (index, code) in listed.enumerated() {
            rows.append(Self.comparisonRow(values.cell(code), currentCounts[index], previousCounts[index],
                                           hidden: (currentHidden?.counts[index] ?? false,
                                                    previousHidden?.counts[index] ?? false)))
        }
        rows.append(Self.comparisonRow(StatisticsLabels.totalCell, current.total, previous.total,
                                       hidden: (currentHidden?.total ?? false, previousHidden?.total ?? false)))
        return ResultTable(
            title: Label(sq: "\(period) krahasuar me të njëjtën periudhë të vitit të kaluar (\(previousPeriod))",
                         en: "\(period) against the same period of the previous year (\(previousPeriod))"),
            columns: [
                values.column,
                ResultTable.Column(key: "current", label: Label(sq: "Periudha \(period)", en: "Period \(period)")),
                ResultTable.Column(key: "previous", label: Label(sq: "Periudha \(previousPeriod)", en: "Period \(previousPeriod)")),
                ResultTable.Column(key: "change", label: Label(sq: "Ndryshimi", en: "Change")),
                ResultTable.Column(key: "change_pct", label: Label(sq: "Ndryshimi (%)", en: "Change (%)")),
            ],
            rows: rows,
            notes: notes(dimensions: [dimension]))
    }

    /// The change in percent of `previous`, rounded to one decimal place; nil when `previous` is 0.
    public static func changePercent(current: Int, previous: Int) -> Double? {
        guard previous != 0 else { return nil }
        return (Double(current - previous) / Double(previous) * 1000).rounded() / 10
    }

    private static func comparisonRow(_ label: ResultTable.Cell, _ current: Int, _ previous: Int,
                                      hidden: (current: Bool, previous: Bool)) -> [ResultTable.Cell] {
        let anyHidden = hidden.current || hidden.previous
        let percent = changePercent(current: current, previous: previous)
        return [
            label,
            hidden.current ? .suppressed : .integer(current),
            hidden.previous ? .suppressed : .integer(previous),
            anyHidden ? .suppressed : .integer(current - previous),
            anyHidden ? .suppressed : percent.map { .decimal($0) } ?? ResultTable.Cell.none,
        ]
    }
}
