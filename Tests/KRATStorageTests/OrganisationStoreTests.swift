import Foundation
import GRDB
import KRATCore
@testable import KRATStorage
import Testing

/// `YYYY-MM-DD` as a day.
func d(_ text: String) -> Day { Day(iso: text)! }

/// A Kukës database with a few organisational records and their ids.
struct OrganisationFixture {
    let db: KRATDatabase
    let prefecture: Int64, police: Int64, socialService: Int64
    let committee: Committee

    init() throws {
        db = try KRATDatabase.inMemory(scope: .county(.kukes))
        let seeded = try db.institutions()
        prefecture = try #require(seeded.first { $0.kind == .prefecture }?.id)
        police = try #require(seeded.first { $0.kind == .statePolice }?.id)
        socialService = try #require(seeded.first { $0.kind == .stateSocialService }?.id)
        committee = try db.insert(Committee(county: .kukes, kind: .technicalTable, name: "Tryeza Teknike Kukës"))
    }

    func meeting(on date: String, decisions: [Decision] = []) -> Meeting {
        Meeting(committeeID: committee.id!, kind: .technicalTable, date: d(date), place: "Prefektura Kukës",
                chair: "Arben Hoxha",
                attendees: [Attendee(institutionID: prefecture, person: "Arben Hoxha", function: "Sekretar i Përgjithshëm"),
                            Attendee(institutionID: police, person: "Teuta Leka")],
                agenda: ["Ecuria e planit", "Të ndryshme"], decisions: decisions)
    }

    func count(_ table: String) throws -> Int {
        try db.read("counting") { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }
}

@Suite("Organisational stores: round trips")
struct OrganisationRoundTripTests {
    @Test func institution() throws {
        let f = try OrganisationFixture()
        var shelter = try f.db.insert(Institution(name: "Qendra e Strehimit Kukës", kind: .serviceProvider, county: .kukes,
                                                  services: [.shelter, .psychosocial]))
        #expect(try f.db.institution(id: shelter.id!) == shelter)
        shelter.name = "Qendra e Shërbimeve Kukës"
        shelter.services = [.legalAssistance]
        shelter.municipalityCode = Municipality.named("Has")?.code
        try f.db.update(shelter)
        #expect(try f.db.institution(id: shelter.id!) == shelter)
        try f.db.deleteInstitution(id: shelter.id!)
        #expect(try f.db.institution(id: shelter.id!) == nil)
        #expect(try f.count("institution_service") == 0)
    }

    @Test func committeeAndMembership() throws {
        let f = try OrganisationFixture()
        var committee = f.committee
        #expect(try f.db.committee(id: committee.id!) == committee)
        committee.name = "Tryeza Teknike e KRAT Kukës"
        try f.db.update(committee)
        #expect(try f.db.committee(id: committee.id!) == committee)

        var member = try f.db.insert(Membership(committeeID: committee.id!, institutionID: f.police, joined: d("2020-01-01"),
                                                representative: "Teuta Leka"))
        #expect(try f.db.membership(id: member.id!) == member)
        member.left = d("2023-10-01")
        member.role = .secretary
        try f.db.update(member)
        #expect(try f.db.membership(id: member.id!) == member)
        try f.db.deleteMembership(id: member.id!)
        #expect(try f.db.membership(id: member.id!) == nil)
        try f.db.deleteCommittee(id: committee.id!)
        #expect(try f.db.committee(id: committee.id!) == nil)
    }

    @Test func meetingWithChildren() throws {
        let f = try OrganisationFixture()
        var meeting = try f.db.insert(f.meeting(on: "2023-03-15", decisions: [
            Decision(text: "Raporti te Koordinatori", ownerInstitutionID: f.prefecture, due: d("2023-04-15")),
            Decision(text: "Trajnim", ownerInstitutionID: f.police, due: d("2023-05-01"), status: .done, closedOn: d("2023-04-20")),
        ]))
        #expect(try f.db.meeting(id: meeting.id!) == meeting)
        meeting.attendees.removeLast()
        meeting.agenda = ["Vetëm një pikë"]
        meeting.decisions[0].status = .dropped
        meeting.decisions[0].closedOn = d("2023-04-01")
        meeting.kind = .workshop
        try f.db.update(meeting)
        #expect(try f.db.meeting(id: meeting.id!) == meeting)
        #expect(try f.count("meeting_attendee") == 1)
        try f.db.deleteMeeting(id: meeting.id!)
        #expect(try f.db.meeting(id: meeting.id!) == nil)
        #expect(try f.count("decision") + f.count("agenda_item") + f.count("meeting_attendee") == 0)
    }

