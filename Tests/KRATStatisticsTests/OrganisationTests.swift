import Testing
import KRATCore
import KRATStatistics

@Suite struct OrganisationTests {
    func d(_ text: String) -> Day { Fixtures.day(text) }

    // MARK: - Indicator progress

    func indicatorRecords() -> OrganisationRecords {
        OrganisationRecords(
            objectives: [Objective(id: 1, planID: 1, pillar: .prevention, title: "Awareness"),
                         Objective(id: 2, planID: 1, pillar: .protection, title: "Legal assistance")],
            indicators: [
                Indicator(id: 11, objectiveID: 2, name: "Victims assisted", unit: "persona", baseline: 0, target: 100,
                          targetDate: d("2024-12-31")),
                Indicator(id: 12, objectiveID: 1, name: "Children in street situations", unit: "fëmijë", baseline: 40,
                          target: 20, targetDate: d("2024-12-31"), direction: .lowerIsBetter, accumulation: .level),
            ],
            measurements: [
                IndicatorMeasurement(indicatorID: 11, period: .quarter(4, of: 2023), value: 5),
                IndicatorMeasurement(indicatorID: 11, period: .quarter(1, of: 2024), value: 20),
                IndicatorMeasurement(indicatorID: 11, period: .quarter(2, of: 2024), value: 30),
                IndicatorMeasurement(indicatorID: 11, period: .quarter(3, of: 2024), value: 99), // not ended yet
                IndicatorMeasurement(indicatorID: 12, period: .month(12, of: 2023), value: 38),
                IndicatorMeasurement(indicatorID: 12, period: .month(3, of: 2024), value: 35),
                IndicatorMeasurement(indicatorID: 12, period: .month(6, of: 2024), value: 33),
            ])
    }

    @Test func indicatorProgressByHand() throws {
        let table = IndicatorProgress.table(indicatorRecords(), asOf: d("2024-06-30"), start: d("2024-01-01"))
        // Protection comes before prevention in the strategy's order.
        #expect(table.column("pillar").compactMap(\.code) == ["protection", "prevention"])
        let assisted = table.rows[0], street = table.rows[1]
        func number(_ row: [ResultTable.Cell], _ key: String) -> Double { row[table.columnIndex(key) ?? 0].number ?? .nan }
        // 181 of 365 days from 1 January to 30 June 2024 (the target is due 31 December).
        #expect(number(assisted, "value") == 55)
        #expect(number(assisted, "year_to_date") == 50)
        #expect(abs(number(assisted, "expected") - 100.0 * 181 / 365) < 1e-9)
        #expect(number(assisted, "progress") == 0.55)
        #expect(assisted[table.columnIndex("track") ?? 0] == .coded(TrackStatus.onTrack))
        #expect(number(street, "value") == 33)
        #expect(number(street, "year_to_date") == -5)
        #expect(abs(number(street, "expected") - (40 - 20.0 * 181 / 365)) < 1e-9)
        #expect(abs(number(street, "progress") - 0.35) < 1e-9)
        #expect(street[table.columnIndex("track") ?? 0] == .coded(TrackStatus.offTrack))
    }

    @Test func theExpectationIsForTheDayTheLatestMeasurementCovers() throws {
        // On 15 August the third quarter has not ended: the values still stand on 30 June,
        // and so must the expectation (181 days of 365), not 15 August (227 days).
        let table = IndicatorProgress.table(indicatorRecords(), asOf: d("2024-08-15"), start: d("2024-01-01"))
        let assisted = table.rows[0], street = table.rows[1]
        func cell(_ row: [ResultTable.Cell], _ key: String) -> ResultTable.Cell { row[table.columnIndex(key) ?? 0] }
        #expect(cell(assisted, "value") == .decimal(55))
        #expect(cell(assisted, "measured_to") == .text("2024-06-30"))
        let assistedExpected: Double = 100.0 * 181 / 365
        #expect(abs((cell(assisted, "expected").number ?? .nan) - assistedExpected) < 1e-9)
        #expect(cell(assisted, "track") == .coded(TrackStatus.onTrack))   // 55 ≥ 49.6 (against 62.2 on 15 August)
        #expect(cell(street, "measured_to") == .text("2024-06-30"))
        let streetExpected: Double = 40 - 20.0 * 181 / 365
        #expect(abs((cell(street, "expected").number ?? .nan) - streetExpected) < 1e-9)
    }

    // MARK: - Institution performance

    static let police = Institution(id: 1, name: "Policia e Qarkut", kind: .statePolice, county: .kukes)
    static let municipality = Institution(id: 2, name: "Bashkia Kukës", kind: .municipality, county: .kukes)
    static let caritas = Institution(id: 3, name: "Caritas", kind: .ngo, county: .kukes)

