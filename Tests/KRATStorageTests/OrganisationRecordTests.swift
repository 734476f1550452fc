import Foundation
import KRATCore
@testable import KRATStorage
import Testing

/// What every organisational store does the same way, now that they share one path
/// through GRDB records: the names in their messages, refusals, ids and children.
@Suite("Organisational stores: one way for every table")
struct OrganisationRecordTests {
    @Test func everyStoreNamesAMissingRowTheSameWay() throws {
        let db = try OrganisationFixture().db
        let deletions: [(String, (Int64) throws(StorageError) -> Void)] = [
            ("institution", db.deleteInstitution), ("committee", db.deleteCommittee),
            ("membership", db.deleteMembership), ("meeting", db.deleteMeeting), ("strategy", db.deleteStrategy),
            ("action plan", db.deleteActionPlan), ("objective", db.deleteObjective),
            ("planned activity", db.deletePlannedActivity), ("indicator", db.deleteIndicator),
            ("measurement", db.deleteIndicatorMeasurement), ("awareness activity", db.deleteAwarenessActivity),
        ]
        for (label, delete) in deletions {
            #expect(throws: StorageError.notFound(what: "\(label) 999")) { try delete(999) }
        }
        // A value that refers to a row that is not there names that row.
        #expect(throws: StorageError.notFound(what: "action plan 999")) {
            try db.insert(Objective(planID: 999, pillar: .prevention, title: "x"))
        }
        #expect(throws: StorageError.notFound(what: "indicator 999")) {
            try db.insert(IndicatorMeasurement(indicatorID: 999, period: .year(2023), value: 1))
        }
    }

    @Test func anUnsavedValueCannotBeUpdatedAndAMissingOneIsNamedByItsID() throws {
        let f = try OrganisationFixture()
        let plan = ActionPlan(county: .kukes, year: 2023, title: "Plani 2023")
        let error = storageError { () throws(StorageError) in try f.db.update(plan) }
        guard case let .invalid(what, issues)? = error else { Issue.record("expected invalid, got \(String(describing: error))"); return }
        #expect(what == "action plan 2023")
        #expect(issues.map(\.field) == ["id"])
        var ghost = plan
        ghost.id = 55
        #expect(throws: StorageError.notFound(what: "action plan 55")) { try f.db.update(ghost) }
        #expect(try f.count("action_plan") == 0)
    }

    @Test func insertGivesANewIDEvenToAValueThatHasOne() throws {
        let f = try OrganisationFixture()
        let first = try f.db.insert(Strategy(title: Label(sq: "Strategjia", en: "Strategy"), firstYear: 2021, lastYear: 2023))
        var copy = first
        copy.title = Label(sq: "Strategjia e re", en: "New strategy")
        let second = try f.db.insert(copy)
        #expect(second.id != first.id)
        #expect(try f.db.strategies().map(\.title.en) == ["Strategy", "New strategy"])
    }

    @Test func updateReplacesTheChildrenAndKeepsOtherRows() throws {
        let f = try OrganisationFixture()
        let kept = try f.db.insert(f.meeting(on: "2023-02-01"))
        var meeting = try f.db.insert(f.meeting(on: "2023-03-15", decisions: [Decision(text: "A", ownerInstitutionID: f.police)]))
        meeting.attendees = [Attendee(institutionID: f.socialService, person: "Drita Marku")]
        meeting.agenda = ["Vetëm një pikë"]
        meeting.decisions = []
        try f.db.update(meeting)
        #expect(try f.db.meeting(id: meeting.id!) == meeting)
        #expect(try f.db.meeting(id: kept.id!) == kept)
        #expect(try f.count("meeting_attendee") == 3)
        #expect(try f.count("agenda_item") == 3)
        #expect(try f.count("decision") == 0)
    }

    @Test func aSecondChairOverTheSameDaysIsRefusedOnInsertAndUpdate() throws {
        let f = try OrganisationFixture()
        let committee = try #require(f.committee.id)
        try f.db.insert(Membership(committeeID: committee, institutionID: f.prefecture, role: .chair, joined: d("2022-01-01")))
        let member = try f.db.insert(Membership(committeeID: committee, institutionID: f.police, role: .member,
                                                joined: d("2023-01-01")))
        var chair = member
        chair.role = .chair
        let error = storageError { () throws(StorageError) in try f.db.update(chair) }
        guard case let .invalid(what, issues)? = error else { Issue.record("expected invalid, got \(String(describing: error))"); return }
        #expect(what == "membership \(member.id!)")
        #expect(issues.map(\.field) == ["role"])
        #expect(throws: StorageError.self) {
            try f.db.insert(Membership(committeeID: committee, institutionID: f.socialService, role: .chair, joined: d("2024-01-01")))
        }
        #expect(try f.db.memberships(committeeID: committee).map(\.role) == [.chair, .member])
    }

    @Test func aRowThatCannotBeReadBackIsNamedWithItsColumn() throws {
        let f = try OrganisationFixture()
        let committee = try #require(f.committee.id)
        let member = try f.db.insert(Membership(committeeID: committee, institutionID: f.police, joined: d("2023-01-01")))
        let plan = try f.db.insert(ActionPlan(county: .kukes, year: 2023, title: "Plani 2023"))
        let objective = try f.db.insert(Objective(planID: plan.id!, pillar: .prevention, title: "Ndërgjegjësim"))
        let indicator = try f.db.insert(Indicator(objectiveID: objective.id!, name: "Takime", unit: "takime", baseline: 0,
                                                  target: 10, targetDate: d("2023-12-31")))
        let measurement = try f.db.insert(IndicatorMeasurement(indicatorID: indicator.id!, period: .year(2023), value: 4))
        try f.db.writer.write { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE membership SET role = 'boss' WHERE id = ?", arguments: [member.id!])
            try db.execute(sql: "UPDATE indicator_measurement SET period = 'someday' WHERE id = ?", arguments: [measurement.id!])
            try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
        }
        #expect(throws: StorageError.corrupt(what: "membership \(member.id!): column role")) {
            try f.db.membership(id: member.id!)
        }
        #expect(throws: StorageError.corrupt(what: "measurement \(measurement.id!): period 'someday'")) {
            try f.db.indicatorMeasurement(id: measurement.id!)
        }
    }
}
