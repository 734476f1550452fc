import KRATCore
import KRATStorage
import KRATStatistics

extension ReportSection {
    // MARK: - Institution performance against last year

    /// Short column headings for the scorecard's measures.
    private static func shortLabel(_ measure: PerformanceMeasure) -> Label {
        switch measure {
        case .activitiesOnTimePct: Label(sq: "Aktivitete në afat (%)", en: "Activities on time (%)")
        case .reportsOnTimePct: Label(sq: "Raportime në kohë (%)", en: "Reports on time (%)")
        case .attendancePct: Label(sq: "Pjesëmarrje (%)", en: "Attendance (%)")
        case .decisionsOnTimePct: Label(sq: "Vendime në afat (%)", en: "Decisions on time (%)")
        case .casesIdentified: Label(sq: "Raste të identifikuara", en: "Cases identified")
        }
    }

    /// Each member institution's measures in the year beside the year before, as
    /// "previous → current", coloured by the direction of the change; attendance as a chart.
    static func institutions(_ context: ReportContext) throws(AnnualReportError) -> ReportSection {
        let format = context.format
        let table = try context.read { () throws(StorageError) in
            try context.statistics.institutionPerformance(context.records, previousYear: context.year - 1,
                                                          currentYear: context.year, asOf: context.reportDay)
        }
        var html = HTMLDocument()
        let perInstitution = table.rows.filter { $0[1].code != PerformanceMeasure.casesIdentified.code }
        let institutions = perInstitution.compactMap { $0.first }.reduce(into: [ResultTable.Cell]()) { list, cell in
            if !list.contains(cell) { list.append(cell) }
        }
        let kinds = table.rows.filter { $0[1].code == PerformanceMeasure.casesIdentified.code }
        func cells(_ institution: ResultTable.Cell, _ measure: PerformanceMeasure) -> [ResultTable.Cell]? {
            table.rows.first { $0[0] == institution && $0[1].code == measure.code }
        }
        html.element("p", format(Label(
            sq: "Secili tregues për \(context.year - 1) → \(context.year) (deri më \(format.day(context.reportDay))).",
            en: "Each measure as \(context.year - 1) → \(context.year) (to \(format.day(context.reportDay))).")))
        guard !institutions.isEmpty else {
            html.element("p", format(ReportLabels.noData), ["class": "empty"])
            return ReportSection(id: "institutions", title: ReportLabels.section("institutions"), body: html.markup)
        }
        let attendance = institutions.map { institution in
            (format.cell(institution), cells(institution, .attendancePct) ?? [])
        }
        let series = [
            ChartSeries(name: String(context.year), color: SVGChart.accent,
                        data: attendance.map { format.datum($0.0, $0.1.count > 3 ? $0.1[3] : .none) }),
            ChartSeries(name: String(context.year - 1), color: SVGChart.muted,
                        data: attendance.map { format.datum($0.0, $0.1.count > 2 ? $0.1[2] : .none) }),
        ]
        let chartTitle = format(PerformanceMeasure.attendancePct.label)
        figure(&html, caption: chartTitle, svg: SVGChart.groupedBars(
            categories: attendance.map(\.0), series: series, title: chartTitle, labelWidth: 250))

        scorecard(&html, format, heading: Label(sq: "Institucioni", en: "Institution"),
                  measures: PerformanceMeasure.perInstitution, rows: institutions.map { institution in
                      (institution, PerformanceMeasure.perInstitution.map { cells(institution, $0) })
                  })
        html.element("p", format(Label(sq: "\"–\": asgjë me afat në atë vit.", en: "\"–\": nothing was due that year.")),
                     ["class": "note"])
        if !kinds.isEmpty {
            html.element("h3", format(PerformanceMeasure.casesIdentified.label))
            scorecard(&html, format, heading: Label(sq: "Lloji i institucionit", en: "Kind of institution"),
                      measures: [.casesIdentified], rows: kinds.map { ($0[0], [$0]) })
            html.element("p", format(Label(
                sq: "Një rast regjistron llojin e institucionit që e identifikoi, jo institucionin; prandaj numri jepet një herë për secilin lloj.",
                en: "A case records the kind of institution that identified it, not the institution, so the count is given once for each kind.")),
                ["class": "note"])
        }
        notes(&html, table.notes, format: format)
        return ReportSection(id: "institutions", title: ReportLabels.section("institutions"), body: html.markup)
    }

    /// A table of "previous → current" cells, one row per named thing and one column per
    /// measure, each cell coloured by the direction of the change.
    private static func scorecard(_ html: inout HTMLDocument, _ format: ReportFormat, heading: Label,
                                  measures: [PerformanceMeasure], rows: [(ResultTable.Cell, [[ResultTable.Cell]?])]) {
        html.element("table", ["class": "data"]) { html in
            html.element("thead") { head in
                head.element("tr") { tr in
                    tr.element("th", format(heading), ["class": "dim"])
                    for measure in measures { tr.element("th", format(shortLabel(measure)), ["class": "num"]) }
                }
            }
            html.element("tbody") { body in
                for (name, cells) in rows {
                    body.element("tr") { tr in
                        tr.element("td", format.cell(name), ["class": "dim"])
                        for found in cells {
                            let row = found ?? [name, .none, .none, .none, .none]
                            let change = row[4].number ?? 0
                            let direction = row[4] == .suppressed || row[4] == .none || change == 0 ? "" : change > 0 ? " up" : " down"
                            tr.element("td", "\(format.cell(row[2])) → \(format.cell(row[3]))", ["class": "num" + direction])
                        }
                    }
                }
            }
        }
    }
}
