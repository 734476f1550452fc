import Foundation
import GRDB
import KRATCore
@testable import KRATStorage
import Testing

@Suite("Organisational stores: validation, roles and queries")
struct OrganisationQueryTests {
    // MARK: - All or nothing

    @Test func invalidValuesLeaveTheDatabaseUnchanged() throws {
        let f = try OrganisationFixture()
        let stored = try f.db.insert(f.meeting(on: "2023-03-15"))
        var blankChair = f.meeting(on: "2023-06-15")
        blankChair.chair = " "
        #expect(throws: StorageError.self) { try f.db.insert(blankChair) }
        let error = storageError { () throws(StorageError) in try f.db.insert(blankChair) }
        guard case let .invalid(what, issues)? = error else { Issue.record("expected invalid, got \(String(describing: error))"); return }
        #expect(what.contains("2023-06-15"))
        #expect(issues.map(\.field) == ["chair"])
        var broken = stored
        broken.agenda = ["", "Të ndryshme"]
        #expect(throws: StorageError.self) { try f.db.update(broken) }
        #expect(try f.db.meeting(id: stored.id!) == stored)
        #expect(try f.db.meetings(in: .year(2023)).count == 1)

        let badIndicator = Indicator(objectiveID: 1, name: "x", unit: "y", baseline: 5, target: 3, targetDate: d("2023-12-31"))
        #expect(throws: StorageError.self) { try f.db.insert(badIndicator) }
        #expect(try f.count("indicator") == 0)
    }

    @Test func aFailingChildRollsBackTheWholeWrite() throws {
        let f = try OrganisationFixture()
        var meeting = f.meeting(on: "2023-03-15")
        meeting.attendees.append(Attendee(institutionID: 9_999, person: "Nuk ekziston"))
        #expect(throws: StorageError.self) { try f.db.insert(meeting) }
        #expect(try f.count("meeting") == 0)
        #expect(try f.count("meeting_attendee") == 0)

        let stored = try f.db.insert(f.meeting(on: "2023-03-15"))
        var changed = stored
        changed.agenda = ["E re"]
        changed.decisions = [Decision(text: "Pronar i panjohur", ownerInstitutionID: 9_999)]
        #expect(throws: StorageError.self) { try f.db.update(changed) }
        #expect(try f.db.meeting(id: stored.id!) == stored)
    }

