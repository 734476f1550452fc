import KRATCore
import Testing
@testable import KRATShell

/// Two-dimension tables pivoted for people, long for machines.
@Suite struct CrosstabTests {
    let english = CellFormatter(language: .en)

    static func coded(_ code: String, _ label: String) -> ResultTable.Cell { .coded(code: code, label: Label(label)) }

    /// Sex by age band in long form with its totals, as `stats breakdown by=sex,age_band` gives it.
    let long: ResultTable = {
        let total = coded("total", "Total")
        let (f, m) = (coded("F", "Female"), coded("M", "Male"))
        let (child, adult) = (coded("12_17", "12–17"), coded("18_plus", "18+"))
        return ResultTable(
            title: Label("Cases by sex and age band"),
            columns: [.init(key: "sex", label: Label("Sex"), role: .dimension),
                      .init(key: "age_band", label: Label("Age band"), role: .dimension),
                      .init(key: "count", label: Label("Count"))],
            rows: [[f, child, .integer(7)], [f, adult, .suppressed], [f, total, .integer(19)],
                   [m, child, .integer(3)], [m, adult, .integer(5)], [m, total, .integer(8)],
                   [total, child, .integer(10)], [total, adult, .suppressed], [total, total, .integer(27)]])
    }()

    @Test func tableModeShowsTheSecondDimensionAcrossWithTotalsOnBoth() {
        let output = CommandOutput(crosstab: Crosstab(table: long, down: "sex", across: "age_band", cell: .value("count")))
        let text = OutputRenderer(mode: .table, formatter: english).render(output)
        #expect(text == """
            Cases by sex and age band
            +--------+-------+-----+-------+
            | Sex    | 12–17 | 18+ | Total |
            +--------+-------+-----+-------+
            | Female |     7 | [c] |    19 |
            | Male   |     3 |   5 |     8 |
            | Total  |    10 | [c] |    27 |
            +--------+-------+-----+-------+
            \(SuppressionMarker().note(.en))

            """)
    }

    @Test func jsonAndCSVKeepTheLongForm() {
        let output = CommandOutput(crosstab: Crosstab(table: long, down: "sex", across: "age_band", cell: .value("count")))
        #expect(OutputRenderer(mode: .json, formatter: english).render(output) == JSONRenderer().render(CommandOutput(table: long)))
        #expect(OutputRenderer(mode: .csv, formatter: english).render(output).hasPrefix("sex,age_band,count\r\nF,12_17,7\r\n"))
        #expect(output.tables == [long])
    }

    @Test func changeCellsReadPreviousArrowCurrentAndChange() {
        let table = ResultTable(
            title: Label("Performance"),
            columns: [.init(key: "institution", label: Label("Institution"), role: .dimension),
                      .init(key: "measure", label: Label("Measure"), role: .dimension),
                      .init(key: "previous", label: Label("2024")), .init(key: "current", label: Label("2025")),
                      .init(key: "change", label: Label("Change"))],
            rows: [[.text("Police"), Self.coded("meetings", "Meetings (%)"), .decimal(50), .decimal(75), .decimal(25)],
                   [.text("Police"), Self.coded("reports", "Reports (%)"), .none, .decimal(100), .none],
                   [.text("School"), Self.coded("meetings", "Meetings (%)"), .decimal(80), .decimal(60), .decimal(-20)]])
        let pivot = Crosstab(table: table, down: "institution", across: "measure",
                             cell: .change(previous: "previous", current: "current", change: "change"))
            .pivoted(formatter: english)
        #expect(pivot.columns.map(\.key) == ["institution", "meetings", "reports"])
        #expect(pivot.rows == [[.text("Police"), .text("50.0 → 75.0 (+25.0)"), .text("– → 100.0")],
                               [.text("School"), .text("80.0 → 60.0 (-20.0)"), .none]])
        #expect(pivot.notes.first?.en == "Each cell: 2024 → 2025 (Change)")
    }
}
