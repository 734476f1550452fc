import Foundation
import Testing
@testable import KRATCore

/// Personal data full of markers that must never appear in any description.
private enum Markers {
    static let all = ["MARKERNAME123", "MARKERSURNAME456", "J99999999Z", "+355699999999",
                      "MARKERSTREET789", "1987-06-05", "MARKERNOTES000"]

    static let person = PersonalData(firstName: "MARKERNAME123", lastName: "MARKERSURNAME456",
                                     personalID: "J99999999Z", phone: "+355699999999",
                                     address: "MARKERSTREET789", birthDate: SampleCase.day("1987-06-05"),
                                     notes: "MARKERNOTES000")

    static let record = SampleCase.make(identifiedOn: "2023-03-10", personal: person)

    /// Every way Swift turns a value into text.
    static func renderings(of value: some Any) -> [String: String] {
        var dumped = ""
        dump(value, to: &dumped)
        var printed = ""
        print(value, to: &printed)
        var debugPrinted = ""
        debugPrint(value, to: &debugPrinted)
        return [
            "String(describing:)": String(describing: value),
            "interpolation": "\(value)",
            "String(reflecting:)": String(reflecting: value),
            "dump": dumped,
            "print": printed,
            "debugPrint": debugPrinted,
            "Mirror": Mirror(reflecting: value).children.map { "\($0.label ?? ""): \($0.value)" }.joined(separator: ","),
        ]
    }

    static func expectNoMarker(in value: some Any, sourceLocation: SourceLocation = #_sourceLocation) {
        for (how, text) in renderings(of: value) {
            for marker in all {
                #expect(!text.contains(marker), "\(how) shows \(marker): \(text)", sourceLocation: sourceLocation)
            }
        }
    }
}

@Suite("Personal data")
struct PersonalDataTests {
    @Test func personalDataNeverDescribesItself() {
        Markers.expectNoMarker(in: Markers.person)
        #expect(String(describing: Markers.person) == "PersonalData(redacted)")
        #expect(String(reflecting: Markers.person) == "PersonalData(redacted)")
    }

    @Test func caseRecordNeverDescribesItsPersonalData() {
        Markers.expectNoMarker(in: Markers.record)
        #expect("\(Markers.record)" == "CaseRecord(DR-2023-0042, VMT, 2023-03-10)")
    }

    @Test func collectionsAndOptionalsOfThemToo() {
        Markers.expectNoMarker(in: [Markers.record])
        Markers.expectNoMarker(in: Optional(Markers.person))
        Markers.expectNoMarker(in: ["case": Markers.record])
    }

    @Test func validationIssuesNeverEchoPersonalValues() {
        let bad = PersonalData(personalID: "MARKERNAME123", phone: "MARKERSURNAME456")
        let issues = bad.validate()
        #expect(issues.map(\.field) == ["personal_id", "phone"])
        for issue in issues {
            #expect(!issue.description.contains("MARKER"))
        }
    }

    @Test func emptiness() {
        #expect(PersonalData.none.isEmpty)
        #expect(PersonalData().isEmpty)
        #expect(!PersonalData(notes: "x").isEmpty)
        #expect(PersonalData.none.validate() == [])
    }

    @Test func roles() {
        #expect(Role.caseWorker.mayReadPersonalData)
        #expect(!Role.analyst.mayReadPersonalData)
        #expect(!Role.public.mayReadPersonalData)
        #expect(Role.analyst.maySeeCaseRecords)
        #expect(!Role.public.maySeeCaseRecords)
        #expect(Role.public.requiresSuppression)
        #expect(!Role.analyst.requiresSuppression)
    }
}

@Suite("Redacted case")
struct RedactedCaseTests {
    private let record = SampleCase.make(
        id: "DR-2023-0042", identifiedOn: "2023-03-10", exploitation: [.labour, .begging],
        steps: [(.identification, "2023-03-10"), (.referral, "2023-03-13"), (.needsAssessment, "2023-03-15"),
                (.shelter, "2023-03-20"), (.closure, "2023-09-01")],
        personal: PersonalData(firstName: "MARKERNAME123", personalID: "J99999999Z",
                               birthDate: SampleCase.day("2009-05-01"), notes: "MARKERNOTES000"))

