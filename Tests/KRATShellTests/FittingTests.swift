import KRATCore
import Testing
@testable import KRATShell

/// Tables fitted to a width: narrowed with wrapped cells, one record per block, or with
/// middle columns left out; each line checked at its exact width.
@Suite struct FittingTests {
    let english = CellFormatter(language: .en)

    /// A listing of six columns, 67 columns wide at full width.
    let listing = ResultTable(
        title: Label("Cases"),
        columns: ["case", "county", "status", "identified_by", "exploitation", "closed"].map {
            .init(key: $0, label: Label($0), role: .dimension)
        },
        rows: [
            [.text("DU-2025-0001"), .text("Durrës"), .text("VMT"), .text("State Social Service"),
             .text("sexual; labour"), .text("no")],
            [.text("DU-2025-0002"), .text("Durrës"), .text("VT"), .text("Border police"), .text("begging"),
             .text("yes")],
        ])

    func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }

    @Test func aTableThatFitsIsUnchanged() {
        let full = GridRenderer(style: .ascii, formatter: english).render(listing)
        #expect(GridRenderer(style: .ascii, formatter: english, width: 120).render(listing) == full)
        #expect(lines(full).map(\.count).max() == 83)
    }

    @Test func aLittleTooWideNarrowsTheWidestColumnsAndWrapsTheirCells() {
        let text = GridRenderer(style: .ascii, formatter: english, width: 80).render(listing)
        // 83 columns at full width: the widest column (17 of 20) wraps, the others keep theirs.
        #expect(lines(text) == [
            "Cases",
            "+--------------+--------+--------+-------------------+----------------+--------+",
            "| case         | county | status | identified_by     | exploitation   | closed |",
            "+--------------+--------+--------+-------------------+----------------+--------+",
            "| DU-2025-0001 | Durrës | VMT    | State Social      | sexual; labour | no     |",
            "|              |        |        |   Service         |                |        |",
            "| DU-2025-0002 | Durrës | VT     | Border police     | begging        | yes    |",
            "+--------------+--------+--------+-------------------+----------------+--------+",
        ])
        #expect(lines(text).allSatisfy { $0.count <= 80 })
    }

    @Test func tooWideForWrappingIsOneRecordPerBlock() {
        let text = GridRenderer(style: .ascii, formatter: english, width: 40).render(listing)
        #expect(lines(text) == [
            "Cases",
            "-[ 1 / 2 ]--------------------------",
            "case          | DU-2025-0001",
            "county        | Durrës",
            "status        | VMT",
            "identified_by | State Social Service",
            "exploitation  | sexual; labour",
            "closed        | no",
            "-[ 2 / 2 ]--------------------------",
            "case          | DU-2025-0002",
            "county        | Durrës",
            "status        | VT",
            "identified_by | Border police",
            "exploitation  | begging",
            "closed        | yes",
        ])
        #expect(lines(text).allSatisfy { $0.count <= 40 })
    }

    @Test func expandedOffLeavesMiddleColumnsOutWithAMarkerAndANote() {
        let text = GridRenderer(style: .box, formatter: english, width: 40, expanded: .off).render(listing)
        #expect(lines(text) == [
            "Cases",
            "┌──────────────┬────────┬───┬────────┐",
            "│ case         │ county │ … │ closed │",
            "├──────────────┼────────┼───┼────────┤",
            "│ DU-2025-0001 │ Durrës │ … │ no     │",
            "│ DU-2025-0002 │ Durrës │ … │ yes    │",
            "└──────────────┴────────┴───┴────────┘",
            "3 of 6 columns shown (… for the others);",
            ".expanded on shows them all.",
        ])
    }

    @Test func expandedOnIsRecordsEvenWithoutAWidth() {
        let text = GridRenderer(style: .ascii, formatter: english, expanded: .on).render(statusTable)
        #expect(lines(text).prefix(4) == ["Cases by status", "-[ 1 / 3 ]---------------", "Status | Victim", "Count  | 12"])
    }

    @Test func narrowingKeepsColumnsAtTheirLevelAndGivesSpareBack() {
        #expect(GridLayout.narrowed([10, 50, 30], to: 60, narrowest: 10) == [10, 25, 25])
        #expect(GridLayout.narrowed([10, 50, 30], to: 61, narrowest: 10) == [10, 26, 25])
        #expect(GridLayout.narrowed([10, 50, 30], to: 25, narrowest: 10) == nil)
        #expect(GridLayout.narrowed([3, 4], to: 10, narrowest: 10) == [3, 4])
    }

    @Test func wrappingBreaksAtSpacesAndInsideLongWords() {
        #expect(TextWidth.wrap("Drejtoria Rajonale e Shëndetit", width: 10) == ["Drejtoria", "Rajonale e", "Shëndetit"])
        #expect(TextWidth.wrap("institutions", width: 5) == ["insti", "tutio", "ns"])
        #expect(TextWidth.wrap("", width: 5) == [""])
        #expect(TextWidth.truncate("Durrës county", width: 7) == "Durrës…")
        #expect(TextWidth.wrap("activity add OBJECTIVE title=TEXT", width: 14, indent: 2)
                == ["activity add", "  OBJECTIVE", "  title=TEXT"])
    }

    @Test func aChartFitsItsBarsToTheLine() {
        let table = ResultTable(title: Label("t"), columns: [.init(key: "year", label: Label("Year"), role: .dimension),
                                                             .init(key: "count", label: Label("Count"))],
                                rows: [[.text("2024"), .integer(10)], [.text("2025"), .integer(20)]])
        let chart = BarChart(table: table, labelKey: "year", valueKey: "count")
        let text = chart.render(width: 40, formatter: english, lineWidth: 20)
        #expect(lines(text) == ["2024 10 │█████▌", "2025 20 │███████████"])
    }

    @Test func outputRendererFitsTablesOnlyInTheModesForTheScreen() {
        let csv = OutputRenderer(mode: .csv, formatter: english, width: 20).render(CommandOutput(table: listing))
        #expect(csv.contains("DU-2025-0001,Durrës,VMT,State Social Service"))
        let box = OutputRenderer(mode: .box, formatter: english, width: 50).render(CommandOutput(table: listing))
        #expect(lines(box).allSatisfy { $0.count <= 50 })
    }
}
