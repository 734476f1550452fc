import KRATCore
import KRATStorage
import KRATStatistics

extension ReportSection {
    // MARK: - Awareness calendar compliance

    /// The columns of the compliance table the report prints.
    private static let complianceKeys = ["organiser", "activities", "cancelled", "notice_late", "notice_missing",
                                         "changed_without_notice", "report_late", "report_missing", "compliant"]

    /// The calendar's activities by month, then each organiser's share of activities
    /// that kept every rule, then the breaches by organiser: noticed late, changed without
    /// a new notice, reports late or missing.
    static func awareness(_ context: ReportContext) throws(AnnualReportError) -> ReportSection {
        let format = context.format
        let activities = context.records.awareness.filter { context.period.contains($0.date) }
        let table = AwarenessCalendarCompliance.table(context.records, period: context.period, asOf: context.reportDay)
        var html = HTMLDocument()
        html.element("p", format(Label(
            sq: "Çdo aktivitet njoftohet një ditë përpara, edhe kur i ndryshon data; pas zhvillimit dërgohet raporti me qëllimin, pjesëmarrësit, tematikën dhe fotot. Gjendja më \(format.day(context.reportDay)).",
            en: "Every activity is announced one day before, also when its date changes; afterwards a report with purpose, participants, theme and photos is sent. Position on \(format.day(context.reportDay)).")))
        guard !activities.isEmpty else {
            html.element("p", format(ReportLabels.noData), ["class": "empty"])
            return ReportSection(id: "awareness", title: ReportLabels.section("awareness"), body: html.markup)
        }
        let lastMonth = context.reportDay.month
        let byMonth = (1...lastMonth).map { month in
            let count = activities.filter { $0.date.month == month }.count
            return ChartDatum(label: format.month(month), value: Double(count), valueText: format.integer(count),
                              highlighted: month == 10)
        }
        let monthTitle = format(Label(sq: "Aktivitete sipas muajve (tetori: Muaji Antitrafik)",
                                      en: "Activities by month (October: Anti-Trafficking Month)"))
        figure(&html, caption: monthTitle, svg: SVGChart.columns(byMonth, title: monthTitle, height: 200))

        let column = { (key: String) in table.columnIndex(key) ?? 0 }
        let organisers = table.rows.filter { $0[0].code != "total" }
        let shares = organisers.map { row -> ChartDatum in
            let due = (row[column("activities")].integer ?? 0) - (row[column("cancelled")].integer ?? 0)
            let compliant = row[column("compliant")].integer ?? 0
            let share = due > 0 ? Double(compliant) / Double(due) * 100 : nil
            return ChartDatum(label: format.cell(row[0]), value: share,
                              valueText: share.map { format.decimal($0) + "%" } ?? "–")
        }
        let shareTitle = format(Label(sq: "Aktivitete pa asnjë shkelje, sipas organizatorit (%)",
                                      en: "Activities that kept every rule, by organiser (%)"))
        figure(&html, caption: shareTitle, svg: SVGChart.horizontalBars(shares, title: shareTitle, labelWidth: 260,
                                                                         color: "#2e8b57"))
        ReportTableHTML.write(table, into: &html, format: format, keys: complianceKeys, headings: [
            "notice_late": Label(sq: "Njoftuar me vonesë", en: "Noticed late"),
            "notice_missing": Label(sq: "Pa njoftim", en: "No notice"),
            "changed_without_notice": Label(sq: "Data ndryshoi pa njoftim", en: "Date changed, no notice"),
            "report_late": Label(sq: "Raport me vonesë", en: "Report late"),
            "report_missing": Label(sq: "Pa raport", en: "No report"),
            "compliant": Label(sq: "Pa shkelje", en: "Kept every rule"),
        ])
        return ReportSection(id: "awareness", title: ReportLabels.section("awareness"), body: html.markup)
    }
}
