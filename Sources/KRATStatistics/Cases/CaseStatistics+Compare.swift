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
    /// decimal place; the coded cell `new` when `previous` is 0 and `current` is not, with a
    /// note; `no_cases` when both are 0), then a `total` row of distinct cases.
    ///
    /// A period that starts after the data day (``today``) is refused: it has no data, and its
    /// counts would read as a fall of 100 %. A period that runs past it is marked partial in the
    /// title, with a note that its cases are counted up to the data day.
    /// Both periods are counted in one consistent read. The public role may compare a
    /// whole year that has ended with the year before, without a filter (``PublicationRules``).
    public func compare(period: Period, filter: CaseFilter = CaseFilter(),
                        by dimension: CaseDimension = .status) throws(StorageError) -> ResultTable {
        try checkPublished(period: period, filter: filter, request: "a comparison of \(period) with the same period a year earlier")
        let today = self.today
        guard period.start <= today else {
            throw .invalid(what: "comparison of \(period)", issues: [ValidationIssue(
                field: "period", message: "\(period) starts after \(today), the day the data run to, so it holds no cases yet "
                    + "and would read as a fall of 100 %; ask for a period that starts on or before \(today)")])
        }
        let partial = period.end > today
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
        var notes = notes(dimensions: [dimension])
        if partial { notes.append(Self.partialComparisonNote(asOf: today)) }
        if rows.contains(where: { $0.last == Self.newCell }) { notes.append(Self.newNote) }
        let shown = partial ? "\(period) (e pjesshme, deri më \(today))" : "\(period)"
        let shownEn = partial ? "\(period) (partial, to \(today))" : "\(period)"
        return ResultTable(
            title: Label(sq: "\(shown) krahasuar me të njëjtën periudhë të vitit të kaluar (\(previousPeriod))",
                         en: "\(shownEn) against the same period of the previous year (\(previousPeriod))"),
            columns: [
                values.column,
                ResultTable.Column(key: "current", label: Label(sq: "Periudha \(period)", en: "Period \(period)")),
                ResultTable.Column(key: "previous", label: Label(sq: "Periudha \(previousPeriod)", en: "Period \(previousPeriod)")),
                ResultTable.Column(key: "change", label: Label(sq: "Ndryshimi", en: "Change")),
                ResultTable.Column(key: "change_pct", label: Label(sq: "Ndryshimi (%)", en: "Change (%)")),
            ],
            rows: rows,
            notes: notes)
    }

    /// The change in percent of `previous`, rounded to one decimal place; nil when `previous` is 0.
    public static func changePercent(current: Int, previous: Int) -> Double? {
        guard previous != 0 else { return nil }
        return (Double(current - previous) / Double(previous) * 1000).rounded() / 10
    }

    private static func comparisonRow(_ label: ResultTable.Cell, _ current: Int, _ previous: Int,
                                      hidden: (current: Bool, previous: Bool)) -> [ResultTable.Cell] {
        let anyHidden = hidden.current || hidden.previous
        return [
            label,
            hidden.current ? .suppressed : .integer(current),
            hidden.previous ? .suppressed : .integer(previous),
            anyHidden ? .suppressed : .integer(current - previous),
            anyHidden ? .suppressed : changePercentCell(current: current, previous: previous),
        ]
    }

    // MARK: - Change from zero

    /// The `change_pct` cell: the percent change, or `new` (from 0 to more) or `no_cases`
    /// (0 in both periods), never a number or an empty cell where a percent is not defined.
    public static func changePercentCell(current: Int, previous: Int) -> ResultTable.Cell {
        if let percent = changePercent(current: current, previous: previous) { return .decimal(percent) }
        return current == 0 ? noCasesCell : newCell
    }

    /// "new": the earlier period had no case.
    public static let newCell = ResultTable.Cell.coded(code: "new", label: Label(sq: "i ri", en: "new"))

    /// "no cases": neither period had a case.
    public static let noCasesCell = ResultTable.Cell.coded(code: "no_cases", label: Label(sq: "asnjë rast", en: "no cases"))

    /// The note under a comparison with a change from 0.
    static let newNote = Label(
        sq: "«i ri»: në periudhën e mëparshme nuk pati asnjë rast, ndaj ndryshimi në përqindje nuk përcaktohet.",
        en: "\"new\": the earlier period had no case, so a change in percent is not defined.")

    /// The note under a comparison whose period runs past the data day.
    static func partialComparisonNote(asOf: Day) -> Label {
        Label(sq: "(e pjesshme): periudha nuk ka mbaruar; rastet e saj numërohen deri më \(asOf), "
                + "ndërsa periudha e vitit të kaluar numërohet e plotë.",
              en: "(partial): the period is not over; its cases are counted up to \(asOf), "
                + "while the period of the previous year is counted whole.")
    }
}
