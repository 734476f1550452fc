import Testing
import KRATCore

private func day(_ text: String) -> Day { Day(iso: text)! }
private func fields(_ issues: [ValidationIssue]) -> [String] { issues.map(\.field) }


/// An activity on the European Anti-Trafficking Day, 2023-10-18.
private func activity(notices: [String] = [], report: String? = nil, cancelled: Bool = false) -> AwarenessActivity {
    AwarenessActivity(county: .durres, title: "Takim me nxënësit", theme: "Trafikimi i fëmijëve",
                      date: day("2023-10-18"), municipalityCode: "durres", place: "Shkolla \"Naim Frashëri\"",
                      targetGroups: [.students, .teachers], organiserID: 4,
                      notices: notices.map { ActivityNotice(sentOn: day($0), forDate: day("2023-10-18")) },
                      report: report.map { ActivityReport(sentOn: day($0), purpose: "Ndërgjegjësim",
                                                          theme: "Trafikimi i fëmijëve") },
                      cancelled: cancelled)
}

@Suite("Awareness activities: notices")
struct AwarenessNoticeTests {
    @Test func noticeDaysBeforeIsOnTime() {
        #expect(activity(notices: ["2023-10-10"]).compliance(asOf: day("2023-10-18")).noticeStatus == .onTime)
    }

    @Test func noticeExactlyOneDayBeforeIsOnTime() {
        let c = activity(notices: ["2023-10-17"]).compliance(asOf: day("2023-10-17"))
        #expect(c.noticeStatus == .onTime)
        #expect(!c.changedWithoutNotice)
    }

    @Test func sameDayNoticeIsLate() {
        let c = activity(notices: ["2023-10-18"]).compliance(asOf: day("2023-10-19"))
        #expect(c.noticeStatus == .late)
        #expect(!c.isCompliant)
    }

    @Test func noNoticeIsMissingOnlyOnceTheDayBeforeHasPassed() {
        #expect(activity().compliance(asOf: day("2023-10-16")).noticeStatus == .notYetDue)
        #expect(activity().compliance(asOf: day("2023-10-17")).noticeStatus == .notYetDue)
        #expect(activity().compliance(asOf: day("2023-10-18")).noticeStatus == .missing)
        #expect(!activity().compliance(asOf: day("2023-10-18")).isCompliant)
        #expect(activity().compliance(asOf: day("2023-10-17")).isCompliant)
    }

    @Test func noticeSentAfterAsOfDoesNotCountYet() {
        let a = activity(notices: ["2023-10-12"])
        #expect(a.compliance(asOf: day("2023-10-11")).noticeStatus == .notYetDue)
        #expect(a.compliance(asOf: day("2023-10-12")).noticeStatus == .onTime)
    }

    @Test func earliestNoticeForTheDateDecides() {
        #expect(activity(notices: ["2023-10-18", "2023-10-15"]).compliance(asOf: day("2023-10-20")).noticeStatus == .onTime)
    }

    @Test func rescheduledWithoutNewNotice() {
        var a = activity(notices: ["2023-10-10"])
        a.reschedule(to: day("2023-10-20"))
        #expect(a.date == day("2023-10-20"))
        #expect(a.notices == [ActivityNotice(sentOn: day("2023-10-10"), forDate: day("2023-10-18"))])
        let before = a.compliance(asOf: day("2023-10-15"))
        #expect(before.changedWithoutNotice)
        #expect(before.noticeStatus == .notYetDue)
        #expect(!before.isCompliant)
        let after = a.compliance(asOf: day("2023-10-22"))
        #expect(after.changedWithoutNotice)
        #expect(after.noticeStatus == .missing)
    }