    func performanceRecords() -> OrganisationRecords {
        let meetings = [
            Meeting(committeeID: 10, kind: .technicalTable, date: d("2023-03-01"), place: "", chair: "",
                    attendees: [Attendee(institutionID: 1, person: "P")]),
            Meeting(committeeID: 10, kind: .technicalTable, date: d("2023-09-01"), place: "", chair: "",
                    attendees: [Attendee(institutionID: 1, person: "P"), Attendee(institutionID: 2, person: "M")],
                    decisions: [Decision(text: "x", ownerInstitutionID: 1, due: d("2023-10-01"), status: .done, closedOn: d("2023-10-01"))]),
            Meeting(committeeID: 10, kind: .technicalTable, date: d("2023-12-01"), place: "", chair: "",
                    attendees: [Attendee(institutionID: 2, person: "M")]),
            Meeting(committeeID: 10, kind: .technicalTable, date: d("2024-03-01"), place: "", chair: "",
                    attendees: [Attendee(institutionID: 1, person: "P"), Attendee(institutionID: 2, person: "M")],
                    decisions: [
                        Decision(text: "a", ownerInstitutionID: 1, due: d("2024-04-01"), status: .done, closedOn: d("2024-03-25")),
                        Decision(text: "b", ownerInstitutionID: 2, due: d("2024-05-01"), status: .done, closedOn: d("2024-06-01")),
                        Decision(text: "c", ownerInstitutionID: 1, due: d("2024-06-01"), status: .dropped, closedOn: d("2024-05-01")),
                        Decision(text: "d", ownerInstitutionID: 2),
                    ]),
            Meeting(committeeID: 10, kind: .technicalTable, date: d("2024-09-01"), place: "", chair: "",
                    attendees: [Attendee(institutionID: 1, person: "P")],
                    decisions: [Decision(text: "e", ownerInstitutionID: 1, due: d("2024-10-01"))]),
        ]
        let activities = [
            PlannedActivity(objectiveID: 1, title: "a", responsibleInstitutionID: 1, deadline: d("2023-03-31"), status: .done, completedOn: d("2023-03-30")),
            PlannedActivity(objectiveID: 1, title: "b", responsibleInstitutionID: 1, deadline: d("2023-09-30"), status: .done, completedOn: d("2023-10-05")),
            PlannedActivity(objectiveID: 1, title: "c", responsibleInstitutionID: 1, deadline: d("2024-06-30"), status: .done, completedOn: d("2024-06-01")),
            PlannedActivity(objectiveID: 1, title: "d", responsibleInstitutionID: 1, deadline: d("2024-07-31"), status: .done, completedOn: d("2024-07-31")),
            PlannedActivity(objectiveID: 1, title: "e", responsibleInstitutionID: 1, deadline: d("2024-10-31"), status: .cancelled),
            PlannedActivity(objectiveID: 1, title: "f", responsibleInstitutionID: 1, deadline: d("2024-11-30"), status: .planned),
            PlannedActivity(objectiveID: 1, title: "g", responsibleInstitutionID: 2, deadline: d("2024-05-01"), status: .done, completedOn: d("2024-05-01")),
        ]
        func report(_ day: String) -> ActivityReport { ActivityReport(sentOn: d(day), purpose: "p", theme: "t") }
        let awareness = [
            AwarenessActivity(county: .kukes, title: "a", theme: "t", date: d("2023-10-18"), organiserID: 1, report: report("2023-10-19")),
            AwarenessActivity(county: .kukes, title: "b", theme: "t", date: d("2023-07-30"), organiserID: 1, report: report("2023-08-05")),
            AwarenessActivity(county: .kukes, title: "c", theme: "t", date: d("2024-10-18"), organiserID: 1, report: report("2024-10-18")),
        ]
        return OrganisationRecords(
            institutions: [Self.police, Self.municipality, Self.caritas],
            memberships: [Membership(committeeID: 10, institutionID: 1, joined: d("2020-01-01")),
                          Membership(committeeID: 10, institutionID: 2, joined: d("2023-07-01"))],
            meetings: meetings, activities: activities, awareness: awareness)
    }

    @Test func institutionPerformanceYearOverYearByHand() {
        let table = InstitutionPerformance.table(
            performanceRecords(), previousYear: 2023, currentYear: 2024, asOf: d("2024-12-31"),
            casesIdentified: [2023: [.statePolice: 12, .municipality: 3], 2024: [.statePolice: 15]])
        #expect(table.columns.map(\.key) == ["institution", "measure", "previous", "current", "change"])
        // Caritas is no member; the cases of each member kind come on rows of their own.
        #expect(Set(table.column("institution").compactMap(\.code)) == ["1", "2", "kind:municipality", "kind:state_police"])
        #expect(table.rows.first?.first?.code == "2") // Bashkia before Policia
        func row(_ institution: String, _ measure: PerformanceMeasure) -> [ResultTable.Cell] {
            Array(table.rows.first { $0[0].code == institution && $0[1].code == measure.code }?.dropFirst(2) ?? [])
        }
        #expect(row("1", .activitiesOnTimePct) == [.decimal(50), .decimal(66.7), .decimal(16.7)])
        #expect(row("2", .activitiesOnTimePct) == [.none, .decimal(100), .none])
        #expect(row("1", .reportsOnTimePct) == [.decimal(50), .decimal(100), .decimal(50)])
        #expect(row("2", .reportsOnTimePct) == [.none, .none, .none])
        #expect(row("1", .attendancePct) == [.decimal(66.7), .decimal(100), .decimal(33.3)])
        #expect(row("2", .attendancePct) == [.decimal(100), .decimal(50), .decimal(-50)])
        #expect(row("1", .decisionsOnTimePct) == [.decimal(100), .decimal(50), .decimal(-50)])
        #expect(row("2", .decisionsOnTimePct) == [.none, .decimal(0), .none])
        // Cases are counted once per kind of member institution, not on each institution.
        #expect(row("kind:state_police", .casesIdentified) == [.integer(12), .integer(15), .integer(3)])
        #expect(row("kind:municipality", .casesIdentified) == [.integer(3), .integer(0), .integer(-3)])
        #expect(row("1", .casesIdentified).isEmpty)

        let published = InstitutionPerformance.table(
            performanceRecords(), previousYear: 2023, currentYear: 2024, asOf: d("2024-12-31"),
            casesIdentified: [2023: [.statePolice: 12, .municipality: 3], 2024: [.statePolice: 15]],
            suppression: SmallCountSuppression(threshold: 10))
        func publishedRow(_ institution: String) -> [ResultTable.Cell] {
            Array(published.rows.first { $0[0].code == institution && $0[1].code == "cases_identified" }?.dropFirst(2) ?? [])
        }
        #expect(publishedRow("kind:state_police") == [.integer(12), .integer(15), .integer(3)])
        #expect(publishedRow("kind:municipality") == [.suppressed, .integer(0), .suppressed])
    }

