import Foundation
import Testing
@testable import KRATCore

@Suite("Result table")
struct ResultTableTests {
    private let table = ResultTable(
        title: Label(sq: "Rastet sipas statusit", en: "Cases by status"),
        columns: [
            .init(key: "status", label: Label(sq: "Statusi", en: "Status"), role: .dimension),
            .init(key: "cases", label: Label(sq: "Raste", en: "Cases")),
            .init(key: "share", label: Label(sq: "Pjesa", en: "Share")),
        ],
        rows: [
            [.coded(CaseStatus.potentialVictim), .integer(6), .decimal(0.75)],
            [.coded(CaseStatus.victim), .integer(2), .decimal(0.25)],
            [.coded(CaseStatus.notVictim), .suppressed, .none],
            [.text("Gjithsej / Total"), .integer(8), .decimal(1)],
        ],
        notes: [Label(sq: "Shënim", en: "Note")])

    @Test func columnLookup() {
        #expect(table.columnIndex("status") == 0)
        #expect(table.columnIndex("share") == 2)
        #expect(table.columnIndex("missing") == nil)
        #expect(table.column("cases") == [.integer(6), .integer(2), .suppressed, .integer(8)])
        #expect(table.column("cases").map(\.integer) == [6, 2, nil, 8])
        #expect(table.column("missing") == [])
        #expect(table.columns.map(\.role) == [.dimension, .measure, .measure])
    }

    @Test func rowLookup() {
        #expect(table.row(where: "status", is: "VT") == [.coded(CaseStatus.victim), .integer(2), .decimal(0.25)])
        #expect(table.row(where: "status", is: "not_victim")?[1] == .suppressed)
        #expect(table.row(where: "status", is: "Gjithsej / Total")?[1] == .integer(8))
        #expect(table.row(where: "cases", is: "6")?[0].code == "VMT")
        #expect(table.row(where: "status", is: "vt") == nil)
        #expect(table.row(where: "status", is: "victim") == nil)
        #expect(table.row(where: "missing", is: "VT") == nil)
    }

    @Test func codedCellCarriesCodeAndLabel() {
        #expect(ResultTable.Cell.coded(CaseStatus.victim) ==
                .coded(code: "VT", label: Label(sq: "Viktimë e trafikimit (VT)", en: "Victim (VT)")))
    }

    @Test("cell code, integer and number", arguments: [
        (ResultTable.Cell.coded(code: "VT", label: Label("VT")), "VT" as String?, nil as Int?, nil as Double?),
        (.text("2023-Q4"), "2023-Q4", nil, nil),
        (.integer(42), "42", 42, 42.0),
        (.integer(-3), "-3", -3, -3.0),
        (.decimal(12.5), "12.5", nil, 12.5),
        (.suppressed, nil, nil, nil),
        (.none, nil, nil, nil),
    ])
    func cellAccessors(cell: ResultTable.Cell, code: String?, integer: Int?, number: Double?) {
        #expect(cell.code == code)
        #expect(cell.integer == integer)
        #expect(cell.number == number)
    }

    @Test func jsonRoundTrip() throws {
        let data = try JSONEncoder().encode(table)
        #expect(try JSONDecoder().decode(ResultTable.self, from: data) == table)
    }
}
