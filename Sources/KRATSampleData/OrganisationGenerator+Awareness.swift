import Crypto
import Foundation
import KRATCore
import KRATStorage

extension OrganisationGenerator {
    // MARK: - Awareness calendar

    /// Adds each year's calendar: a few activities through the year, a cluster around
    /// 30 July, and the peak of the Anti-Trafficking Month around 18 October. Notices are
    /// mostly on time, some late, some for a date that later changed without a new notice;
    /// reports are mostly on time, some late, some missing.
    func addAwarenessCalendar(_ database: KRATDatabase, roster: Roster,
                              summary: inout OrganisationSummary) throws(StorageError) {
        var random = SeededGenerator.stream(4, of: seed)
        for year in startedYears {
            var dates: [Day] = []
            for _ in 0..<random.int(in: 4...6) {
                dates += Day(year: year, month: random.pick([2, 3, 4, 5, 6, 9, 11]) ?? 3, day: random.int(in: 1...28)).map { [$0] } ?? []
            }
            dates += [Day(year: year, month: 7, day: 30)].compactMap { $0 }
            for _ in 0..<random.int(in: 1...3) {
                dates += Day(year: year, month: 7, day: random.int(in: 24...31)).map { [$0] } ?? []
            }
            dates += [Day(year: year, month: 10, day: 18)].compactMap { $0 }
            for _ in 0..<random.int(in: 8...12) {
                let around = random.chance(0.6) ? random.int(in: 14...22) : random.int(in: 1...31)
                dates += Day(year: year, month: 10, day: around).map { [$0] } ?? []
            }
            for date in dates.sorted() where date <= asOf {
                try database.insert(awarenessActivity(on: date, roster: roster, using: &random))
                summary.awarenessActivities += 1
            }
        }
    }

    /// One activity of the calendar with its notices and report, as known on ``asOf``.
    func awarenessActivity(on date: Day, roster: Roster, using random: inout SeededGenerator) -> AwarenessActivity {
        let place = random.pick(roster.municipalities)
        let theme = random.pick(SampleTexts.themes) ?? "Parandalimi i trafikimit të qenieve njerëzore"
        let groups = random.sample(TargetGroup.allCases.filter { $0 != .other }, count: random.int(in: 1...3))
        var activity = AwarenessActivity(
            county: county, title: SampleTexts.activityTitle(on: date, using: &random), theme: theme, date: date,
            municipalityCode: place?.municipality.code,
            place: SampleTexts.place(in: place?.municipality.name ?? county.name, using: &random),
            targetGroups: groups, organiserID: random.pick(roster.organisers) ?? roster.prefecture,
            nationalCalendar: random.chance(0.85), cancelled: random.chance(0.03))
        addNotices(to: &activity, using: &random)
        if !activity.cancelled {
            activity.report = report(for: activity, using: &random)
        }
        return activity
    }

    /// Notices: on time (80%), late on the day itself (8%), for an earlier date with no new
    /// notice after the change (7%), or rescheduled with a new notice (5%). None after ``asOf``.
    func addNotices(to activity: inout AwarenessActivity, using random: inout SeededGenerator) {
        let date = activity.date
        let outcome = random.int(in: 1...100)
        var notices: [ActivityNotice] = []
        switch outcome {
        case 1...80:
            notices = [ActivityNotice(sentOn: date.adding(days: -random.int(in: 1...7)), forDate: date)]
        case 81...88:
            notices = [ActivityNotice(sentOn: date, forDate: date)]
        default:
            let planned = date.adding(days: -random.int(in: 2...6))
            notices = [ActivityNotice(sentOn: planned.adding(days: -random.int(in: 1...5)), forDate: planned)]
            if outcome > 95 {
                notices.append(ActivityNotice(sentOn: date.adding(days: -1), forDate: date))
            }
        }
        activity.notices = notices.filter { $0.sentOn <= asOf }
    }

    /// The report: on time (75%), late (15%) or missing (10%); missing too when it would
    /// be sent after ``asOf``.
    func report(for activity: AwarenessActivity, using random: inout SeededGenerator) -> ActivityReport? {
        let outcome = random.int(in: 1...100)
        guard outcome <= 90 else { return nil }
        let sentOn = activity.date.adding(days: outcome <= 75 ? random.int(in: 0...1) : random.int(in: 2...14))
        let participants = activity.targetGroups.map { ParticipantCount(group: $0, count: random.int(in: 10...120)) }
        let tag = String(random.next() % 0x1_0000, radix: 16)
        let photos = (1...random.int(in: 1...4)).map { number in
            let digest = SHA256.hash(data: Data(random.bytes(256)))
            return PhotoReference(fileName: "\(county.code)-\(activity.date)-\(tag)-\(number).jpg",
                                  sha256: Hex.string(digest))
        }
        guard sentOn <= asOf else { return nil }
        return ActivityReport(sentOn: sentOn, purpose: SampleTexts.purpose(of: activity.theme), theme: activity.theme,
                              participants: participants, photos: photos)
    }
}
