import KRATCore
import KRATStorage

extension CaseStatistics {
    // MARK: - Trends

    /// Cases per year, quarter or month, across every year with matching cases or within
    /// `period` (its first and last steps clipped to it), optionally split by a dimension.
    ///
    /// Without a split the columns are `period` and `count`. With one the table is long:
    /// `period`, the split's key, `count`, one row per value and a `total` row (distinct
    /// cases) closing each period. For the public role each period is suppressed as a
    /// one-way table with its total; unsplit counts are suppressed below the threshold.
    public func trend(unit: TrendUnit = .year, filter: CaseFilter = CaseFilter(), split: CaseDimension? = nil,
                      period: Period? = nil) throws(StorageError) -> ResultTable {
        let periods: [Period]
        if let period {
            periods = period.split(by: unit)
        } else if let span = try database.identificationSpan(filter: filter) {
            periods = (span.lowerBound.year...span.upperBound.year).flatMap { Period.year($0).split(by: unit) }
        } else {
            periods = []
        }
        let counts = try database.countCases(in: periods, filter: filter, by: split.map { [$0] } ?? [])
        let periodColumn = ResultTable.Column(key: "period", label: StatisticsLabels.period, role: .dimension)
        let countColumn = ResultTable.Column(key: "count", label: StatisticsLabels.count)
        let title = Label(sq: "Rastet sipas \(unit.label.sq.lowercased())", en: "Cases by \(unit.label.en.lowercased())")

        guard let split else {
            let rows: [[ResultTable.Cell]] = zip(periods, counts).map { period, count in
                let hidden = suppression?.isBelowThreshold(count.total) ?? false
                return [.text(period.description), hidden ? .suppressed : .integer(count.total)]
            }
            return ResultTable(title: title, columns: [periodColumn, countColumn], rows: rows, notes: notes(dimensions: []))
        }

        let values = values(of: split)
        let listed = values.listed(present: counts.flatMap { $0.counts.keys.compactMap(\.first) })
        var rows: [[ResultTable.Cell]] = []
        for (period, count) in zip(periods, counts) {
            let numbers = listed.map { count[$0] }
            let hidden = suppression?.suppress(counts: numbers, total: count.total)
            for (index, code) in listed.enumerated() {
                let cell: ResultTable.Cell = hidden?.counts[index] == true ? .suppressed : .integer(numbers[index])
                rows.append([.text(period.description), values.cell(code), cell])
            }
            rows.append([.text(period.description), StatisticsLabels.totalCell,
                         hidden?.total == true ? .suppressed : .integer(count.total)])
        }
        return ResultTable(
            title: Label(sq: "\(title.sq) dhe \(split.label.sq.lowercased())", en: "\(title.en) and \(split.label.en.lowercased())"),
            columns: [periodColumn, values.column, countColumn], rows: rows, notes: notes(dimensions: [split]))
    }
}
