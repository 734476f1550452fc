import Foundation
import Testing
@testable import KRATCore

/// Builds cases for the tests from written dates; every default gives a valid case.
enum SampleCase {
    static func day(_ text: String) -> Day {
        guard let day = Day(iso: text) else { fatalError("bad test date \(text)") }
        return day
    }

    /// The day the tests treat as today.
    static let today = day("2023-11-15")

    static func make(id: String = "DR-2023-0042",
                     county: County = .durres,
                     municipality: String? = "Shijak",
                     status: CaseStatus = .potentialVictim,
                     identifiedOn: String = "2023-03-10",
                     exploitation: [ExploitationType] = [.begging],
                     age: Int? = nil,
                     steps: [(SOPStepKind, String)] = [(.identification, "2023-03-10"), (.referral, "2023-03-12")],
                     personal: PersonalData = .none) -> CaseRecord {
        CaseRecord(id: id, county: county, municipality: municipality.flatMap { Municipality.named($0) },
                   status: status, identifiedOn: day(identifiedOn), identifiedBy: .statePolice, sex: .female,
                   citizenship: .albania, exploitation: exploitation, transnational: false,
                   streetSituation: true, ageAtIdentification: age,
                   steps: steps.map { SOPStep($0.0, on: day($0.1)) }, personal: personal)
    }
}

@Suite("CaseRecord validation")
struct CaseRecordTests {
    private let today = SampleCase.today

    private func fields(_ record: CaseRecord) -> [String] {
        record.validate(asOf: today).map(\.field)
    }

    @Test func validCasePasses() {
        let record = SampleCase.make(age: 14, personal: PersonalData(
            firstName: "Ana", lastName: "Hoxha", personalID: "J12345678A", phone: "+355 69 123 4567",
            birthDate: SampleCase.day("2009-01-20")))
        #expect(record.validate(asOf: today) == [])
        #expect(throws: Never.self) { try record.checked(asOf: today) }
    }

    // MARK: - One rule at a time

    @Test("empty id", arguments: ["", "   ", "\n"])
    func emptyID(id: String) {
        #expect(fields(SampleCase.make(id: id)) == ["case_id"])
    }

    @Test func longID() {
        #expect(fields(SampleCase.make(id: String(repeating: "X", count: 65))) == ["case_id"])
        #expect(fields(SampleCase.make(id: String(repeating: "X", count: 64))) == [])
    }

    @Test func municipalityInAnotherCounty() {
        #expect(fields(SampleCase.make(county: .durres, municipality: "Kavajë")) == ["municipality"])
        #expect(fields(SampleCase.make(county: .tirane, municipality: "Kavajë")) == [])
        #expect(fields(SampleCase.make(county: .durres, municipality: nil)) == [])
    }

    @Test func municipalityMessageNamesBothCounties() throws {
        let issue = try #require(SampleCase.make(county: .durres, municipality: "Kavajë").validate(asOf: today).first)
        #expect(issue.message == "Kavajë is in Tiranë, not in Durrës")
    }

    @Test func identificationInTheFuture() {
        let tomorrow = SampleCase.make(identifiedOn: "2023-11-16", steps: [])
        #expect(fields(tomorrow) == ["identified_on"])
        let onToday = SampleCase.make(identifiedOn: "2023-11-15", steps: [])
        #expect(fields(onToday) == [])
    }

    @Test func identificationBefore1990() {
        #expect(fields(SampleCase.make(identifiedOn: "1989-12-31", steps: [])) == ["identified_on"])
        #expect(fields(SampleCase.make(identifiedOn: "1990-01-01", steps: [])) == [])
    }

    @Test("stated age outside 0...120", arguments: [-1, 121, 500])
    func ageOutOfRange(age: Int) {
        #expect(fields(SampleCase.make(age: age)) == ["age"])
    }

    @Test("stated age inside 0...120", arguments: [0, 17, 18, 120])
    func ageInRange(age: Int) {
        #expect(fields(SampleCase.make(age: age)) == [])
    }

