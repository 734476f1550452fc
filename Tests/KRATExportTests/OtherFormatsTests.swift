import Foundation
import KRATTestSupport
import Testing
import KRATCore
import KRATStorage
@testable import KRATExport

@Suite("Tables, HTCDS and organisational JSON")
struct OtherFormatsTests {
    let dir = TemporaryDirectory()

    static let table = ResultTable(
        title: Label(sq: "Rastet sipas statusit", en: "Cases by status"),
        columns: [.init(key: "status", label: Label(sq: "Statusi", en: "Status"), role: .dimension),
                  .init(key: "cases", label: Label(sq: "Raste", en: "Cases")),
                  .init(key: "share", label: Label(sq: "Përqindja", en: "Share"))],
        rows: [[.coded(CaseStatus.victim), .integer(12), .decimal(0.5)],
               [.coded(CaseStatus.notVictim), .suppressed, .none]],
        notes: [Label(sq: "Shënim", en: "Note")])

    @Test("a table as CSV: keys or labels in a language, codes for coded cells, suppressed as configured")
    func tableCSV() throws {
        let path = dir.path("t.csv")
        try ResultTableExporter().writeCSV(Self.table, toPath: path)
        #expect(dir.read(path) == "status,cases,share\r\nVT,12,0.5\r\nnot_victim,[c],\r\n")
        try ResultTableExporter(header: .labels(.sq), suppressedText: "<10").writeCSV(Self.table, toPath: path)
        #expect(dir.read(path) == "Statusi,Raste,Përqindja\r\nVT,12,0.5\r\nnot_victim,<10,\r\n")
    }

    @Test("a table as JSON: objects keyed by column key, suppressed as null; labelled form with title and notes")
    func tableJSON() throws {
        let rows = try JSONDecoder().decode([[String: JSONCell]].self, from: try ResultTableExporter().json(Self.table))
        #expect(rows == [["status": .string("VT"), "cases": .integer(12), "share": .decimal(0.5)],
                         ["status": .string("not_victim"), "cases": .null, "share": .null]])
        let labelled = try ResultTableExporter(header: .labels(.en)).json(Self.table)
        let object = try #require(try JSONSerialization.jsonObject(with: labelled) as? [String: Any])
        #expect(object["title"] as? String == "Cases by status")
        #expect((object["notes"] as? [String]) == ["Note"])
        #expect(((object["columns"] as? [[String: String]])?.map { $0["label"] ?? "" }) == ["Status", "Cases", "Share"])
    }

    @Test("HTCDS mapping of a redacted case")
    func htcds() throws {
        let record = CaseRecord(id: "KU-1", county: .kukes, municipality: nil, status: .victim,
                                identifiedOn: Day(year: 2023, month: 3, day: 1)!, identifiedBy: .statePolice, sex: .female,
                                citizenship: Citizenship(code: "AL"), exploitation: [.sexual, .begging], transnational: false,
                                ageAtIdentification: 15, steps: [SOPStep(.referral, on: Day(year: 2023, month: 3, day: 2)!)])
        let fields = HTCDSExporter.fields(of: record.redacted(pseudonym: nil))
        #expect(Dictionary(uniqueKeysWithValues: zip(HTCDSExporter.header, fields)) == [
            "prs_Gender": "Female", "prs_Nationality": "AL", "vic_TraffickingStatus": "ActualVictimOfTrafficking",
            "vic_TypeOfExploitation": "Both", "vic_TypeOfLabourExploitation": "Begging", "majorityStatus": "Minor",
            "x_krat_AgeBand": "12-17", "yearOfRegistration": "2023", "x_krat_Referred": "true", "hte_Type": "Exploitation",
            "hte_Country": "AL", "x_krat_Region": "AL-07", "x_krat_Exploitation": "sexual;begging",
        ])
        let database = try Fixtures.database(count: 50)
        #expect(try HTCDSExporter.export(from: database, toPath: dir.path("h.csv")) == 50)
    }

    @Test("organisational records: encode, decode, equal; every invalid record reported with its index")
    func organisationJSON() throws {
        let day = Day(year: 2024, month: 3, day: 10)!
        let activity = AwarenessActivity(county: .kukes, title: "Takim me nxënësit", theme: "Trafikimi i qenieve njerëzore",
                                         date: day, place: "Kukës", organiserID: 1)
        let path = dir.path("calendar.json")
        try OrganisationJSON.write([activity, activity], toPath: path)
        #expect(try OrganisationJSON.readAwarenessActivities(fromPath: path) == [activity, activity])

        let plan = ActionPlanBundle(
            plan: ActionPlan(id: 1, county: .kukes, year: 2024, title: "Plani i Veprimit 2024"),
            objectives: [Objective(id: 10, planID: 1, pillar: .prevention, title: "Parandalimi")],
            activities: [PlannedActivity(id: 100, objectiveID: 10, title: "Fushatë", responsibleInstitutionID: 1, deadline: day)],
            indicators: [Indicator(id: 1000, objectiveID: 10, name: "Nxënës të informuar", unit: "persona", baseline: 0,
                                   target: 500, targetDate: day)],
            measurements: [IndicatorMeasurement(indicatorID: 1000, period: .year(2024), value: 120)])
        let plans = dir.path("plans.json")
        try OrganisationJSON.write([plan], toPath: plans)
        #expect(try OrganisationJSON.readActionPlans(fromPath: plans) == [plan])

        var broken = plan
        broken.activities[0].objectiveID = 99
        try OrganisationJSON.write([plan, broken], toPath: plans)
        #expect(throws: OrganisationJSONError.invalid(problems: [
            "\(plans): [1]: activities[0].objective_id: 99 is not the id of an objective in this plan"])) {
            try OrganisationJSON.readActionPlans(fromPath: plans)
        }

        let meeting = Meeting(committeeID: 1, kind: .technicalTable, date: day, place: "Prefektura", chair: "Prefekti")
        let meetings = dir.path("meetings.json")
        try OrganisationJSON.write([meeting], toPath: meetings)
        #expect(try OrganisationJSON.readMeetings(fromPath: meetings) == [meeting])

        let bad = dir.write("bad.json", "[{\"county\": \"kukes\"}]")
        #expect(throws: OrganisationJSONError.self) { try OrganisationJSON.readMeetings(fromPath: bad) }
    }
}
