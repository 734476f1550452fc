import Testing
import KRATCore

private func day(_ text: String) -> Day { Day(iso: text)! }
private func fields(_ issues: [ValidationIssue]) -> [String] { issues.map(\.field) }

private let digest = String(repeating: "0123456789abcdef", count: 4)

@Suite("Awareness activities: validation and calendar")
struct AwarenessValidationTests {
    private func activity(report: ActivityReport? = nil,
                          notices: [ActivityNotice] = [ActivityNotice(sentOn: day("2023-07-28"), forDate: day("2023-07-30"))],
                          title: String = "Shpërndarje fletëpalosjesh", theme: String = "Dita Botërore") -> AwarenessActivity {
        AwarenessActivity(county: .vlore, title: title, theme: theme, date: day("2023-07-30"), place: "Lungomare",
                          targetGroups: [.public], organiserID: 2, notices: notices, report: report)
    }

    private func report(sentOn: String = "2023-07-31", purpose: String = "Ndërgjegjësim", theme: String = "Trafikimi",
                        counts: [Int] = [120], photos: [PhotoReference] = [PhotoReference(fileName: "foto-1.jpg", sha256: digest)]) -> ActivityReport {
        ActivityReport(sentOn: day(sentOn), purpose: purpose, theme: theme,
                       participants: counts.map { ParticipantCount(group: .public, count: $0) }, photos: photos)
    }

    @Test func targetGroupCodes() {
        #expect(TargetGroup.codes == ["students", "teachers", "parents", "children", "youth",
                                      "roma_egyptian_community", "professionals", "public", "other"])
        #expect(NoticeStatus.codes == ["on_time", "late", "missing", "not_yet_due", "not_required"])
        #expect(ReportStatus.codes == ["on_time", "late", "missing", "not_yet_due", "not_required"])
    }

    @Test func validActivity() {
        #expect(activity(report: report()).validate().isEmpty)
        #expect(activity(report: report(sentOn: "2023-07-30", counts: [0])).validate().isEmpty)
    }

    @Test func blankTitleAndTheme() {
        #expect(fields(activity(title: " ", theme: "").validate()) == ["title", "theme"])
    }

    @Test func noticeAfterTheDateItAnnounces() {
        let late = [ActivityNotice(sentOn: day("2023-07-31"), forDate: day("2023-07-30"))]
        #expect(fields(activity(notices: late).validate()) == ["notices[0].sent_on"])
        #expect(ActivityNotice(sentOn: day("2023-07-30"), forDate: day("2023-07-30")).validate().isEmpty)
    }

    @Test func reportBeforeTheActivity() {
        #expect(fields(activity(report: report(sentOn: "2023-07-29")).validate()) == ["report.sent_on"])
    }

    @Test func blankReportPurposeAndTheme() {
        #expect(fields(activity(report: report(purpose: "", theme: " ")).validate()) == ["report.purpose", "report.theme"])
    }

    @Test func negativeParticipantCount() {
        #expect(fields(activity(report: report(counts: [10, -1])).validate()) == ["report.participants[1].count"])
    }

    @Test func photoDigestMustBe64LowercaseHex() {
        let upper = PhotoReference(fileName: "a.jpg", sha256: digest.uppercased())
        let short = PhotoReference(fileName: "a.jpg", sha256: String(digest.dropLast()))
        let notHex = PhotoReference(fileName: "a.jpg", sha256: String(digest.dropLast()) + "g")
        #expect(fields(activity(report: report(photos: [upper, short, notHex])).validate())
                == ["report.photos[0].sha256", "report.photos[1].sha256", "report.photos[2].sha256"])
        #expect(PhotoReference.isDigest(digest))
    }

    @Test func photoFileNameWithoutFolders() {
        let slash = PhotoReference(fileName: "foto/a.jpg", sha256: digest)
        let backslash = PhotoReference(fileName: "foto\\a.jpg", sha256: digest)
        let blank = PhotoReference(fileName: "", sha256: digest)
        #expect(fields(activity(report: report(photos: [slash, backslash, blank])).validate())
                == ["report.photos[0].file_name", "report.photos[1].file_name", "report.photos[2].file_name"])
    }

    @Test func observanceCodes() {
        #expect(NationalObservance.codes == ["world_day_against_trafficking", "european_anti_trafficking_day",
                                             "anti_trafficking_month"])
    }

    @Test func observancesOfAYear() {
        let list = NationalObservance.observances(in: 2024)
        #expect(list.map(\.observance) == [.worldDayAgainstTrafficking, .antiTraffickingMonth, .europeanAntiTraffickingDay])
        #expect(list.map(\.period.description) == ["2024-07-30", "2024-10", "2024-10-18"])
        #expect(list[1].period.start == day("2024-10-01"))
        #expect(list[1].period.end == day("2024-10-31"))
    }

    @Test func observancesOnADay() {
        #expect(NationalObservance.observances(on: day("2023-07-30")) == [.worldDayAgainstTrafficking])
        #expect(NationalObservance.observances(on: day("2023-10-18")) == [.europeanAntiTraffickingDay, .antiTraffickingMonth])
        #expect(NationalObservance.observances(on: day("2023-10-05")) == [.antiTraffickingMonth])
        #expect(NationalObservance.observances(on: day("2023-11-01")).isEmpty)
    }
}
