import Testing
import KRATCore
import KRATStatistics
@testable import KRATStorage

@Suite struct FlowTests {
    /// Days worked out by hand (2024 is a leap year).
    static let records: [CaseRecord] = [
        // A: referral +2, shelter +10, VT after 30 days, open.
        Fixtures.record("A", "2024-01-10", steps: [(.referral, "2024-01-12"), (.shelter, "2024-01-20")],
                        changedTo: .victim, changedOn: "2024-02-09"),
        // B: referral +4, psychosocial care +20, not a victim after 10 days, closed 1 March.
        Fixtures.record("B", "2024-02-01", steps: [(.referral, "2024-02-05"), (.psychosocialCare, "2024-02-21"),
                                                   (.closure, "2024-03-01")],
                        changedTo: .notVictim, changedOn: "2024-02-11"),
        // C: referral +7, still VMT, open.
        Fixtures.record("C", "2024-03-01", steps: [(.referral, "2024-03-08")]),
        // D: identified as VT, referral +1, health care +3, closed 1 December.
        Fixtures.record("D", "2024-04-01", status: .victim,
                        steps: [(.referral, "2024-04-02"), (.healthCare, "2024-04-04"), (.closure, "2024-12-01")]),
        // G: referral +10, VT after 30 days, closed on the last day of the year.
        Fixtures.record("G", "2024-06-10", steps: [(.referral, "2024-06-20"), (.closure, "2024-12-31")],
                        changedTo: .victim, changedOn: "2024-07-10"),
        // E: identified the year before, still open. F: opened and closed in 2023.
        Fixtures.record("E", "2023-12-20"),
        Fixtures.record("F", "2023-05-01", steps: [(.closure, "2023-08-01")]),
        // H: identified as not a victim in 2023, closed two weeks later.
        Fixtures.record("H", "2023-07-01", status: .notVictim, steps: [(.closure, "2023-07-15")]),
    ]

    @Test func countsAndMediansOfAYear() throws {
        let table = try CaseStatistics(try Fixtures.database(Self.records)).flow(period: .year(2024), asOf: Fixtures.day("2026-01-01"))
        #expect(table.columns.map(\.key) == ["measure", "value"])
        let expected: [(String, ResultTable.Cell)] = [
            ("identified", .integer(5)), ("identified_vmt", .integer(4)), ("vmt_became_vt", .integer(2)),
            ("vmt_became_not_victim", .integer(1)), ("vmt_still_vmt", .integer(1)), ("identified_vt", .integer(1)),
            ("identified_not_victim", .integer(0)),
            ("referred", .integer(5)), ("median_days_to_referral", .decimal(4)),          // 1 2 4 7 10
            ("served", .integer(3)), ("median_days_to_first_service", .decimal(10)),     // 3 10 20
            ("status_changed", .integer(3)), ("median_days_to_status_change", .decimal(30)), // 10 30 30
            ("open_at_end", .integer(2)),          // A, C (E is open but was identified in 2023; G closed on 31 Dec)
        ]
        for (measure, value) in expected { #expect(table.value("value", at: [measure]) == value, "\(measure)") }
    }

    @Test func mediansOfAnEvenNumberAreTheMeanOfTheMiddleTwo() throws {
        let table = try CaseStatistics(try Fixtures.database(Self.records)).flow(period: .quarter(1, of: 2024), asOf: Fixtures.day("2026-01-01"))
        #expect(table.value("value", at: ["median_days_to_referral"]) == .decimal(4))       // 2 4 7
        #expect(table.value("value", at: ["median_days_to_first_service"]) == .decimal(15)) // 10 20
        #expect(table.value("value", at: ["median_days_to_status_change"]) == .decimal(20)) // 10 30
        let empty = try CaseStatistics(try Fixtures.database(Self.records)).flow(period: .year(2020))
        #expect(empty.value("value", at: ["median_days_to_referral"]) == ResultTable.Cell.none)
    }

    @Test func asOfAnEarlierDayOnlyWhatHadHappenedByThenCounts() throws {
        let table = try CaseStatistics(try Fixtures.database(Self.records))
            .flow(period: .year(2024), asOf: Fixtures.day("2024-02-10"))
        // A and B only; B's change (11 Feb) and service (21 Feb) come after the day.
        let expected: [(String, ResultTable.Cell)] = [
            ("identified", .integer(2)), ("identified_vmt", .integer(2)), ("vmt_became_vt", .integer(1)),
            ("vmt_became_not_victim", .integer(0)), ("vmt_still_vmt", .integer(1)), ("identified_vt", .integer(0)),
            ("identified_not_victim", .integer(0)),
            ("referred", .integer(2)), ("median_days_to_referral", .decimal(3)),              // 2 4
            ("served", .integer(1)), ("median_days_to_first_service", .decimal(10)),         // 10
            ("status_changed", .integer(1)), ("median_days_to_status_change", .decimal(30)), // 30
            ("open_at_end", .integer(2)),                                                    // A, B
        ]
        for (measure, value) in expected { #expect(table.value("value", at: [measure]) == value, "\(measure)") }
    }

    @Test func everyRowIsAboutThePeriodsCasesAndTheyAddUp() throws {
        let statistics = CaseStatistics(try Fixtures.database(Self.records))
        // 2023: E (VMT, open), F (VMT, closed in August), H (not a victim, closed in July).
        let year = try statistics.flow(period: .year(2023), asOf: Fixtures.day("2026-01-01"))
        let expected: [(String, ResultTable.Cell)] = [
            ("identified", .integer(3)), ("identified_vmt", .integer(2)), ("identified_vt", .integer(0)),
            ("identified_not_victim", .integer(1)), ("vmt_still_vmt", .integer(2)), ("open_at_end", .integer(1)),
        ]
        for (measure, value) in expected { #expect(year.value("value", at: [measure]) == value, "\(measure)") }
        // The first quarter of 2024: A, B, C; open on 31 March: A and C (B closed 1 March), not E.
        let quarter = try statistics.flow(period: .quarter(1, of: 2024), asOf: Fixtures.day("2026-01-01"))
        #expect(quarter.value("value", at: ["open_at_end"]) == .integer(2))
        #expect(quarter.title.en == "Flow of the cases identified in 2024-Q1, as of 2024-03-31")
    }

    @Test func openCasesOnADay() throws {
        let database = try Fixtures.database(Self.records)
        #expect(try database.openCases(on: Fixtures.day("2023-06-01")) == 1)   // F
        #expect(try database.openCases(on: Fixtures.day("2023-12-31")) == 1)   // E
        #expect(try database.openCases(on: Fixtures.day("2024-03-01")) == 3)   // A, C, E (B closed that day)
        #expect(try database.openCases(on: Fixtures.day("2024-12-01")) == 4)   // A, C, E, G (D closed that day)
        var filter = CaseFilter()
        filter.statuses = [.victim]
        #expect(try database.openCases(on: Fixtures.day("2024-12-01"), filter: filter) == 2) // A, G
    }
}
