import KRATCore
import KRATStorage
import KRATStatistics

extension ReportSection {
    // MARK: - Indicator progress by pillar

    /// The indicators of the year's action plan, pillar by pillar: value against target,
    /// a progress bar with a tick where the straight line from the plan's start says it
    /// should be by now, and on or off track.
    static func indicators(_ context: ReportContext) throws(AnnualReportError) -> ReportSection {
        let format = context.format
        var html = HTMLDocument()
        let section = { (body: String) in
            ReportSection(id: "indicators", title: ReportLabels.section("indicators"), body: body)
        }
        guard let plan = try context.read({ () throws(StorageError) in try context.database.actionPlan(year: context.year) })
        else {
            html.element("p", format(Label(sq: "Nuk ka plan veprimi të regjistruar për vitin \(context.year).",
                                           en: "No action plan is recorded for \(context.year).")), ["class": "empty"])
            return section(html.markup)
        }
        let records = context.records.restricted(toObjectives: Set(plan.objectives.compactMap(\.objective.id)))
        let table = IndicatorProgress.table(records, asOf: context.reportDay, start: plan.plan.startDay)
        let approved = plan.plan.approvedOn.map { format(Label(sq: ", miratuar më ", en: ", approved on ")) + format.day($0) } ?? ""
        html.element("p", "\(plan.plan.title)\(approved). " + format(Label(
            sq: "Gjendja më \(format.day(context.reportDay)); shenja e zezë tregon vlerën e pritshme në ditën e fundit që mbulon matja e fundit e treguesit.",
            en: "Position on \(format.day(context.reportDay)); the black tick marks the value expected on the last day the indicator's latest measurement covers.")))
        let column = { (key: String) in table.columnIndex(key) ?? 0 }
        for pillar in Pillar.allCases {
            let rows = table.rows.filter { $0[column("pillar")].code == pillar.code }
            guard !rows.isEmpty else { continue }
            let onTrack = rows.filter { $0[column("track")].code == TrackStatus.onTrack.code }.count
            html.element("div", ["class": "pillar"]) { block in
                block.element("h3", "\(format(pillar.label)) · " + format(Label(
                    sq: "\(onTrack) nga \(rows.count) tregues në rrugë të mbarë",
                    en: "\(onTrack) of \(rows.count) indicators on track")))
                block.element("table", ["class": "data"]) { html in
                    html.element("thead") { head in
                        head.element("tr") { tr in
                            for (text, kind) in [(Label(sq: "Objektivi", en: "Objective"), "dim"),
                                                 (Label(sq: "Treguesi", en: "Indicator"), "dim"),
                                                 (Label(sq: "Vlera / synimi", en: "Value / target"), "num"),
                                                 (Label(sq: "Ecuria", en: "Progress"), "dim"),
                                                 (Label(sq: "Gjendja", en: "Track"), "dim")] {
                                tr.element("th", format(text), ["class": kind])
                            }
                        }
                    }
                    html.element("tbody") { body in
                        for row in rows { indicatorRow(&body, row, column, format) }
                    }
                }
            }
        }
        if table.rows.isEmpty {
            html.element("p", format(Label(sq: "Plani nuk ka tregues monitorimi.", en: "The plan has no monitoring indicators.")),
                         ["class": "empty"])
        }
        return section(html.markup)
    }

    /// One indicator's row: objective, indicator, value and target, progress bar, track.
    private static func indicatorRow(_ body: inout HTMLDocument, _ row: [ResultTable.Cell],
                                     _ column: (String) -> Int, _ format: ReportFormat) {
        let baseline = row[column("baseline")].number ?? 0, target = row[column("target")].number ?? 0
        let expected = row[column("expected")].number
        let share = row[column("progress")].number
        let expectedShare = target == baseline ? nil : expected.map { ($0 - baseline) / (target - baseline) }
        let track = row[column("track")]
        let percent = share.map { format.decimal($0 * 100) + "%" } ?? "–"
        body.element("tr") { tr in
            tr.element("td", format.cell(row[column("objective")]), ["class": "dim"])
            tr.element("td", format.cell(row[column("indicator")]) + " (\(format.cell(row[column("unit")])))", ["class": "dim"])
            tr.element("td", "\(format.cell(row[column("value")])) / \(format.cell(row[column("target")]))", ["class": "num"])
            tr.element("td", ["class": "progress"]) { td in
                td.raw(SVGChart.progress(share, expected: expectedShare, onTrack: track.code == TrackStatus.onTrack.code,
                                         title: percent))
                td.element("span", percent, ["class": "note"])
            }
            ReportTableHTML.write(track, role: .dimension, into: &tr, format: format)
        }
    }
}
