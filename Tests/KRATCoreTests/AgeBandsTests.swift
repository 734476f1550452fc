import Foundation
import Testing
@testable import KRATCore

@Suite("Age bands")
struct AgeBandsTests {
    @Test func standardBands() {
        #expect(AgeBands.standard.bands.map(\.code) == ["0-5", "6-11", "12-17", "18+"])
        #expect(AgeBands.standard.bands.map(\.isChildren) == [true, true, true, false])
        #expect(AgeBands.adultAge == 18)
    }

    @Test("standard band for an age", arguments: [
        (0, "0-5"), (5, "0-5"), (6, "6-11"), (11, "6-11"), (12, "12-17"), (17, "12-17"), (18, "18+"), (99, "18+"),
    ])
    func bandForAge(age: Int, code: String) {
        #expect(AgeBands.standard.band(forAge: age).code == code)
    }

    @Test func bandByCode() {
        #expect(AgeBands.standard.band(code: "12-17") == AgeBand(lower: 12, upper: 17))
        #expect(AgeBands.standard.band(code: "18+") == AgeBand(lower: 18, upper: nil))
        #expect(AgeBands.standard.band(code: "12-18") == nil)
    }

    @Test func labels() {
        let band = AgeBands.standard.band(forAge: 3)
        #expect(band.label.en == "0–5 years")
        #expect(band.label.sq == "0–5 vjeç")
        #expect(AgeBands.standard.band(forAge: 30).label.en == "18+ years")
    }

    @Test func bandsAreOrdered() {
        #expect(AgeBand(lower: 0, upper: 5) < AgeBand(lower: 6, upper: 11))
        #expect(AgeBands.standard.bands.sorted() == AgeBands.standard.bands)
    }

    @Test func customBands() throws {
        let bands = try AgeBands(lowerBounds: [0, 3, 14, 18, 25, 65])
        #expect(bands.bands.map(\.code) == ["0-2", "3-13", "14-17", "18-24", "25-64", "65+"])
        #expect(bands.band(forAge: 2).code == "0-2")
        #expect(bands.band(forAge: 3).code == "3-13")
        #expect(bands.band(forAge: 17).code == "14-17")
        #expect(bands.band(forAge: 18).code == "18-24")
        #expect(bands.band(forAge: 64).code == "25-64")
        #expect(bands.band(forAge: 65).code == "65+")
        #expect(bands.bands.map(\.isChildren) == [true, true, true, false, false, false])

        let twoBands = try AgeBands(lowerBounds: [0, 18])
        #expect(twoBands.bands.map(\.code) == ["0-17", "18+"])
    }

    @Test("invalid band definitions", arguments: [
        ([1, 6, 12, 18], ["must start at 0"]),
        ([0, 12, 6, 18], ["must ascend"]),
        ([0, 6, 6, 18], ["must ascend"]),
        ([0, 6, 12], ["must have a band starting at 18"]),
        ([0, 6, 12, 17, 25], ["must have a band starting at 18"]),
        ([5, 2], ["must start at 0", "must ascend", "must have a band starting at 18"]),
        ([], ["must start at 0", "must have a band starting at 18"]),
    ])
    func invalid(lowerBounds: [Int], messages: [String]) {
        do {
            let bands = try AgeBands(lowerBounds: lowerBounds)
            Issue.record("\(lowerBounds) accepted as \(bands.bands.map(\.code))")
        } catch {
            #expect(error.issues.map(\.field) == Array(repeating: "age_bands", count: messages.count))
            #expect(error.issues.map(\.message) == messages)
        }
    }

    @Test func tooManyBands() {
        #expect(throws: ValidationError.self) { try AgeBands(lowerBounds: Array(0...20)) }
        #expect(throws: Never.self) { try AgeBands(lowerBounds: Array(0...19)) }
    }

    @Test func codable() throws {
        let data = try JSONEncoder().encode(AgeBands.standard)
        #expect(try JSONDecoder().decode(AgeBands.self, from: data) == .standard)
    }
}
