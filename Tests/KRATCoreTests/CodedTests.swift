import Foundation
import Testing
@testable import KRATCore

@Suite("Coded values")
struct CodedTests {
    @Test("codes are found ignoring case, spaces and '-' for '_'", arguments: [
        ("vmt", CaseStatus.potentialVictim), ("VMT", .potentialVictim), ("Vt", .victim),
        ("not_victim", .notVictim), ("not-victim", .notVictim), ("NOT-VICTIM", .notVictim), ("  vt ", .victim),
    ])
    func caseStatusCodes(text: String, status: CaseStatus) {
        #expect(CaseStatus(code: text) == status)
    }

    @Test func otherEnumerations() {
        #expect(ExploitationType(code: "forced-marriage") == .forcedMarriage)
        #expect(ExploitationType(code: "Organ_Removal") == .organRemoval)
        #expect(SOPStepKind(code: "emergency-centre") == .emergencyCentre)
        #expect(Sex(code: "f") == .female)
        #expect(Role(code: "case-worker") == .caseWorker)
        #expect(TrendUnit(code: "QUARTER") == .quarter)
        #expect(ExploitationType(code: "forced marriage") == nil)
        #expect(CaseStatus(code: "victim") == nil)
        #expect(CaseStatus(code: "") == nil)
    }

    @Test func codeIsRawValue() {
        #expect(ExploitationType.forcedCriminality.code == "forced_criminality")
        #expect(ExploitationType.codes == ["sexual", "labour", "begging", "forced_criminality",
                                           "forced_marriage", "organ_removal", "other"])
        #expect(Sex.codes == ["F", "M", "U"])
    }

    @Test func parseReturnsTheValue() throws {
        #expect(try CaseStatus.parse("vt", field: "status") == .victim)
    }

    @Test func parseErrorListsAcceptedCodes() {
        do {
            _ = try CaseStatus.parse("victim", field: "status")
            Issue.record("'victim' should not parse")
        } catch {
            #expect(error.issues.map(\.field) == ["status"])
            #expect(error.issues.first?.message == "unknown code 'victim'; expected one of VMT, VT, not_victim")
            #expect(error.description == "status: unknown code 'victim'; expected one of VMT, VT, not_victim")
        }
        do {
            _ = try County.parse("Prishtina", field: "county")
            Issue.record("'Prishtina' should not parse")
        } catch {
            #expect(error.issues.first?.field == "county")
            #expect(error.description.contains("berat, diber, durres, elbasan, fier, gjirokaster, korce, kukes, lezhe, shkoder, tirane, vlore"))
        }
    }

    @Test func codedJSONUsesTheCode() throws {
        let data = try JSONEncoder().encode([CaseStatus.notVictim, .potentialVictim])
        #expect(String(decoding: data, as: UTF8.self) == #"["not_victim","VMT"]"#)
        #expect(try JSONDecoder().decode([CaseStatus].self, from: data) == [.notVictim, .potentialVictim])
        let exploitation = try JSONEncoder().encode([ExploitationType.forcedMarriage])
        #expect(String(decoding: exploitation, as: UTF8.self) == #"["forced_marriage"]"#)
    }

    @Test func jsonRoundTripOfDayAndPeriod() throws {
        struct Holder: Codable, Equatable {
            var day: Day
            var period: Period
        }
        let holder = Holder(day: SampleCase.day("2024-02-29"), period: .quarter(4, of: 2023))
        let data = try JSONEncoder().encode(holder)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains(#""day":"2024-02-29""#))
        #expect(json.contains(#""period":"2023-Q4""#))
        #expect(try JSONDecoder().decode(Holder.self, from: data) == holder)
        #expect(try JSONDecoder().decode(Holder.self, from: Data(#"{"day":"2023-10-18","period":"2023-10"}"#.utf8)) ==
                Holder(day: SampleCase.day("2023-10-18"), period: .month(10, of: 2023)))
    }

    @Test func labels() {
        let label = Label(sq: "Viti", en: "Year")
        #expect(label.text(.sq) == "Viti")
        #expect(label.text(.en) == "Year")
        #expect(Label("Durrës").text(.en) == "Durrës")
        #expect(TrendUnit.quarter.label == Label(sq: "Tremujori", en: "Quarter"))
    }
}
