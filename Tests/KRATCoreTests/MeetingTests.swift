import Testing
import KRATCore

private func day(_ text: String) -> Day { Day(iso: text)! }
private func fields(_ issues: [ValidationIssue]) -> [String] { issues.map(\.field) }

@Suite("Meetings and decisions")
struct MeetingTests {
    private func meeting(attendees: [Attendee] = [], agenda: [String] = ["Mbyllja e Muajit Antitrafik"],
                         decisions: [Decision] = [], chair: String = "Emiljan Jani") -> Meeting {
        Meeting(committeeID: 1, kind: .antiTraffickingMonthClosing, date: day("2023-10-31"),
                place: "Prefektura Durrës", chair: chair, attendees: attendees, agenda: agenda, decisions: decisions)
    }

    @Test func codes() {
        #expect(MeetingKind.codes == ["technical_table", "annual_analysis", "anti_trafficking_month_closing",
                                      "workshop", "other"])
        #expect(DecisionStatus.codes == ["open", "done", "dropped"])
    }

    @Test func closedOnTime() {
        let due = day("2023-11-30")
        #expect(Decision(text: "a", ownerInstitutionID: 1, due: due, status: .done, closedOn: day("2023-11-30")).closedOnTime == true)
        #expect(Decision(text: "a", ownerInstitutionID: 1, due: due, status: .done, closedOn: day("2023-12-01")).closedOnTime == false)
        #expect(Decision(text: "a", ownerInstitutionID: 1, due: due, status: .dropped, closedOn: day("2023-11-01")).closedOnTime == nil)
        #expect(Decision(text: "a", ownerInstitutionID: 1, due: due).closedOnTime == nil)
        #expect(Decision(text: "a", ownerInstitutionID: 1, status: .done, closedOn: day("2023-11-01")).closedOnTime == nil)
    }

    @Test func openOnADay() {
        let open = Decision(text: "a", ownerInstitutionID: 1, due: day("2023-11-30"))
        #expect(open.isOpen(on: day("2030-01-01")))
        #expect(open.isOverdue(on: day("2023-12-01")))
        #expect(!open.isOverdue(on: day("2023-11-30")))
        let done = Decision(text: "a", ownerInstitutionID: 1, due: day("2023-11-30"), status: .done, closedOn: day("2023-11-20"))
        #expect(done.isOpen(on: day("2023-11-19")))
        #expect(!done.isOpen(on: day("2023-11-20")))
        #expect(!done.isOverdue(on: day("2023-12-01")))
        let m = meeting(decisions: [open, done])
        #expect(m.openDecisions(on: day("2023-11-25")) == [open])
        #expect(m.openDecisions(on: day("2023-11-01")).count == 2)
    }

    @Test func validMeeting() {
        let m = meeting(
            attendees: [Attendee(institutionID: 1, person: "Ana Hoxha", function: "Drejtore"),
                        Attendee(institutionID: 2, person: "Ana Hoxha"),
                        Attendee(institutionID: 1, person: "Besnik Leka")],
            decisions: [Decision(text: "Raport për fëmijët në situatë rruge", ownerInstitutionID: 2,
                                 due: day("2023-10-31"), status: .done, closedOn: day("2023-10-31"))])
        #expect(m.validate().isEmpty)
        #expect(m.institutionsPresent == [1, 2])
    }

    @Test func blankChair() {
        #expect(fields(meeting(chair: " ").validate()) == ["chair"])
    }

    @Test func blankAgendaItem() {
        #expect(fields(meeting(agenda: ["Pika 1", ""]).validate()) == ["agenda[1]"])
    }

    @Test func duplicateAttendee() {
        let m = meeting(attendees: [Attendee(institutionID: 1, person: "Ana Hoxha"),
                                    Attendee(institutionID: 1, person: " ana hoxha ")])
        #expect(fields(m.validate()) == ["attendees[1]"])
    }

    @Test func blankAttendee() {
        #expect(fields(meeting(attendees: [Attendee(institutionID: 1, person: "")]).validate()) == ["attendees[0].person"])
    }

    @Test func decisionDueBeforeMeeting() {
        let d = Decision(text: "a", ownerInstitutionID: 1, due: day("2023-10-30"))
        #expect(fields(meeting(decisions: [d]).validate()) == ["decisions[0].due"])
    }

    @Test func decisionClosedBeforeMeeting() {
        let d = Decision(text: "a", ownerInstitutionID: 1, status: .done, closedOn: day("2023-10-30"))
        #expect(fields(meeting(decisions: [d]).validate()) == ["decisions[0].closed_on"])
    }

    @Test func closingDayOnlyWhenClosed() {
        let d = Decision(text: "a", ownerInstitutionID: 1, status: .open, closedOn: day("2023-11-05"))
        #expect(fields(d.validate()) == ["closed_on"])
        #expect(fields(meeting(decisions: [d]).validate()) == ["decisions[0].closed_on"])
        let dropped = Decision(text: "a", ownerInstitutionID: 1, status: .dropped, closedOn: day("2023-11-05"))
        #expect(meeting(decisions: [dropped]).validate().isEmpty)
    }

    @Test func blankDecisionText() {
        let d = Decision(text: "", ownerInstitutionID: 1)
        #expect(fields(meeting(decisions: [d]).validate()) == ["decisions[0].text"])
    }
}
