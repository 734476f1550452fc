import KRATCore
import KRATStatistics
import KRATStorage

extension ReportSection {
    // MARK: - Cases by year, with the same-period comparison

    /// The headline, the comparison by status (chart and table), the cases of every year
    /// (the report's year highlighted) and, except in the public edition, the year's
    /// cumulative monthly curve beside last year's.
    static func cases(_ context: ReportContext) throws(AnnualReportError) -> ReportSection {
        let format = context.format
        let statistics = context.statistics
        let compare = try context.read { () throws(StorageError) in try statistics.compare(period: context.period) }
        // Every year with cases up to the report's last day, and none after it.
        let years = try context.read { () throws(StorageError) in
            try statistics.trend(unit: .year, asOf: context.reportDay)
        }
        var html = HTMLDocument()
        headline(&html, compare, context)

        let categories = compare.rows.map { format.cell($0[0]) }
        let series = [
            ChartSeries(name: String(context.year), color: SVGChart.accent,
                        data: compare.rows.map { format.datum(format.cell($0[0]), $0[1]) }),
            ChartSeries(name: "\(context.year - 1) (\(format(ReportLabels.samePeriod)))",
                        color: SVGChart.muted, data: compare.rows.map { format.datum(format.cell($0[0]), $0[2]) }),
        ]
        figure(&html, caption: format(compare.title),
               svg: SVGChart.groupedBars(categories: categories, series: series, title: format(compare.title), labelWidth: 250))
        ReportTableHTML.write(compare, into: &html, format: format)

        html.element("h3", format(years.title))
        if years.rows.isEmpty {
            html.element("p", format(ReportLabels.noData), ["class": "empty"])
        } else {
            let bars = years.rows.map { row -> ChartDatum in
                let isYear = row[0].code == String(context.year)
                return format.datum(format.cell(row[0]), row[1], highlighted: isYear)
            }
            figure(&html, caption: format(years.title), svg: SVGChart.columns(bars, title: format(years.title)))
            notes(&html, years.notes, format: format)
        }

        html.element("h3", format(ReportLabels.cumulative))
        if context.suppresses {
            html.element("p", format(ReportLabels.monthlyHidden), ["class": "note"])
        } else {
            try cumulative(&html, context)
        }
        return ReportSection(id: "cases", title: ReportLabels.section("cases"), body: html.markup)
    }

    /// Cumulative cases by month in the year (to the report's day) and in the year before.
    private static func cumulative(_ html: inout HTMLDocument, _ context: ReportContext) throws(AnnualReportError) {
        let format = context.format
        let statistics = context.statistics
        let current = try context.read { () throws(StorageError) in
            try statistics.trend(unit: .month, period: context.period, asOf: context.reportDay)
        }
        let previous = try context.read { () throws(StorageError) in
            try statistics.trend(unit: .month, period: .year(context.year - 1), asOf: context.reportDay)
        }
        func running(_ table: ResultTable) -> [ChartDatum] {
            var sum = 0
            return table.rows.enumerated().map { index, row in
                sum += row[1].integer ?? 0
                return ChartDatum(label: format.month(index + 1), value: Double(sum), valueText: format.integer(sum))
            }
        }
        let series = [
            ChartSeries(name: String(context.year), color: SVGChart.accent, data: running(current)),
            ChartSeries(name: String(context.year - 1), color: SVGChart.muted, data: running(previous)),
        ]
        let title = format(ReportLabels.cumulative)
        figure(&html, caption: "\(title): \(context.year) \(format(Label(sq: "dhe", en: "and"))) \(context.year - 1)",
               svg: SVGChart.lines(categories: (1...12).map(format.month), series: series, title: title))
    }
}