    @Test func birthDateAfterIdentification() {
        let record = SampleCase.make(identifiedOn: "2023-03-10",
                                     personal: PersonalData(birthDate: SampleCase.day("2023-03-11")))
        #expect(fields(record).contains("birth_date"))
        let sameDay = SampleCase.make(identifiedOn: "2023-03-10",
                                      personal: PersonalData(birthDate: SampleCase.day("2023-03-10")))
        #expect(fields(sameDay) == [])
        #expect(sameDay.ageAtIdentification == 0)
    }

    @Test("invalid personal ID numbers", arguments: [
        "12345678AB", "J1234567A", "J123456789A", "JJ2345678A", "J12345678", "J1234567AA", "J12345678Ë", "", "J-2345678A",
    ])
    func invalidPersonalID(id: String) {
        #expect(fields(SampleCase.make(personal: PersonalData(personalID: id))) == ["personal.personal_id"])
        #expect(!PersonalData.isValidPersonalID(id))
    }

    @Test("valid personal ID numbers", arguments: ["J12345678A", "j12345678a", "A00000000Z"])
    func validPersonalID(id: String) {
        #expect(fields(SampleCase.make(personal: PersonalData(personalID: id))) == [])
        #expect(PersonalData.isValidPersonalID(id))
    }

    @Test func personalIDMessageNeverEchoesTheValue() throws {
        let issue = try #require(SampleCase.make(personal: PersonalData(personalID: "X999")).validate(asOf: today).first)
        #expect(!issue.message.contains("X999"))
        #expect(issue.message.contains("J12345678A"))
    }

    @Test("bad phone numbers", arguments: ["call me", "069-ABC", "+", "", "069 123 4567 ext. 2"])
    func badPhone(phone: String) {
        #expect(fields(SampleCase.make(personal: PersonalData(phone: phone))) == ["personal.phone"])
    }

    @Test("good phone numbers", arguments: ["+355 69 123 4567", "0691234567", "(04) 222-333"])
    func goodPhone(phone: String) {
        #expect(fields(SampleCase.make(personal: PersonalData(phone: phone))) == [])
    }

    @Test func stepBeforeIdentification() {
        let record = SampleCase.make(identifiedOn: "2023-03-10",
                                     steps: [(.referral, "2023-03-09"), (.identification, "2023-03-10")])
        #expect(fields(record) == ["steps[0].date"])
        let sameDay = SampleCase.make(identifiedOn: "2023-03-10", steps: [(.referral, "2023-03-10")])
        #expect(fields(sameDay) == [])
    }

    @Test func stepInTheFuture() {
        let record = SampleCase.make(steps: [(.identification, "2023-03-10"), (.shelter, "2023-11-16")])
        #expect(fields(record) == ["steps[1].date"])
        let onToday = SampleCase.make(steps: [(.identification, "2023-03-10"), (.shelter, "2023-11-15")])
        #expect(fields(onToday) == [])
    }

    @Test func stepIssueMessageNamesTheStep() throws {
        let record = SampleCase.make(steps: [(.identification, "2023-03-10"), (.shelter, "2023-11-16")])
        let issue = try #require(record.validate(asOf: today).first)
        #expect(issue.message.contains("shelter"))
        #expect(issue.message.contains("2023-11-16"))
    }

    @Test func closureNotLast() {
        let record = SampleCase.make(steps: [(.identification, "2023-03-10"), (.closure, "2023-05-01"),
                                             (.employment, "2023-06-01")])
        #expect(fields(record) == ["closed_on"])
        let closedLast = SampleCase.make(steps: [(.identification, "2023-03-10"), (.employment, "2023-06-01"),
                                                 (.closure, "2023-07-01")])
        #expect(fields(closedLast) == [])
    }

    @Test func closedTwice() {
        let record = SampleCase.make(steps: [(.identification, "2023-03-10"), (.closure, "2023-05-01"),
                                             (.closure, "2023-05-01")])
        #expect(fields(record) == ["closed_on"])
    }

