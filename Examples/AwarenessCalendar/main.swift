// AwarenessCalendar: a county plans its October anti-trafficking month, notices each
// activity, reschedules some, reports after each (with photos), sees which rules were
// broken, and writes the bundle for the National Coordinator.
//
//     swift run AwarenessCalendar [OUTPUT.tar]
//
// The rules (from the national calendar's instructions): every activity is noticed at least
// one day before it happens, again when its date changes; after it, a report with its
// purpose, participants, theme and photos is sent by the next day.

import Foundation
import KRATCore
import KRATExport
import KRATShell
import KRATStatistics
import KRATStorage

let county = County.fier
let year = 2025
func day(_ month: Int, _ dayOfMonth: Int) -> Day { Day(year: year, month: month, day: dayOfMonth) ?? Day(ordinal: 0) }
let asOf = day(11, 5)

let directory = FileManager.default.temporaryDirectory.appendingPathComponent("krat-calendar-\(UUID().uuidString)").path
let photos = directory + "/photos"
try FileManager.default.createDirectory(atPath: photos, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: directory) }
let output = CommandLine.arguments.dropFirst().first ?? directory + "/bundle-\(county.code)-\(year)-10.tar"

/// A photo file written to the photos folder, referenced by name and SHA-256.
func photo(_ name: String) throws -> PhotoReference {
    let bytes = Data("stand-in bytes for the photo \(name)".utf8)
    try bytes.write(to: URL(fileURLWithPath: photos + "/" + name))
    return PhotoReference(fileName: name, sha256: CoordinatorBundle.sha256(bytes))
}

do {
    let database = try KRATDatabase.create(at: directory + "/\(county.code).sqlite", scope: .county(county), sampleData: true)
    let prefecture = try database.institutions(kind: .prefecture)[0]
    let municipalities = try database.institutions(kind: .municipality)
    let lushnje = municipalities.first { $0.municipalityCode == "lushnje" } ?? prefecture
    let school = try database.insert(Institution(name: "Drejtoria Rajonale Arsimore \(county.name)", kind: .educationDirectorate, county: county))

    // The plan for October: four activities of the national calendar.
    var seminar = AwarenessActivity(county: county, title: "Seminar me mësuesit", theme: "Identifikimi i VMT në shkolla",
                                    date: day(10, 8), municipalityCode: "fier", place: "Shkolla \"Rilindja\"",
                                    targetGroups: [.teachers], organiserID: school.id ?? 0, nationalCalendar: true)
    var march = AwarenessActivity(county: county, title: "Marshim ndërgjegjësues", theme: "18 Tetori, Dita Evropiane Kundër Trafikimit",
                                  date: day(10, 18), municipalityCode: "fier", place: "Sheshi i qytetit",
                                  targetGroups: [.youth, .public], organiserID: prefecture.id ?? 0, nationalCalendar: true)
    var meeting = AwarenessActivity(county: county, title: "Takim me prindërit", theme: "Rreziqet e punës së fëmijëve",
                                    date: day(10, 21), municipalityCode: "lushnje", place: "Qendra komunitare",
                                    targetGroups: [.parents], organiserID: lushnje.id ?? 0, nationalCalendar: true)
    var closing = AwarenessActivity(county: county, title: "Mbyllja e Muajit Antitrafik", theme: "Bilanci i tetorit",
                                    date: day(10, 30), municipalityCode: "fier", place: "Prefektura",
                                    targetGroups: [.professionals], organiserID: prefecture.id ?? 0, nationalCalendar: true)

    // Notices: on time, on the day itself (late), and date changes with and without a new notice.
    seminar.addNotice(sentOn: day(10, 6))
    march.addNotice(sentOn: day(10, 18))
    meeting.addNotice(sentOn: day(10, 15))
    meeting.reschedule(to: day(10, 24))                   // moved, and nobody told the Coordinator
    closing.addNotice(sentOn: day(10, 20))
    closing.reschedule(to: day(10, 31))
    closing.addNotice(sentOn: day(10, 27))                // moved, and noticed again in time

    // Reports after the activities: next day, three days late, and one never sent.
    seminar.report = ActivityReport(sentOn: day(10, 9), purpose: "Mësuesit njohin shenjat e trafikimit",
                                    theme: seminar.theme, participants: [ParticipantCount(group: .teachers, count: 34)],
                                    photos: [try photo("seminar-1.jpg"), try photo("seminar-2.jpg")])
    march.report = ActivityReport(sentOn: day(10, 21), purpose: "Ndërgjegjësimi i publikut", theme: march.theme,
                                  participants: [ParticipantCount(group: .youth, count: 120), ParticipantCount(group: .public, count: 45)],
                                  photos: [try photo("marshimi.jpg")])
    closing.report = ActivityReport(sentOn: day(11, 1), purpose: "Përmbledhja e muajit", theme: closing.theme,
                                    participants: [ParticipantCount(group: .professionals, count: 28)], photos: [try photo("mbyllja.jpg")])
    for activity in [seminar, march, meeting, closing] { try database.insert(activity) }

    // Which rules were kept.
    let october = Period.month(10, of: year)
    print("October \(year) in \(county.label.en), as of \(asOf):")
    for activity in try database.awarenessActivities(in: october) {
        let check = activity.compliance(asOf: asOf)
        print("  \(activity.date) \(activity.title): notice \(check.noticeStatus.code), "
              + "changed without notice \(check.changedWithoutNotice ? "YES" : "no"), report \(check.reportStatus.code)"
              + (check.isCompliant ? "" : "  ← rule broken"))
    }
    let records = try OrganisationRecords.load(from: database, year: year)
    let table = AwarenessCalendarCompliance.table(records, period: october, asOf: asOf)
    print(OutputRenderer(mode: .box, formatter: CellFormatter(language: .en)).render(table))

    // The bundle for the National Coordinator: notices, reports and photos checked by SHA-256.
    let manifest = try CoordinatorBundle(database: database, period: october, generatedOn: asOf)
        .write(to: output, photosDirectory: photos)
    print("Wrote \(output): \(manifest.activities.count) activities with their notices, reports and photos.")
} catch {
    print("Error: \(error)")
    exit(1)
}
