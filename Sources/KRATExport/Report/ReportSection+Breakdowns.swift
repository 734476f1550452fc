import KRATCore
import KRATStatistics
import KRATStorage

extension ReportSection {
    // MARK: - Breakdowns

    /// The dimensions the breakdowns chapter shows, in order.
    static let breakdownDimensions: [CaseDimension] = [.sex, .ageBand, .exploitation, .municipality, .identifiedBy]

    /// Cases of the period by sex, age band, exploitation, municipality and identifying
    /// institution, each beside the same period last year, as grouped bars.
    static func breakdowns(_ context: ReportContext) throws(AnnualReportError) -> ReportSection {
        let format = context.format
        let statistics = context.statistics
        var html = HTMLDocument()
        var shown = Set<Label>()
        html.element("p", format(Label(
            sq: "Rastet e periudhës \(context.period) krahasuar me të njëjtën periudhë të vitit të kaluar.",
            en: "The cases of \(context.period) beside the same period of the previous year.")))
        for dimension in breakdownDimensions {
            let table = try context.read { () throws(StorageError) in
                try statistics.compare(period: context.period, by: dimension)
            }
            let rows = table.rows.filter { $0.first?.code != "total" }
            html.element("h3", format(dimension.label))
            guard !rows.isEmpty else {
                html.element("p", format(ReportLabels.noData), ["class": "empty"])
                continue
            }
            let series = [
                ChartSeries(name: String(context.year), color: SVGChart.accent,
                            data: rows.map { format.datum(format.cell($0[0]), $0[1]) }),
                ChartSeries(name: String(context.year - 1), color: SVGChart.muted,
                            data: rows.map { format.datum(format.cell($0[0]), $0[2]) }),
            ]
            let total = table.row(where: dimension.rawValue, is: "total")
            let caption = format(dimension.label) + (total.map { " · " + format(Label(sq: "gjithsej", en: "total"))
                + " \(format.cell($0[1])) (\(context.year)), \(format.cell($0[2])) (\(context.year - 1))" } ?? "")
            figure(&html, caption: caption, svg: SVGChart.groupedBars(
                categories: rows.map { format.cell($0[0]) }, series: series, title: format(dimension.label), labelWidth: 230))
            notes(&html, table.notes.filter { !shown.contains($0) }, format: format)
            shown.formUnion(table.notes)
        }
        return ReportSection(id: "breakdowns", title: ReportLabels.section("breakdowns"), body: html.markup)
    }

    // MARK: - Case flow

    /// The flow measures of the cases identified in the period, as they stood on the
    /// report's last day: counts as bars, then the whole table with the median days.
    static func flow(_ context: ReportContext) throws(AnnualReportError) -> ReportSection {
        let format = context.format
        let statistics = context.statistics
        let table = try context.read { () throws(StorageError) in 
            try statistics.flow(period: context.period, asOf: context.reportDay)
        }
        var html = HTMLDocument()
        let counts = table.rows.filter { row in
            guard let code = row.first?.code else { return false }
            return !code.hasPrefix("median_") && code != FlowMeasure.openAtEnd.code
        }
        figure(&html, caption: format(table.title), svg: SVGChart.horizontalBars(
            counts.map { format.datum(format.cell($0[0]), $0[1]) }, title: format(table.title), labelWidth: 260))
        ReportTableHTML.write(table, into: &html, format: format)
        return ReportSection(id: "flow", title: ReportLabels.section("flow"), body: html.markup)
    }
}
