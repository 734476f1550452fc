import KRATCore
import KRATStorage

extension CaseStatistics {
    // MARK: - Trends

    /// Cases per year, quarter or month, across every year with matching cases or within
    /// `period` (its first and last steps clipped to it), optionally split by a dimension.
    ///
    /// The data run to `asOf` (today unless given): no step after it is listed, and the
    /// step it falls in is counted up to it and marked as partial ("2026-11 (partial)",
    /// its code staying `2026-11`), with a note.
    ///
    /// Without a split the columns are `period` and `count`. With one the table is long:
    /// `period`, the split's key, `count`, one row per value and a `total` row (distinct
    /// cases) closing each period. For the public role each period is suppressed as a
    /// one-way table with its total; unsplit counts are suppressed below the threshold.
    /// The public role may ask for years only, without a filter, over whole years that have
    /// ended (``PublicationRules``); without `period` it sees every ended year with cases.
    public func trend(unit: TrendUnit = .year, filter: CaseFilter = CaseFilter(), split: CaseDimension? = nil,
                      period: Period? = nil, asOf day: Day? = nil) throws(StorageError) -> ResultTable {
        let asOf = day ?? today
        if isPublication { try checkPublishedTrend(unit: unit, filter: filter, period: period) }
        if !isPublication, let period { try checkMonths(period, request: "a trend in \(period)") }
        let candidates: [Period]
        if let period {
            candidates = period.split(by: unit)
        } else if let years = try yearsWithCases(filter: filter) {
            candidates = years.flatMap { Period.year($0).split(by: unit) }
        } else {
            candidates = []
        }
        let steps = TrendSteps(candidates, asOf: asOf)
        let periods = steps.periods
        let stepNotes = steps.hasPartial ? [TrendSteps.partialNote(asOf: asOf)] : []
        let counts = try database.exactCounts(in: periods, filter: filter, by: split.map { [$0] } ?? [])
        let periodColumn = ResultTable.Column(key: "period", label: StatisticsLabels.period, role: .dimension)
        let countColumn = ResultTable.Column(key: "count", label: StatisticsLabels.count)
        let title = TitlePhrase.title([unit.titlePhrase])

        guard let split else {
            let rows: [[ResultTable.Cell]] = zip(steps.cells, counts).map { step, count in
                let hidden = suppression?.isBelowThreshold(count.total) ?? false
                return [step, hidden ? .suppressed : .integer(count.total)]
            }
            return ResultTable(title: title, columns: [periodColumn, countColumn], rows: rows,
                               notes: stepNotes + notes(dimensions: []))
        }

        let values = values(of: split)
        let listed = values.listed(present: counts.flatMap { $0.counts.keys.compactMap(\.first) })
        var rows: [[ResultTable.Cell]] = []
        for (step, count) in zip(steps.cells, counts) {
            let numbers = listed.map { count[$0] }
            let hidden = suppression?.suppress(counts: numbers, total: count.total)
            for (index, code) in listed.enumerated() {
                let cell: ResultTable.Cell = hidden?.counts[index] == true ? .suppressed : .integer(numbers[index])
                rows.append([step, values.cell(code), cell])
            }
            rows.append([step, StatisticsLabels.totalCell,
                         hidden?.total == true ? .suppressed : .integer(count.total)])
        }
        return ResultTable(
            title: TitlePhrase.title([unit.titlePhrase, split.titlePhrase]),
            columns: [periodColumn, values.column, countColumn], rows: rows, notes: stepNotes + notes(dimensions: [split]))
    }

    /// For the public: years only, no filter, a period of whole years that have ended.
    private func checkPublishedTrend(unit: TrendUnit, filter: CaseFilter, period: Period?) throws(StorageError) {
        let request = "a trend by \(unit.code)\(period.map { " in \($0)" } ?? "")"
        guard unit == .year else {
            throw .notPublished(request: request, rule: "the public sees trends by year only; months and quarters "
                                + "would be a second division of each year whose hidden counts need not agree with the first")
        }
        try PublicationRules.requireNoFilter(filter, request: request)
        guard let period else { return }
        guard period.start == Period.year(period.start.year).start, period.end == Period.year(period.end.year).end else {
            throw .notPublished(request: request, rule: PublicationRules.wholeYearRule)
        }
        _ = try PublicationRules.publishedYear(Period.year(period.end.year), today: today, request: request)
    }
}