    @Test func otherCountiesAndMissingRecordsAreRefused() throws {
        let f = try OrganisationFixture()
        #expect(throws: StorageError.self) {
            try f.db.insert(Committee(county: .durres, kind: .krat, name: "KRAT Durrës"))
        }
        #expect(throws: StorageError.notFound(what: "meeting 42")) { try f.db.deleteMeeting(id: 42) }
        var ghost = f.committee
        ghost.id = 77
        #expect(throws: StorageError.notFound(what: "committee 77")) { try f.db.update(ghost) }
        #expect(throws: StorageError.self) {
            try f.db.insert(PlannedActivity(objectiveID: 5, title: "x", responsibleInstitutionID: f.police, deadline: d("2023-01-01")))
        }
    }

    @Test func analystsCannotWrite() throws {
        let db = try KRATDatabase.inMemory(scope: .county(.kukes), role: .analyst)
        #expect(throws: StorageError.notPermitted(role: .analyst, action: "storing committee 'KRAT Kukës'", requires: .secretary)) {
            try db.insert(Committee(county: .kukes, kind: .krat, name: "KRAT Kukës"))
        }
        #expect(try db.committees().isEmpty)
        #expect(try db.institutions(kind: .municipality).count == 3)
    }

    @Test func aReferencedInstitutionCannotBeDeletedAndCommitteesCascade() throws {
        let f = try OrganisationFixture()
        try f.db.insert(Membership(committeeID: f.committee.id!, institutionID: f.police, joined: d("2020-01-01")))
        try f.db.insert(f.meeting(on: "2023-03-15"))
        let error = storageError { () throws(StorageError) in try f.db.deleteInstitution(id: f.police) }
        guard case let .invalid(_, issues)? = error else { Issue.record("expected invalid, got \(String(describing: error))"); return }
        #expect(issues.first?.message.contains("1 memberships, 1 meeting attendees") == true)
        try f.db.deleteCommittee(id: f.committee.id!)
        #expect(try f.count("membership") + f.count("meeting") + f.count("meeting_attendee") == 0)
        try f.db.deleteInstitution(id: f.police)
    }

    // MARK: - Queries

    @Test func institutionsByKind() throws {
        let f = try OrganisationFixture()
        #expect(try f.db.institutions(kind: .municipality).map(\.name) == ["Bashkia Has", "Bashkia Kukës", "Bashkia Tropojë"])
        #expect(try f.db.institutions().count == 6)
        #expect(try f.db.institutions().first?.kind == .prefecture)
    }

    @Test func membershipsActiveOnADayAndOneChairAtATime() throws {
        let f = try OrganisationFixture()
        let id = f.committee.id!
        try f.db.insert(Membership(committeeID: id, institutionID: f.prefecture, role: .chair, joined: d("2019-01-01"),
                                   left: d("2021-09-01")))
        try f.db.insert(Membership(committeeID: id, institutionID: f.prefecture, role: .chair, joined: d("2021-09-01")))
        try f.db.insert(Membership(committeeID: id, institutionID: f.police, joined: d("2023-10-12")))
        #expect(throws: StorageError.self) {
            try f.db.insert(Membership(committeeID: id, institutionID: f.socialService, role: .chair, joined: d("2022-01-01")))
        }
        #expect(try f.db.memberships(committeeID: id).count == 3)
        #expect(try f.db.memberships(committeeID: id, activeOn: d("2021-08-31")).map(\.joined) == [d("2019-01-01")])
        #expect(try f.db.memberships(committeeID: id, activeOn: d("2023-10-11")).map(\.joined) == [d("2021-09-01")])
        #expect(try f.db.memberships(committeeID: id, activeOn: d("2023-10-12")).count == 2)
    }

    @Test func meetingsInAPeriodAndOpenDecisions() throws {
        let f = try OrganisationFixture()
        try f.db.insert(f.meeting(on: "2023-01-10", decisions: [
            Decision(text: "A: open", ownerInstitutionID: f.police, due: d("2023-02-10")),
            Decision(text: "B: done 1 March", ownerInstitutionID: f.police, status: .done, closedOn: d("2023-03-01")),
            Decision(text: "C: dropped, day unknown", ownerInstitutionID: f.police, status: .dropped),
        ]))
        try f.db.insert(f.meeting(on: "2023-03-31", decisions: [Decision(text: "D: open", ownerInstitutionID: f.police)]))
        try f.db.insert(f.meeting(on: "2023-04-01"))
        let q1 = try f.db.meetings(in: .quarter(1, of: 2023))
        #expect(q1.map(\.date) == [d("2023-01-10"), d("2023-03-31")])
        #expect(q1.first?.attendees.count == 2 && q1.first?.decisions.count == 3)
        #expect(try f.db.openDecisions(on: d("2023-02-28")).map(\.decision.text) == ["A: open", "B: done 1 March"])
        #expect(try f.db.openDecisions(on: d("2023-03-01")).map(\.decision.text) == ["A: open"])
        let april = try f.db.openDecisions(on: d("2023-04-02"))
        #expect(april.map(\.decision.text) == ["A: open", "D: open"])
        #expect(april.last?.meetingDate == d("2023-03-31") && april.last?.index == 0)
    }

    @Test func actionPlanForAYearWithEverythingUnderIt() throws {
        let f = try OrganisationFixture()
        let plan = try f.db.insert(ActionPlan(county: .kukes, year: 2023, title: "Plani 2023"))
        try f.db.insert(ActionPlan(county: .kukes, year: 2024, title: "Plani 2024"))
        let first = try f.db.insert(Objective(planID: plan.id!, pillar: .protection, title: "O1"))
        let second = try f.db.insert(Objective(planID: plan.id!, pillar: .prevention, title: "O2"))
        for deadline in ["2023-09-30", "2023-03-31"] {
            try f.db.insert(PlannedActivity(objectiveID: first.id!, title: deadline, responsibleInstitutionID: f.police,
                                            deadline: d(deadline)))
        }
        let indicator = try f.db.insert(Indicator(objectiveID: second.id!, name: "Aktivitete", unit: "aktivitete",
                                                  baseline: 0, target: 20, targetDate: d("2023-12-31")))
        for quarter in 1...3 {
            try f.db.insert(IndicatorMeasurement(indicatorID: indicator.id!, period: .quarter(quarter, of: 2023), value: 5))
        }
        let detail = try #require(try f.db.actionPlan(year: 2023))
        #expect(detail.plan == plan)
        #expect(detail.objectives.map(\.objective.title) == ["O1", "O2"])
        #expect(detail.activities.map(\.title) == ["2023-03-31", "2023-09-30"])
        #expect(detail.indicators == [indicator])
        #expect(try f.db.actionPlan(year: 2022) == nil)
        #expect(try f.db.actionPlans().map(\.year) == [2023, 2024])
        #expect(try f.db.measurements(indicatorID: indicator.id!).count == 3)
        #expect(try f.db.measurements(indicatorID: indicator.id!, endingIn: .month(6, of: 2023)).map(\.period)
                == [.quarter(2, of: 2023)])
    }

    @Test func awarenessActivitiesInAPeriod() throws {
        let f = try OrganisationFixture()
        for (date, national) in [("2023-07-30", true), ("2023-10-01", true), ("2023-10-18", false), ("2023-11-01", true)] {
            try f.db.insert(AwarenessActivity(county: .kukes, title: date, theme: "Tema", date: d(date),
                                              organiserID: f.prefecture, nationalCalendar: national))
        }
        #expect(try f.db.awarenessActivities(in: .month(10, of: 2023)).map(\.title) == ["2023-10-01", "2023-10-18"])
        #expect(try f.db.awarenessActivities(in: .year(2023), nationalCalendarOnly: true).count == 3)
    }

    // MARK: - No victim data

    @Test func organisationalTablesHoldNoVictimData() throws {
        let f = try OrganisationFixture()
        let personal = ["personal", "pseudonym", "birth", "phone", "address", "case"]
        try f.db.read("inspecting") { db in
            for table in OrganisationViews.allTables {
                #expect(try db.tableExists(table), "missing table \(table)")
                let columns = try db.columns(in: table).map(\.name)
                #expect(!columns.contains { column in personal.contains { column.contains($0) } }, "\(table): \(columns)")
                let targets = try db.foreignKeys(on: table).map(\.destinationTable)
                #expect(!targets.contains { $0.hasPrefix("case") }, "\(table) refers to cases")
            }
        }
    }
}

/// The storage error `body` throws, or nil when it succeeds.
func storageError(_ body: () throws(StorageError) -> Void) -> StorageError? {
    do {
        try body()
        return nil
    } catch {
        return error
    }
}
