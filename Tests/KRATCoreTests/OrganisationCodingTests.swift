import Foundation
import Testing
import KRATCore

private func day(_ text: String) -> Day { Day(iso: text)! }

private func codesRoundTrip<T: Coded>(_ type: T.Type) throws -> Bool {
    for value in T.allCases {
        guard T(code: value.code) == value, T(code: value.code.uppercased()) == value else { return false }
        let json = try JSONEncoder().encode(value)
        guard String(decoding: json, as: UTF8.self) == "\"\(value.code)\"",
              try JSONDecoder().decode(T.self, from: json) == value,
              !value.label.sq.isEmpty, !value.label.en.isEmpty else { return false }
    }
    return true
}

private func jsonRoundTrip<T: Codable & Equatable>(_ value: T) throws -> Bool {
    let data = try JSONEncoder().encode(value)
    return try JSONDecoder().decode(T.self, from: data) == value
}

@Suite("Codes and JSON of the organisation types")
struct OrganisationCodingTests {
    @Test func everyCodeRoundTrips() throws {
        #expect(try codesRoundTrip(InstitutionKind.self))
        #expect(try codesRoundTrip(ProviderService.self))
        #expect(try codesRoundTrip(CommitteeKind.self))
        #expect(try codesRoundTrip(CommitteeRole.self))
        #expect(try codesRoundTrip(MeetingKind.self))
        #expect(try codesRoundTrip(DecisionStatus.self))
        #expect(try codesRoundTrip(Pillar.self))
        #expect(try codesRoundTrip(ActivityStatus.self))
        #expect(try codesRoundTrip(IndicatorDirection.self))
        #expect(try codesRoundTrip(IndicatorAccumulation.self))
        #expect(try codesRoundTrip(TargetGroup.self))
        #expect(try codesRoundTrip(NoticeStatus.self))
        #expect(try codesRoundTrip(ReportStatus.self))
        #expect(try codesRoundTrip(NationalObservance.self))
        #expect(InstitutionKind(code: " Child-Protection-Unit ") == .childProtectionUnit)
        #expect(InstitutionKind(code: "police") == nil)
    }

    @Test func mainStructsRoundTripThroughJSON() throws {
        #expect(try jsonRoundTrip(Institution(id: 1, name: "Shërbimi Social Shtetëror Durrës", kind: .stateSocialService,
                                              county: .durres, municipalityCode: "durres", services: [.shelter, .emergencyCentre])))
        #expect(try jsonRoundTrip(Committee(id: 2, county: .durres, kind: .technicalTable, name: "Tryeza Teknike Durrës")))
        #expect(try jsonRoundTrip(Membership(id: 3, committeeID: 2, institutionID: 1, role: .chair, joined: day("2018-01-01"),
                                             left: day("2023-10-15"), representative: "Shyqyri Ballgjini")))
        #expect(try jsonRoundTrip(Meeting(id: 4, committeeID: 2, kind: .annualAnalysis, date: day("2019-02-13"),
                                          place: "Salla e mbledhjeve", chair: "Roland Nasto",
                                          attendees: [Attendee(institutionID: 1, person: "Ana", function: "Drejtore")],
                                          agenda: ["Raporti vjetor"],
                                          decisions: [Decision(text: "Miratimi i planit", ownerInstitutionID: 1,
                                                               due: day("2019-03-01"), status: .done, closedOn: day("2019-02-13"))])))
        #expect(try jsonRoundTrip(Strategy(id: 5, title: Label(sq: "Strategjia", en: "Strategy"), firstYear: 2014, lastYear: 2017)))
        #expect(try jsonRoundTrip(ActionPlan(id: 6, county: .durres, year: 2019, strategyID: 5,
                                             approvedOn: day("2019-02-13"), title: "Plani i Veprimit 2019")))
        #expect(try jsonRoundTrip(Objective(id: 7, planID: 6, pillar: .prevention, title: "Ndërgjegjësimi i publikut",
                                            responsibleInstitutionIDs: [1, 2])))
        #expect(try jsonRoundTrip(PlannedActivity(id: 8, objectiveID: 7, title: "Fushatë", responsibleInstitutionID: 1,
                                                  deadline: day("2019-10-31"), status: .done, completedOn: day("2019-10-18"))))
        #expect(try jsonRoundTrip(Indicator(id: 9, objectiveID: 7, name: "Aktivitete", unit: "aktivitete", baseline: 0,
                                            target: 12.5, targetDate: day("2019-12-31"))))
        #expect(try jsonRoundTrip(IndicatorMeasurement(id: 10, indicatorID: 9, period: .quarter(4, of: 2019), value: 7, reportedBy: 1)))
        let activity = AwarenessActivity(
            id: 11, county: .durres, title: "Takim", theme: "Trafikimi", date: day("2023-10-18"), municipalityCode: "durres",
            place: "Shkolla", targetGroups: [.students, .romaEgyptianCommunity], organiserID: 1, nationalCalendar: true,
            notices: [ActivityNotice(sentOn: day("2023-10-17"), forDate: day("2023-10-18"))],
            report: ActivityReport(sentOn: day("2023-10-19"), purpose: "P", theme: "T",
                                   participants: [ParticipantCount(group: .students, count: 30)],
                                   photos: [PhotoReference(fileName: "a.jpg", sha256: String(repeating: "ab", count: 32))]))
        #expect(try jsonRoundTrip(activity))
        #expect(try jsonRoundTrip(activity.compliance(asOf: day("2023-10-20"))))
        #expect(try jsonRoundTrip(NationalObservance.observances(in: 2023)))
    }

    @Test func datesAreWrittenAsISODays() throws {
        let notice = ActivityNotice(sentOn: day("2023-10-17"), forDate: day("2023-10-18"))
        let text = String(decoding: try JSONEncoder().encode(notice), as: UTF8.self)
        #expect(text.contains("\"2023-10-17\""))
        #expect(text.contains("\"2023-10-18\""))
    }
}
