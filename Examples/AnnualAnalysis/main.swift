// AnnualAnalysis: the committee's annual analysis (Analiza Vjetore) for a county and year,
// as one HTML file that prints on A4, with the headline comparison printed here.
//
//     swift run AnnualAnalysis [--database FILE] [--county NAME] [--year YYYY] [--lang sq|en] [--out FILE.html]
//                              [--prepared-on YYYY-MM-DD]
//
// Without --database a demo database is generated for the county (default Berat). The data run
// to the end of the year (or to today for this year); the cover says the report was prepared
// today, or on the --prepared-on day.

import Foundation
import KRATCore
import KRATExport
import KRATSampleData
import KRATStatistics
import KRATStorage

/// The value after `--name` on the command line.
func option(_ name: String) -> String? {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: "--\(name)"), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

let today = DayClock.system.today   // the computer's day, or KRAT_TODAY=YYYY-MM-DD
let year = option("year").flatMap(Int.init) ?? today.year - 1
let language = option("lang").flatMap(Language.init(rawValue:)) ?? .sq
let output = option("out") ?? "analiza-vjetore-\(year).html"
let asOf = year < today.year ? Period.year(year).end : today
var preparedOn = today
if let text = option("prepared-on") {
    guard let day = Day(iso: text) else {
        print("Error: --prepared-on \(text) is not a date; write it YYYY-MM-DD")
        exit(2)
    }
    preparedOn = day
}

do {
    var scratch: String?
    let database: KRATDatabase
    if let path = option("database") {
        database = try KRATDatabase.open(at: path, role: .analyst)
    } else {
        guard let county = County.named(option("county") ?? "Berat") else {
            print("Error: unknown county; write one of \(County.allCases.map(\.name).joined(separator: ", "))")
            exit(2)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("krat-annual-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        scratch = folder
        _ = try DemoDatabase.create(at: folder + "/demo.sqlite", county: county)
        database = try KRATDatabase.open(at: folder + "/demo.sqlite", role: .analyst)
    }
    defer { if let scratch { try? FileManager.default.removeItem(atPath: scratch) } }

    // The headline: this year (to the day) against the same dates last year.
    let period = try Period(from: Period.year(year).start, through: asOf)
    let counts = try database.countCases(in: [period, period.samePeriodPreviousYear], by: [.status])
    let now = counts[0]["VMT"], before = counts[1]["VMT"]
    print("\(database.scope): \(now) potential victims (VMT) from \(period.start) to \(asOf), "
          + "against \(before) in the same period of \(year - 1); \(counts[0].total) cases in all against \(counts[1].total).")

    try AnnualReport.write(database: database, year: year, language: language, asOf: asOf, preparedOn: preparedOn,
                           to: output)
    print("Wrote the annual analysis \(year), prepared on \(preparedOn), to \(output) (\(language == .sq ? "shqip" : "English")).")
} catch {
    print("Error: \(error)")
    exit(1)
}
