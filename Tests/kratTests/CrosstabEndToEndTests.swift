import Foundation
import KRATTestSupport
import Testing

/// `stats breakdown by=sex,age_band`: a crosstab in table mode, the long form in JSON, the same numbers.
@Suite struct CrosstabEndToEndTests {
    @Test func tableModeCrosstabHoldsTheNumbersOfTheJSONLongForm() throws {
        let json = try KratProcess.run(["--demo", "--lang", "en", "-c", ".mode json",
                                        "-c", "stats breakdown by=sex,age_band period=2024"])
        #expect(json.status == 0, "\(json.standardError)")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        let long = objects.compactMap { object -> (String, String, Int)? in
            guard let sex = object["sex"] as? String, let band = object["age_band"] as? String,
                  let count = object["count"] as? Int else { return nil }
            return (sex, band, count)
        }
        #expect(long.count == objects.count && !long.isEmpty)

        // The same question in table mode: sex down, age bands across, in the long form's order.
        let table = try KratProcess.run(["--demo", "--lang", "en", "-c", "stats breakdown by=sex,age_band period=2024"])
        #expect(table.status == 0, "\(table.standardError)")
        let rows = table.standardOutput.split(separator: "\n").filter { $0.hasPrefix("|") }
            .map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
        let header = try #require(rows.first)
        #expect(header.first == "Sex")
        let bands = Array(header.dropFirst())
        // Age bands across: the long form's bands in its order (labels for codes: 0-5 → 0–5 years…).
        let bandCodes = long.map(\.1).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        #expect(bands.count == bandCodes.count)
        let sexCodes = long.map(\.0).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        #expect(rows.count - 1 == sexCodes.count)
        for (r, sex) in sexCodes.enumerated() {
            for (c, band) in bandCodes.enumerated() {
                let expected = try #require(long.first { $0.0 == sex && $0.1 == band }).2
                #expect(rows[r + 1][c + 1] == String(expected), "\(sex) × \(band)")
            }
        }
        #expect(bands.last == "Total" && rows.last?.first == "Total")
    }
}