    @Test func rescheduledWithNewNoticeOnTime() {
        var a = activity(notices: ["2023-10-10"])
        a.reschedule(to: day("2023-10-20"))
        a.addNotice(sentOn: day("2023-10-19"))
        #expect(a.notices.last == ActivityNotice(sentOn: day("2023-10-19"), forDate: day("2023-10-20")))
        let c = a.compliance(asOf: day("2023-10-20"))
        #expect(!c.changedWithoutNotice)
        #expect(c.noticeStatus == .onTime)
        #expect(c.reportStatus == .notYetDue)
        #expect(c.isCompliant)
    }

    @Test func rescheduledWithNewNoticeOnTheDayIsLate() {
        var a = activity(notices: ["2023-10-10"])
        a.reschedule(to: day("2023-10-20"))
        a.addNotice(sentOn: day("2023-10-20"))
        let c = a.compliance(asOf: day("2023-10-20"))
        #expect(!c.changedWithoutNotice)
        #expect(c.noticeStatus == .late)
    }

    @Test func movedBackToTheAnnouncedDateNeedsNoNewNotice() {
        var a = activity(notices: ["2023-10-10"])
        a.reschedule(to: day("2023-10-20"))
        a.reschedule(to: day("2023-10-18"))
        let c = a.compliance(asOf: day("2023-10-17"))
        #expect(!c.changedWithoutNotice)
        #expect(c.noticeStatus == .onTime)
    }
}

@Suite("Awareness activities: reports")
struct AwarenessReportTests {
    @Test func reportOnTheDayOrNextDayIsOnTime() {
        #expect(activity(notices: ["2023-10-17"], report: "2023-10-18").compliance(asOf: day("2023-10-18")).reportStatus == .onTime)
        let c = activity(notices: ["2023-10-17"], report: "2023-10-19").compliance(asOf: day("2023-10-25"))
        #expect(c.reportStatus == .onTime)
        #expect(c.isCompliant)
    }

    @Test func reportTwoDaysAfterIsLate() {
        let c = activity(notices: ["2023-10-17"], report: "2023-10-20").compliance(asOf: day("2023-10-25"))
        #expect(c.reportStatus == .late)
        #expect(!c.isCompliant)
    }

    @Test func noReportIsMissingAfterTheDueDay() {
        #expect(activity(notices: ["2023-10-17"]).compliance(asOf: day("2023-10-20")).reportStatus == .missing)
    }

    @Test func noReportIsNotYetDueUntilTheDayAfter() {
        #expect(activity().compliance(asOf: day("2023-10-01")).reportStatus == .notYetDue)
        #expect(activity().compliance(asOf: day("2023-10-18")).reportStatus == .notYetDue)
        #expect(activity().compliance(asOf: day("2023-10-19")).reportStatus == .notYetDue)
    }

    @Test func reportSentAfterAsOfDoesNotCountYet() {
        let a = activity(notices: ["2023-10-17"], report: "2023-10-21")
        #expect(a.compliance(asOf: day("2023-10-20")).reportStatus == .missing)
        #expect(a.compliance(asOf: day("2023-10-21")).reportStatus == .late)
    }

    @Test func cancelledActivityNeedsNeitherNoticeNorReport() {
        let c = activity(cancelled: true).compliance(asOf: day("2023-11-01"))
        #expect(c.noticeStatus == .notRequired)
        #expect(c.reportStatus == .notRequired)
        #expect(!c.changedWithoutNotice)
        #expect(c.isCompliant)
    }

    @Test func dueDays() {
        let a = activity()
        #expect(a.noticeDueDay == day("2023-10-17"))
        #expect(a.reportDueDay == day("2023-10-19"))
        #expect(a.observances == [.europeanAntiTraffickingDay, .antiTraffickingMonth])
    }

    @Test func totalParticipants() {
        let r = ActivityReport(sentOn: day("2023-10-19"), purpose: "P", theme: "T",
                               participants: [ParticipantCount(group: .students, count: 45),
                                              ParticipantCount(group: .teachers, count: 6)])
        #expect(r.totalParticipants == 51)
    }
}