    @Test func twoInstitutionsOfAKindShareOneCountOfCases() {
        var records = performanceRecords()
        records.institutions.append(Institution(id: 4, name: "Komisariati Has", kind: .statePolice, county: .kukes))
        records.memberships.append(Membership(committeeID: 10, institutionID: 4, joined: d("2024-02-01")))
        let table = InstitutionPerformance.table(
            records, previousYear: 2023, currentYear: 2024, asOf: d("2024-12-31"),
            casesIdentified: [2023: [.statePolice: 12, .municipality: 3], 2024: [.statePolice: 15]])
        let cases = table.rows.filter { $0[1].code == "cases_identified" }
        // Two kinds among the three members (two police, one municipality): two rows, 12 → 15 once.
        #expect(cases.map { $0[0].code } == ["kind:municipality", "kind:state_police"])
        #expect(cases.filter { $0[3] == .integer(15) }.count == 1)
        #expect(table.rows.filter { $0[0].code == "4" }.map { $0[1].code } == PerformanceMeasure.perInstitution.map(\.code))
    }

    // MARK: - Awareness calendar

    @Test func awarenessComplianceByOrganiserByHand() {
        func report(_ day: String) -> ActivityReport { ActivityReport(sentOn: d(day), purpose: "p", theme: "t") }
        var moved = AwarenessActivity(county: .kukes, title: "c", theme: "t", date: d("2024-05-10"), organiserID: 1,
                                      notices: [ActivityNotice(sentOn: d("2024-05-01"), forDate: d("2024-05-10"))],
                                      report: report("2024-05-20"))
        moved.reschedule(to: d("2024-05-15"))
        let activities = [
            AwarenessActivity(county: .kukes, title: "a", theme: "t", date: d("2024-10-18"), organiserID: 1,
                              notices: [ActivityNotice(sentOn: d("2024-10-16"), forDate: d("2024-10-18"))],
                              report: report("2024-10-18")),
            AwarenessActivity(county: .kukes, title: "b", theme: "t", date: d("2024-07-30"), organiserID: 1,
                              notices: [ActivityNotice(sentOn: d("2024-07-30"), forDate: d("2024-07-30"))]),
            moved,
            AwarenessActivity(county: .kukes, title: "d", theme: "t", date: d("2024-06-01"), organiserID: 1, cancelled: true),
            AwarenessActivity(county: .kukes, title: "e", theme: "t", date: d("2024-11-01"), organiserID: 3,
                              notices: [ActivityNotice(sentOn: d("2024-10-25"), forDate: d("2024-11-01"))],
                              report: report("2024-11-02")),
            AwarenessActivity(county: .kukes, title: "f", theme: "t", date: d("2023-11-01"), organiserID: 3),
        ]
        let records = OrganisationRecords(institutions: [Self.police, Self.caritas], awareness: activities)
        let table = AwarenessCalendarCompliance.table(records, period: .year(2024), asOf: d("2024-12-31"))
        #expect(table.columns.map(\.key) == ["organiser", "activities", "cancelled", "notice_on_time", "notice_late",
                                             "notice_missing", "changed_without_notice", "report_on_time", "report_late",
                                             "report_missing", "compliant"])
        #expect(table.column("organiser").compactMap(\.code) == ["3", "1", "total"])
        #expect(table.rows[0].dropFirst().compactMap(\.integer) == [1, 0, 1, 0, 0, 0, 1, 0, 0, 1])
        #expect(table.rows[1].dropFirst().compactMap(\.integer) == [4, 1, 1, 1, 1, 1, 1, 1, 1, 2])
        #expect(table.rows[2].dropFirst().compactMap(\.integer) == [5, 1, 2, 1, 1, 1, 2, 1, 1, 3])
    }
}
