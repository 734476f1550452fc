import KRATCore
import KRATStorage

extension CaseStatistics {
    // MARK: - Breakdowns

    /// Cases by one dimension, or crossed by two, in `period` (every year with cases when nil).
    ///
    /// Columns: one key column per dimension (its code: `sex`, `age_band`…), then `count`.
    /// One dimension: a row per value and a `total` row. Two dimensions: a long table with
    /// a row per pair of values, a `total` row closing each value of the first dimension,
    /// then the `total` rows of the second dimension and the grand total; for the public
    /// role these totals take part in the secondary suppression. Totals count distinct
    /// cases, so with exploitation (multi-valued) the rows add up to more, and a note says so.
    ///
    /// The public role may ask for one dimension over a whole year that has ended, without
    /// a filter (``PublicationRules``); anything else throws ``StorageError/notPublished(request:rule:)``.
    public func breakdown(by dimensions: [CaseDimension], period: Period? = nil,
                          filter: CaseFilter = CaseFilter()) throws(StorageError) -> ResultTable {
        guard (1...2).contains(dimensions.count), Set(dimensions).count == dimensions.count else {
            throw .invalid(what: "breakdown", issues: [ValidationIssue(
                field: "by", message: "give one or two different dimensions, not \(dimensions.map(\.code))")])
        }
        if isPublication {
            let request = "a breakdown by \(dimensions.map(\.code).joined(separator: ","))\(period.map { " in \($0)" } ?? "")"
            guard dimensions.count == 1 else {
                throw .notPublished(request: request, rule: "the public sees one dimension at a time with its total, "
                                    + "so that published tables share no cell but the grand total")
            }
            guard let period else { throw .notPublished(request: request, rule: PublicationRules.wholeYearRule) }
            try checkPublished(period: period, filter: filter, request: request)
        } else if let period {
            try checkMonths(period, request: "a breakdown in \(period)")
        }
        let asked: Period? = if let period { period } else { try allTime(filter: filter) }
        guard let period = asked else {
            return ResultTable(title: breakdownTitle(dimensions, nil),
                               columns: dimensions.map { values(of: $0).column }
                                   + [ResultTable.Column(key: "count", label: StatisticsLabels.count)],
                               notes: notes(dimensions: dimensions))
        }
        return dimensions.count == 1
            ? try oneWay(dimensions[0], period: period, filter: filter)
            : try twoWay(dimensions[0], dimensions[1], period: period, filter: filter)
    }

    /// From the first day of the first year with matching cases to the last day of the last; nil with none.
    func allTime(filter: CaseFilter) throws(StorageError) -> Period? {
        guard let span = try database.exactIdentificationSpan(filter: filter) else { return nil }
        return try? Period(from: Period.year(span.lowerBound.year).start, through: Period.year(span.upperBound.year).end)
    }

    private func breakdownTitle(_ dimensions: [CaseDimension], _ period: Period?) -> Label {
        let title = TitlePhrase.title(dimensions.map(\.titlePhrase))
        let when = period.map { " (\($0))" } ?? ""
        return Label(sq: title.sq + when, en: title.en + when)
    }

    private func oneWay(_ dimension: CaseDimension, period: Period, filter: CaseFilter) throws(StorageError) -> ResultTable {
        let counts = try database.exactCounts(in: [period], filter: filter, by: [dimension])[0]
        let values = values(of: dimension)
        let listed = values.listed(present: counts.counts.keys.compactMap(\.first))
        let numbers = listed.map { counts[$0] }
        let hidden = suppression?.suppress(counts: numbers, total: counts.total)
        var rows: [[ResultTable.Cell]] = listed.enumerated().map { index, code in
            [values.cell(code), hidden?.counts[index] == true ? .suppressed : .integer(numbers[index])]
        }
        rows.append([StatisticsLabels.totalCell, hidden?.total == true ? .suppressed : .integer(counts.total)])
        return ResultTable(title: breakdownTitle([dimension], period),
                           columns: [values.column, ResultTable.Column(key: "count", label: StatisticsLabels.count)],
                           rows: rows, notes: notes(dimensions: [dimension]))
    }

    private func twoWay(_ first: CaseDimension, _ second: CaseDimension, period: Period,
                        filter: CaseFilter) throws(StorageError) -> ResultTable {
        let pairs = try database.exactCounts(in: [period], filter: filter, by: [first, second])[0]
        let byFirst = try database.exactCounts(in: [period], filter: filter, by: [first])[0]
        let bySecond = try database.exactCounts(in: [period], filter: filter, by: [second])[0]
        let rowValues = values(of: first), columnValues = values(of: second)
        let rowCodes = rowValues.listed(present: byFirst.counts.keys.compactMap(\.first))
        let columnCodes = columnValues.listed(present: bySecond.counts.keys.compactMap(\.first))
        let table = CountTable(cells: rowCodes.map { row in columnCodes.map { pairs[[row, $0]] } },
                               rowTotals: rowCodes.map { byFirst[$0] },
                               columnTotals: columnCodes.map { bySecond[$0] },
                               grandTotal: byFirst.total)
        let hidden = suppression?.suppress(table)
        func cell(_ value: Int, _ isHidden: Bool?) -> ResultTable.Cell { isHidden == true ? .suppressed : .integer(value) }

        var rows: [[ResultTable.Cell]] = []
        for (r, rowCode) in rowCodes.enumerated() {
            for (c, columnCode) in columnCodes.enumerated() {
                rows.append([rowValues.cell(rowCode), columnValues.cell(columnCode),
                             cell(table.cells[r][c], hidden?.cells[r][c])])
            }
            rows.append([rowValues.cell(rowCode), StatisticsLabels.totalCell, cell(table.rowTotals[r], hidden?.rowTotals[r])])
        }
        for (c, columnCode) in columnCodes.enumerated() {
            rows.append([StatisticsLabels.totalCell, columnValues.cell(columnCode),
                         cell(table.columnTotals[c], hidden?.columnTotals[c])])
        }
        rows.append([StatisticsLabels.totalCell, StatisticsLabels.totalCell, cell(table.grandTotal, hidden?.grandTotal)])
        return ResultTable(title: breakdownTitle([first, second], period),
                           columns: [rowValues.column, columnValues.column,
                                     ResultTable.Column(key: "count", label: StatisticsLabels.count)],
                           rows: rows, notes: notes(dimensions: [first, second]))
    }
}
