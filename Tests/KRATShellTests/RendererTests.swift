import Foundation
import KRATCore
import Testing
@testable import KRATShell

@Suite struct RendererTests {
    let albanian = CellFormatter(language: .sq)
    let english = CellFormatter(language: .en, suppression: SuppressionMarker(threshold: 10))

    @Test func asciiTable() {
        let text = GridRenderer(style: .ascii, formatter: albanian).render(statusTable)
        #expect(text == """
            Rastet sipas statusit
            +--------------+-------+-----------+
            | Statusi      | Numri | Përqindja |
            +--------------+-------+-----------+
            | VT           |    12 |     57.14 |
            | VMT          |   [c] |           |
            | Në verifikim |     9 |      42.9 |
            +--------------+-------+-----------+
            [c] = e fshehur për të mbrojtur personat: numër i vogël, ose një numër tjetër i fshehur që ai të mos gjendet me zbritje

            """)
    }

    @Test func asciiTableWithoutHeaders() {
        let text = GridRenderer(style: .ascii, formatter: albanian, showsHeaders: false).render(statusTable)
        #expect(text.split(separator: "\n")[1] == "+--------------+-----+-------+")
        #expect(!text.contains("Statusi"))
    }

    @Test func boxTableWithThreshold() {
        let text = GridRenderer(style: .box, formatter: english).render(statusTable)
        #expect(text == """
            Cases by status
            ┌──────────────────┬───────┬───────┐
            │ Status           │ Count │ Share │
            ├──────────────────┼───────┼───────┤
            │ Victim           │    12 │ 57.14 │
            │ Potential victim │   [c] │       │
            │ Under review     │     9 │  42.9 │
            └──────────────────┴───────┴───────┘
            [c] = hidden to protect the people counted: a count below 10, or another count hidden so that it cannot be found by subtraction

            """)
    }

    @Test func csv() {
        #expect(CSVRenderer(formatter: albanian).render(statusTable)
                == "status,count,share\r\nvt,12,57.14\r\nvmt,[c],\r\nne_verifikim,9,42.9\r\n")
        #expect(CSVRenderer(formatter: albanian, showsHeaders: false).render(statusTable).hasPrefix("vt,12"))
        #expect(CSVRenderer.field("Korçë, Pogradec") == "\"Korçë, Pogradec\"")
        #expect(CSVRenderer.field(#"say "hi""#) == #""say ""hi""""#)
        #expect(CSVRenderer.field("two\nlines") == "\"two\nlines\"")
    }

    @Test func csvGuardsTextAgainstFormulasAndKeepsNumbers() {
        let table = ResultTable(
            title: Label("change"),
            columns: [.init(key: "place", label: Label("place"), role: .dimension), .init(key: "change", label: Label("change")),
                      .init(key: "share", label: Label("share"))],
            rows: [[.text("=1+1"), .integer(-3), .decimal(-0.5)], [.text("-Tab\tname"), .integer(4), .none],
                   [.text("\r@x"), .suppressed, .decimal(2)]])
        #expect(CSVRenderer(formatter: albanian).render(table)
                == "place,change,share\r\n'=1+1,-3,-0.5\r\n'-Tab\tname,4,\r\n\"'\r@x\",[c],2.0\r\n")
        for trigger in ["=", "+", "-", "@", "\t"] { #expect(CSVRenderer.field(trigger + "A1") == "'\(trigger)A1") }
    }

    @Test func markdown() {
        #expect(MarkdownRenderer(formatter: albanian).render(statusTable) == #"""
            **Rastet sipas statusit**

            | Statusi      | Numri | Përqindja |
            | ------------ | ----: | --------: |
            | VT           |    12 |     57.14 |
            | VMT          |   [c] |           |
            | Në verifikim |     9 |      42.9 |

            [c] = e fshehur për të mbrojtur personat: numër i vogël, ose një numër tjetër i fshehur që ai të mos gjendet me zbritje

            """#)
    }

    @Test func lineMode() {
        #expect(LineRenderer(formatter: CellFormatter(language: .en)).render(statusTable) == """
            status = Victim
             count = 12
             share = 57.14

            status = Potential victim
             count = [c]
             share = 

            status = Under review
             count = 9
             share = 42.9

            """)
    }

    @Test func jsonIsOneArrayOfObjects() throws {
        let text = JSONRenderer().render(CommandOutput(table: statusTable))
        #expect(text == """
            [
              {"status":"vt","count":12,"share":57.14},
              {"status":"vmt","count":null,"share":null},
              {"status":"ne_verifikim","count":9,"share":42.9}
            ]

            """)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]
        let rows = try #require(parsed)
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { Set($0.keys) == ["status", "count", "share"] })
        #expect(rows[0]["count"] as? Int == 12)
        #expect(rows[1]["count"] is NSNull)
    }

    @Test func jsonOfSeveralTablesAndMessagesIsStillOneArray() throws {
        var second = statusTable
        second.title = Label(sq: "Tjetër", en: "Other")
        let output = CommandOutput([.table(statusTable), .table(second), .message("Gati \"ok\"")])
        let text = JSONRenderer().render(output)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(rows.count == 7)
        #expect(rows[0]["table"] as? String == "Cases by status")
        #expect(rows[3]["table"] as? String == "Other")
        #expect(rows[6]["message"] as? String == "Gati \"ok\"")
        #expect(JSONRenderer().render(CommandOutput(table: ResultTable(title: Label("x"), columns: []))) == "[]\n")
    }

    @Test func unicodeWidthCountsCharacters() {
        let decomposed = "Korc\u{0327}e\u{0308}"   // ç and ë as letter + combining mark
        #expect(TextWidth.columns(decomposed) == 5)
        #expect(TextWidth.pad(decomposed, to: 7) == decomposed + "  ")
    }

    @Test func barChartUsesEighthBlocks() {
        let table = ResultTable(
            title: Label(sq: "Prirja", en: "Trend"),
            columns: [.init(key: "period", label: Label(sq: "Periudha", en: "Period"), role: .dimension),
                      .init(key: "count", label: Label(sq: "Numri", en: "Count"))],
            rows: [[.text("2021"), .integer(10)], [.text("2022"), .integer(40)],
                   [.text("2023"), .integer(25)], [.text("2024"), .integer(3)], [.text("2025"), .suppressed]])
        let chart = BarChart(table: table, labelKey: "period", valueKey: "count")
        #expect(chart.render(width: 8, formatter: albanian) == """
            2021  10 │██
            2022  40 │████████
            2023  25 │█████
            2024   3 │▋
            2025 [c] │

            """)
        #expect(BarChart.bar(value: 1, maximum: 8, width: 8) == "█")
        #expect(BarChart.bar(value: 1, maximum: 64, width: 8) == "▏")
    }

    @Test func chartOnlyInTableAndBoxModes() {
        let output = CommandOutput([.table(statusTable),
                                    .chart(BarChart(table: statusTable, labelKey: "status", valueKey: "count"))])
        let table = OutputRenderer(mode: .table, formatter: albanian).render(output)
        #expect(table.contains("Në verifikim   9 │"))
        let csv = OutputRenderer(mode: .csv, formatter: albanian).render(output)
        #expect(!csv.contains("│"))
    }

    @Test func progressLine() {
        var now = 0.0
        let progress = ProgressReporter(title: "Import", total: 100, writer: nil, clock: { now })
        now = 10
        progress.update(done: 50)
        #expect(progress.line(elapsed: 10, width: 10) == "Import [█████     ] 50/100 50% 5/s ETA 0:10")
        #expect(ProgressReporter.duration(3725) == "1:02:05")
        #expect(!progress.isDrawing)
    }
}
