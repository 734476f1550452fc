import Foundation
import KRATCore
import KRATCommands
import KRATShell
import KRATTestSupport
import KRATStorage
import Testing

/// `plan`, `indicators`, `performance`, `calendar`, `meetings`, `decisions open`,
/// `institutions` and `committee` over the fixture, in table and JSON mode.
@Suite struct OrganisationCommandTests {
    let today = DomainFixture.today
    let lastYear = DomainFixture.today.year - 1

    @Test func planListsEveryActivityOfTheYear() throws {
        let (shell, database) = try DomainFixture.shell()
        let detail = try #require(try database.actionPlan(year: lastYear))
        let rows = try DomainFixture.rows(shell, "plan \(lastYear)")
        let expected = detail.objectives.map { max(1, $0.activities.count) }.reduce(0, +)
        #expect(rows.count == expected)
        #expect(rows.allSatisfy { Set($0.keys) == ["pillar", "objective", "activity", "responsible", "deadline",
                                                     "status", "completed_on", "overdue"] })
        #expect(Set(rows.compactMap { $0.string("pillar") }).isSubset(of: Pillar.codes))
        let done = rows.filter { $0.string("status") == "done" }.count
        #expect(done == detail.activities.filter { $0.status == .done }.count)
        let table = DomainFixture.output(shell, "plan")
        #expect(table.contains("Regional action plan \(today.year)"))
    }

    @Test func indicatorsOfThePlan() throws {
        let (shell, database) = try DomainFixture.shell()
        let detail = try #require(try database.actionPlan(year: lastYear))
        let rows = try DomainFixture.rows(shell, "indicators \(lastYear)")
        #expect(rows.count == detail.indicators.count)
        #expect(rows.allSatisfy { ["on_track", "off_track"].contains($0.string("track") ?? "") })
        // A past year is judged at its end.
        #expect(DomainFixture.output(shell, "indicators \(lastYear)").contains("as of \(lastYear)-12-31"))
        #expect(DomainFixture.output(shell, "indicators").contains("as of \(today)"))
    }

    @Test func performanceYearOverYearCountsTheCasesOfEachKind() throws {
        let (shell, database) = try DomainFixture.shell()
        let rows = try DomainFixture.rows(shell, "performance \(lastYear) \(lastYear - 1)")
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { Set($0.keys) == ["institution", "measure", "previous", "current", "change"] })
        let casesRows = rows.filter { $0.string("measure") == "cases_identified" }
        #expect(!casesRows.isEmpty)
        // One row per kind, never the kind's count on each of its institutions.
        #expect(Set(casesRows.compactMap { $0.string("institution") }).count == casesRows.count)
        for row in casesRows {
            let code = try #require(row.string("institution"))
            #expect(code.hasPrefix("kind:"))
            let kind = try #require(InstitutionKind(code: String(code.dropFirst("kind:".count))))
            #expect(row.int("current") == (try DomainFixture.count(database, .year(lastYear), ["identified_by": kind.code])))
            #expect(row.int("previous") == (try DomainFixture.count(database, .year(lastYear - 1), ["identified_by": kind.code])))
        }
        #expect(DomainFixture.output(shell, "performance \(lastYear - 1) \(lastYear)").contains("against \(lastYear - 1)"))
    }

    @Test func calendarAndItsCompliance() throws {
        let (shell, database) = try DomainFixture.shell()
        let activities = try database.awarenessActivities(in: .year(lastYear))
        let rows = try DomainFixture.rows(shell, "calendar \(lastYear)")
        #expect(rows.count == activities.count)
        #expect(rows.map { $0.string("date") } == activities.map { $0.date.description })
        #expect(rows.allSatisfy { $0["organiser"] is String && $0["notice"] is String && $0["report"] is String })
        let compliance = try DomainFixture.rows(shell, "calendar compliance \(lastYear)")
        let total = try #require(compliance.last)
        #expect(total.string("organiser") == "total")
        #expect(total.int("activities") == activities.count)
        #expect(total.int("cancelled") == activities.filter(\.cancelled).count)
        let quarter = try DomainFixture.rows(shell, "calendar compliance \(lastYear)-Q4")
        #expect(quarter.last?.int("activities") == activities.filter { $0.date.quarter == 4 }.count)
        #expect(DomainFixture.output(shell, "calendar").contains("Awareness activities, \(today.year)"))
    }

    @Test func meetingsOfAPeriod() throws {
        let (shell, database) = try DomainFixture.shell()
        let meetings = try database.meetings(in: .year(lastYear))
        let rows = try DomainFixture.rows(shell, "meetings \(lastYear)")
        #expect(rows.count == meetings.count)
        #expect(rows.compactMap { $0.int("attendees") } == meetings.map(\.attendees.count))
        #expect(rows.compactMap { $0.int("decisions") } == meetings.map(\.decisions.count))
        #expect(rows.allSatisfy { $0["kind"] is String && $0["chair"] is String })
        #expect(!DomainFixture.output(shell, "meetings").isEmpty)
    }

    @Test func openDecisionsWithOverdueFlag() throws {
        let (shell, database) = try DomainFixture.shell()
        let rows = try DomainFixture.rows(shell, "decisions open")
        let all = try database.meetings(in: try Period(from: Period.year(DomainFixture.years.lowerBound).start, through: today))
            .flatMap(\.decisions)
        #expect(rows.count == all.filter { $0.isOpen(on: today) }.count)
        for row in rows {
            let overdue = row.string("overdue") == "true"
            let due = row.string("due").flatMap { Day(iso: $0) }
            #expect(overdue == (due.map { $0 < today } ?? false))
        }
        #expect(DomainFixture.output(shell, "decisions open").contains("Decisions open on \(today)"))
    }

    @Test func institutionsAndCommittees() throws {
        let (shell, database) = try DomainFixture.shell()
        let institutions = try database.institutions()
        let rows = try DomainFixture.rows(shell, "institutions")
        #expect(rows.count == institutions.count)
        #expect(rows.allSatisfy { Set($0.keys) == ["id", "name", "kind", "municipality", "services"] })
        let police = try DomainFixture.rows(shell, "institutions kind=state_police")
        #expect(police.count == institutions.filter { $0.kind == .statePolice }.count)

        var members = 0
        for committee in try database.committees() {
            members += try database.memberships(committeeID: try #require(committee.id))
                .filter { $0.isActive(on: today) }.count
        }
        let committee = try DomainFixture.rows(shell, "committee")
        #expect(committee.count == members)
        #expect(committee.filter { $0.string("role") == "chair" }.count <= 2)
        #expect(DomainFixture.output(shell, "committee").contains("Chair"))
    }

    @Test func organisationalRecordsAreOpenToThePublicRole() throws {
        let (shell, _) = try DomainFixture.shell(role: .public)
        for line in ["plan", "institutions", "committee", "meetings", "calendar", "decisions open"] {
            #expect(!DomainFixture.output(shell, line).isEmpty, "\(line)")
        }
    }
}