    @Test func derivedFacts() {
        let redacted = record.redacted(pseudonym: nil)
        #expect(redacted.id == "DR-2023-0042")
        #expect(redacted.county == .durres)
        #expect(redacted.municipality?.name == "Shijak")
        #expect(redacted.status == .potentialVictim)
        #expect(redacted.identifiedMonth == "2023-03")
        #expect(redacted.identifiedBy == .statePolice)
        #expect(redacted.sex == .female)
        #expect(redacted.ageBand?.code == "12-17")   // 13 on 2023-03-10
        #expect(redacted.isChild == true)
        #expect(redacted.citizenship?.code == "AL")
        #expect(redacted.exploitation == [.labour, .begging])
        #expect(redacted.transnational == false)
        #expect(redacted.streetSituation == true)
        #expect(redacted.daysToReferral == 3)
        #expect(redacted.daysToFirstService == 10)
        #expect(redacted.stepKinds == [.identification, .referral, .needsAssessment, .shelter, .closure])
        #expect(redacted.isClosed)
        #expect(redacted.pseudonym == nil)
    }

    @Test func openCaseWithoutStepsOrAge() {
        let redacted = SampleCase.make(identifiedOn: "2023-12-31", steps: []).redacted(pseudonym: nil)
        #expect(redacted.identifiedMonth == "2023-12")
        #expect(redacted.ageBand == nil)
        #expect(redacted.isChild == nil)
        #expect(redacted.daysToReferral == nil)
        #expect(redacted.daysToFirstService == nil)
        #expect(!redacted.isClosed)
    }

    @Test("age band and child flag", arguments: [(5, "0-5", true), (17, "12-17", true), (18, "18+", false), (40, "18+", false)])
    func ageBands(age: Int, band: String, child: Bool) {
        let redacted = SampleCase.make(age: age).redacted(pseudonym: nil)
        #expect(redacted.ageBand?.code == band)
        #expect(redacted.isChild == child)
    }

    @Test func customAgeBands() throws {
        let bands = try AgeBands(lowerBounds: [0, 14, 18])
        #expect(SampleCase.make(age: 13).redacted(ageBands: bands, pseudonym: nil).ageBand?.code == "0-13")
        #expect(SampleCase.make(age: 15).redacted(ageBands: bands, pseudonym: nil).ageBand?.code == "14-17")
    }

    @Test func carriesThePseudonymGiven() throws {
        let pseudonym = try #require(Pseudonym("0123456789abcdef0123456789abcdef"))
        #expect(record.redacted(pseudonym: pseudonym).pseudonym == pseudonym)
    }

    @Test func hasNoPersonalProperty() {
        let forbidden = ["firstname", "lastname", "name", "personalid", "phone", "address", "birthdate",
                         "birth", "notes", "personal"]
        let labels = Mirror(reflecting: record.redacted(pseudonym: nil)).children.compactMap(\.label)
        #expect(labels.count == 18)
        for label in labels {
            let folded = label.lowercased().replacingOccurrences(of: "_", with: "")
            for word in forbidden {
                #expect(!folded.contains(word), "RedactedCase has a property '\(label)'")
            }
        }
    }

    @Test func holdsNoMarkerInAnyRendering() throws {
        let redacted = record.redacted(pseudonym: nil)
        let json = String(decoding: try JSONEncoder().encode(redacted), as: UTF8.self)
        var dumped = ""
        dump(redacted, to: &dumped)
        for text in [json, dumped, String(reflecting: redacted)] {
            #expect(!text.contains("MARKER"))
            #expect(!text.contains("J99999999Z"))
            #expect(!text.contains("2009-05-01"))
        }
    }
}