    @Test func strategyPlanObjectiveActivityIndicatorMeasurement() throws {
        let f = try OrganisationFixture()
        var strategy = try f.db.insert(Strategy(title: Label(sq: "Strategjia 2021–2023", en: "Strategy 2021–2023"),
                                                firstYear: 2021, lastYear: 2023))
        #expect(try f.db.strategy(id: strategy.id!) == strategy)
        strategy.lastYear = 2025
        try f.db.update(strategy)
        #expect(try f.db.strategy(id: strategy.id!) == strategy)

        var plan = try f.db.insert(ActionPlan(county: .kukes, year: 2023, strategyID: strategy.id, title: "Plani 2023"))
        #expect(try f.db.actionPlan(id: plan.id!) == plan)
        plan.approvedOn = d("2023-02-13")
        try f.db.update(plan)
        #expect(try f.db.actionPlan(id: plan.id!) == plan)

        var objective = try f.db.insert(Objective(planID: plan.id!, pillar: .protection, title: "Ndihmë juridike",
                                                  responsibleInstitutionIDs: [f.socialService, f.police]))
        #expect(try f.db.objective(id: objective.id!) == objective)
        objective.responsibleInstitutionIDs = [f.police, f.prefecture, f.socialService]
        objective.pillar = .prevention
        try f.db.update(objective)
        #expect(try f.db.objective(id: objective.id!) == objective)

        var activity = try f.db.insert(PlannedActivity(objectiveID: objective.id!, title: "Trajnim",
                                                       responsibleInstitutionID: f.police, deadline: d("2023-06-30")))
        #expect(try f.db.plannedActivity(id: activity.id!) == activity)
        activity.status = .done
        activity.completedOn = d("2023-07-05")
        try f.db.update(activity)
        #expect(try f.db.plannedActivity(id: activity.id!) == activity)

        var indicator = try f.db.insert(Indicator(objectiveID: objective.id!, name: "Fëmijë në situatë rruge", unit: "fëmijë",
                                                  baseline: 40, target: 25, targetDate: d("2023-12-31"),
                                                  direction: .lowerIsBetter, accumulation: .level))
        #expect(try f.db.indicator(id: indicator.id!) == indicator)
        indicator.target = 20.5
        try f.db.update(indicator)
        #expect(try f.db.indicator(id: indicator.id!) == indicator)

        var measurement = try f.db.insert(IndicatorMeasurement(indicatorID: indicator.id!, period: .quarter(1, of: 2023),
                                                               value: 36, reportedBy: f.police))
        #expect(try f.db.indicatorMeasurement(id: measurement.id!) == measurement)
        measurement.period = try Period(from: d("2023-01-01"), through: d("2023-04-30"))
        measurement.value = 33.25
        try f.db.update(measurement)
        #expect(try f.db.indicatorMeasurement(id: measurement.id!) == measurement)

        try f.db.deleteIndicatorMeasurement(id: measurement.id!)
        #expect(try f.db.indicatorMeasurement(id: measurement.id!) == nil)
        try f.db.deleteIndicator(id: indicator.id!)
        #expect(try f.db.indicator(id: indicator.id!) == nil)
        try f.db.deletePlannedActivity(id: activity.id!)
        #expect(try f.db.plannedActivity(id: activity.id!) == nil)
        try f.db.deleteObjective(id: objective.id!)
        #expect(try f.db.objective(id: objective.id!) == nil)
        try f.db.deleteActionPlan(id: plan.id!)
        #expect(try f.db.actionPlan(id: plan.id!) == nil)
        try f.db.deleteStrategy(id: strategy.id!)
        #expect(try f.db.strategy(id: strategy.id!) == nil)
    }

    @Test func awarenessActivityWithNoticesAndReport() throws {
        let f = try OrganisationFixture()
        let photo = PhotoReference(fileName: "kukes-1.jpg", sha256: String(repeating: "ab", count: 32))
        var activity = try f.db.insert(AwarenessActivity(
            county: .kukes, title: "Dita Evropiane", theme: "Migrimi i sigurt", date: d("2023-10-18"),
            municipalityCode: Municipality.named("Kukës")?.code, place: "Sheshi", targetGroups: [.students, .teachers],
            organiserID: f.prefecture, notices: [ActivityNotice(sentOn: d("2023-10-10"), forDate: d("2023-10-17"))],
            report: ActivityReport(sentOn: d("2023-10-19"), purpose: "Informim", theme: "Migrimi i sigurt",
                                   participants: [ParticipantCount(group: .students, count: 80)], photos: [photo])))
        #expect(try f.db.awarenessActivity(id: activity.id!) == activity)
        activity.addNotice(sentOn: d("2023-10-16"))
        activity.report?.photos.append(PhotoReference(fileName: "kukes-2.jpg", sha256: String(repeating: "0", count: 64)))
        activity.targetGroups = [.parents]
        activity.nationalCalendar = false
        try f.db.update(activity)
        #expect(try f.db.awarenessActivity(id: activity.id!) == activity)
        activity.report = nil
        try f.db.update(activity)
        #expect(try f.db.awarenessActivity(id: activity.id!) == activity)
        #expect(try f.count("report_photo") == 0)
        try f.db.deleteAwarenessActivity(id: activity.id!)
        #expect(try f.db.awarenessActivity(id: activity.id!) == nil)
        #expect(try f.count("activity_notice") + f.count("awareness_target_group") == 0)
    }
}
