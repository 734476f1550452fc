import Testing
import KRATCore

private func day(_ text: String) -> Day { Day(iso: text)! }
private func fields(_ issues: [ValidationIssue]) -> [String] { issues.map(\.field) }

@Suite("Committees and memberships")
struct MembershipTests {
    @Test func committeeCodes() {
        #expect(CommitteeKind.codes == ["krat", "technical_table"])
        #expect(CommitteeRole.codes == ["chair", "secretary", "member"])
        #expect(CommitteeKind.technicalTable.label.sq == "Tryeza Teknike")
    }

    @Test func committeeValidation() {
        #expect(Committee(county: .durres, kind: .krat, name: "KRAT Durrës").validate().isEmpty)
        #expect(fields(Committee(county: .durres, kind: .krat, name: "").validate()) == ["name"])
    }

    @Test func activityOverTimeWithExclusiveEnd() {
        let m = Membership(committeeID: 1, institutionID: 7, joined: day("2020-01-01"), left: day("2023-10-15"))
        #expect(!m.isActive(on: day("2019-12-31")))
        #expect(m.isActive(on: day("2020-01-01")))
        #expect(m.isActive(on: day("2023-10-14")))
        #expect(!m.isActive(on: day("2023-10-15")))
        let open = Membership(committeeID: 1, institutionID: 8, joined: day("2023-10-31"))
        #expect(!open.isActive(on: day("2023-10-30")))
        #expect(open.isActive(on: day("2023-10-31")))
        #expect(open.isActive(on: day("2040-01-01")))
    }

    @Test func activeMembersOnADay() {
        let all = [
            Membership(id: 1, committeeID: 1, institutionID: 10, role: .chair, joined: day("2018-01-01")),
            Membership(id: 2, committeeID: 1, institutionID: 11, joined: day("2018-01-01"), left: day("2022-01-01")),
            Membership(id: 3, committeeID: 1, institutionID: 12, joined: day("2023-10-31")),
            Membership(id: 4, committeeID: 2, institutionID: 13, joined: day("2018-01-01")),
        ]
        #expect(Membership.active(all, on: day("2019-06-01")).map(\.id) == [1, 2, 4])
        #expect(Membership.active(all, on: day("2019-06-01"), committeeID: 1).map(\.id) == [1, 2])
        #expect(Membership.active(all, on: day("2023-11-01"), committeeID: 1).map(\.id) == [1, 3])
        #expect(Membership.chair(of: 1, in: all, on: day("2023-11-01"))?.institutionID == 10)
        #expect(Membership.chair(of: 2, in: all, on: day("2023-11-01")) == nil)
    }

    @Test func handoverOnTheSameDayIsNotAnOverlap() {
        let all = [
            Membership(committeeID: 1, institutionID: 1, role: .chair, joined: day("2018-01-01"), left: day("2023-10-15")),
            Membership(committeeID: 1, institutionID: 2, role: .chair, joined: day("2023-10-15")),
            Membership(committeeID: 2, institutionID: 3, role: .chair, joined: day("2018-01-01")),
            Membership(committeeID: 1, institutionID: 4, role: .member, joined: day("2018-01-01")),
        ]
        #expect(Membership.overlappingChairs(all).isEmpty)
        #expect(Membership.chair(of: 1, in: all, on: day("2023-10-14"))?.institutionID == 1)
        #expect(Membership.chair(of: 1, in: all, on: day("2023-10-15"))?.institutionID == 2)
    }

    @Test func overlappingChairsAreReported() {
        let all = [
            Membership(committeeID: 1, institutionID: 1, role: .chair, joined: day("2018-01-01"), left: day("2023-10-15")),
            Membership(committeeID: 1, institutionID: 2, role: .chair, joined: day("2023-10-15")),
            Membership(committeeID: 1, institutionID: 3, role: .chair, joined: day("2023-10-14"), left: day("2023-12-01")),
        ]
        let issues = Membership.overlappingChairs(all)
        // (0, 2) overlap on 2023-10-14; (1, 2) from 2023-10-15; (0, 1) do not overlap.
        #expect(fields(issues) == ["memberships[2].role", "memberships[2].role"])
        #expect(issues[0].message.contains("2023-10-14"))
        #expect(issues[1].message.contains("2023-10-15"))
        #expect(Membership.chair(of: 1, in: all, on: day("2023-10-20")) == nil)
    }

    @Test func membershipValidation() {
        let fine = Membership(committeeID: 1, institutionID: 1, joined: day("2020-01-01"), left: day("2020-01-01"),
                              representative: "Shyqyri Ballgjini")
        #expect(fine.validate().isEmpty)
        let backwards = Membership(committeeID: 1, institutionID: 1, joined: day("2020-01-02"), left: day("2020-01-01"))
        #expect(fields(backwards.validate()) == ["left"])
        let blank = Membership(committeeID: 1, institutionID: 1, joined: day("2020-01-01"), representative: " ")
        #expect(fields(blank.validate()) == ["representative"])
    }
}