    @Test func identifiedTwice() {
        let record = SampleCase.make(steps: [(.identification, "2023-03-10"), (.identification, "2023-03-11")])
        #expect(fields(record) == ["steps"])
    }

    // MARK: - Every issue at once

    @Test func validateReturnsAllIssues() throws {
        let record = SampleCase.make(id: "", county: .durres, municipality: "Vlorë",
                                     personal: PersonalData(personalID: "123"))
        #expect(Set(fields(record)) == ["case_id", "municipality", "personal.personal_id"])
        #expect(fields(record).count == 3)
        do {
            try record.checked(asOf: today)
            Issue.record("checked(asOf:) should throw")
        } catch {
            #expect(Set(error.issues.map(\.field)) == ["case_id", "municipality", "personal.personal_id"])
        }
    }

    // MARK: - Derived facts

    @Test("age at identification is derived from the birth date, overriding a stated age", arguments: [
        ("2009-03-10", 14), ("2009-03-11", 13), ("2005-03-10", 18), ("2005-03-11", 17),
    ])
    func ageFromBirthDate(birth: String, age: Int) {
        let record = SampleCase.make(identifiedOn: "2023-03-10", age: 40,
                                     personal: PersonalData(birthDate: SampleCase.day(birth)))
        #expect(record.ageAtIdentification == age)
        #expect(record.isChild == (age < 18))
    }

    @Test func statedAgeWithoutBirthDate() {
        #expect(SampleCase.make(age: 16).ageAtIdentification == 16)
        #expect(SampleCase.make(age: 16).isChild == true)
        #expect(SampleCase.make(age: 18).isChild == false)
        #expect(SampleCase.make(age: nil).isChild == nil)
    }

    @Test func exploitationNormalisedToCodeOrder() {
        let record = SampleCase.make(exploitation: [.other, .begging, .sexual, .begging, .labour, .sexual])
        #expect(record.exploitation == [.sexual, .labour, .begging, .other])
        var changed = record
        changed.exploitation = [.organRemoval, .forcedMarriage, .organRemoval]
        #expect(changed.exploitation == [.forcedMarriage, .organRemoval])
        changed.exploitation.append(.sexual)
        #expect(changed.exploitation == [.sexual, .forcedMarriage, .organRemoval])
    }

    @Test func stepsKeptInDateOrder() {
        var record = SampleCase.make(steps: [(.shelter, "2023-03-15"), (.identification, "2023-03-10"),
                                             (.referral, "2023-03-12")])
        #expect(record.steps.map(\.kind) == [.identification, .referral, .shelter])
        record.record(SOPStep(.needsAssessment, on: SampleCase.day("2023-03-13")))
        #expect(record.steps.map(\.kind) == [.identification, .referral, .needsAssessment, .shelter])
        #expect(record.referredOn?.description == "2023-03-12")
        #expect(record.firstServiceOn?.description == "2023-03-15")
        #expect(record.closedOn == nil)
    }

    @Test func description() {
        #expect(SampleCase.make().description == "CaseRecord(DR-2023-0042, VMT, 2023-03-10)")
    }

    // MARK: - JSON

    @Test func jsonRoundTrip() throws {
        let record = SampleCase.make(age: 14, steps: [(.identification, "2023-03-10"), (.closure, "2023-09-01")],
                                     personal: PersonalData(firstName: "Ana", lastName: "Hoxha",
                                                            personalID: "J12345678A",
                                                            birthDate: SampleCase.day("2009-01-20")))
        let data = try JSONEncoder().encode(record)
        let back = try JSONDecoder().decode(CaseRecord.self, from: data)
        #expect(back == record)
        #expect(back.personal.firstName == "Ana")
        #expect(back.personal.birthDate?.description == "2009-01-20")
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains(#""identifiedOn":"2023-03-10""#))
        #expect(json.contains(#""status":"VMT""#))
    }
}
