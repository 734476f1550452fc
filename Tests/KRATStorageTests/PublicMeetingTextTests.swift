import Foundation
import KRATTestSupport
import KRATCore
@testable import KRATStorage
import Testing

/// Agenda and decision texts are free text that could name a person: only the roles that write them read them.
@Suite("Meeting texts and the public")
struct PublicMeetingTextTests {
    static let marker = "Arta Hoxha 15 vjeç"

    @Test func thePublicGetsOwnersAndDaysButNoTexts() throws {
        let directory = TemporaryDirectory()
        let path = directory.path("k.sqlite")
        let writer = try KRATDatabase.create(at: path, scope: .county(.kukes))
        let police = try #require(try writer.institutions().first { $0.kind == .statePolice }?.id)
        let committee = try writer.insert(Committee(county: .kukes, kind: .technicalTable, name: "Tryeza Teknike Kukës"))
        let committeeID = try #require(committee.id)
        let decision = Decision(text: "Strehim për \(Self.marker)", ownerInstitutionID: police, due: d("2024-03-01"))
        let stored = try writer.insert(Meeting(committeeID: committeeID, kind: .technicalTable,
                                               date: d("2024-02-01"), place: "Kukës", chair: "Kryetari",
                                               agenda: ["Rasti i \(Self.marker)"], decisions: [decision]))
        let period = try Period(parsing: "2024")

        let publicView = try KRATDatabase.open(at: path, role: .public)
        let meetings = try publicView.meetings(in: period)
        let open = try publicView.openDecisions(on: d("2024-06-30"))
        let meetingID = try #require(stored.id)
        let oneMeeting = try #require(try publicView.meeting(id: meetingID))
        #expect(meetings.count == 1 && open.count == 1)
        for text in meetings.flatMap(\.agenda) + meetings.flatMap { $0.decisions.map(\.text) } + open.map(\.decision.text)
            + oneMeeting.agenda + oneMeeting.decisions.map(\.text) {
            #expect(text == KRATDatabase.withheldText)
        }
        #expect(open.first?.decision.ownerInstitutionID == police)
        #expect(open.first?.decision.isOverdue(on: d("2024-06-30")) == true)

        // The analyst sees that the texts exist, and the decision's owner and due day, not the words.
        let analyst = try KRATDatabase.open(at: path, role: .analyst)
        #expect(try analyst.openDecisions(on: d("2024-06-30")).first?.decision.text == KRATDatabase.withheldText)
        #expect(try analyst.openDecisions(on: d("2024-06-30")).first?.decision.ownerInstitutionID == police)
        #expect(try analyst.meetings(in: period).first?.agenda == [KRATDatabase.withheldText])
        // The secretariat, which writes them, reads them.
        let secretary = try KRATDatabase.open(at: path, role: .secretary)
        #expect(try secretary.openDecisions(on: d("2024-06-30")).first?.decision.text == decision.text)
        #expect(try secretary.meetings(in: period).first?.agenda == ["Rasti i \(Self.marker)"])
    }

    @Test func analystSQLSeesThatATextExistsNotItsWords() throws {
        let directory = TemporaryDirectory()
        let path = directory.path("k.sqlite")
        let writer = try KRATDatabase.create(at: path, scope: .county(.kukes))
        let police = try #require(try writer.institutions().first { $0.kind == .statePolice }?.id)
        let committee = try writer.insert(Committee(county: .kukes, kind: .technicalTable, name: "Tryeza Teknike Kukës"))
        let decision = Decision(text: "Strehim për \(Self.marker)", ownerInstitutionID: police, due: d("2024-03-01"))
        let stored = try writer.insert(Meeting(committeeID: try #require(committee.id), kind: .technicalTable,
                                               date: d("2024-02-01"), place: "Kukës", chair: "Kryetari",
                                               agenda: ["Rasti i \(Self.marker)"], decisions: [decision]))
        var changed = stored
        changed.decisions[0].text = "Strehim i ri për \(Self.marker)"
        try writer.update(changed)
        let analyst = try KRATDatabase.open(at: path, role: .analyst)
        for sql in ["SELECT * FROM decision", "SELECT * FROM agenda_item", "SELECT text FROM decision WHERE text LIKE '%Arta%'",
                    "SELECT count(*), max(length(text)) FROM decision", "SELECT group_concat(text) FROM agenda_item"] {
            let table = try analyst.runAnalystSQL(sql)
            #expect(!"\(table)".contains("Arta"), "\(sql)")
        }
        #expect(try analyst.runAnalystSQL("SELECT count(*) FROM decision WHERE due = '2024-03-01'").rows.first?.first == .integer(1))
        // The record history names the changed field, never its words, to the analyst.
        let history = try analyst.history(kind: "meeting", recordID: String(try #require(stored.id)))
        #expect(!"\(history)".contains("Arta") && "\(history)".contains("decisions[0].text"))
        #expect("\(try KRATDatabase.open(at: path, role: .secretary).history(kind: "meeting", recordID: String(try #require(stored.id))))"
            .contains("Arta"))
    }
}
