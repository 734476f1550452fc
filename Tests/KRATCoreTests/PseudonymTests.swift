import Foundation
import Testing
@testable import KRATCore

@Suite("Pseudonyms")
struct PseudonymTests {
    /// A fixed key: bytes 0, 1, ..., 31.
    private let key: PseudonymKey
    /// Another fixed key: 32 bytes of 0xAA.
    private let otherKey: PseudonymKey

    init() throws {
        key = try PseudonymKey(bytes: Array(UInt8(0)..<UInt8(32)))
        otherKey = try PseudonymKey(bytes: [UInt8](repeating: 0xAA, count: 32))
    }

    private func pseudonym(_ person: PersonalData, key: PseudonymKey? = nil) throws -> Pseudonym {
        try #require((key ?? self.key).pseudonym(for: person))
    }

    @Test("the same personal ID in any case or spacing gives the same pseudonym", arguments: [
        "j12345678a", " J12345678A ", "J12345678a\t", "J 12345678 A", "j1234 5678a",
    ])
    func sameID(variant: String) throws {
        let reference = try pseudonym(PersonalData(personalID: "J12345678A"))
        #expect(try pseudonym(PersonalData(personalID: variant)) == reference)
    }

    @Test func personalIDWinsOverName() throws {
        let byID = try pseudonym(PersonalData(firstName: "Ana", lastName: "Hoxha", personalID: "J12345678A",
                                              birthDate: SampleCase.day("2008-03-01")))
        let sameIDOtherName = try pseudonym(PersonalData(firstName: "Anna", lastName: "Hoxhaj", personalID: "J12345678A"))
        #expect(byID == sameIDOtherName)
    }

    @Test("the same name and birth date with or without diacritics and in any case give the same pseudonym", arguments: [
        ("Ëngjëll", "Çela"), ("Engjell", "Cela"), ("ENGJELL", "CELA"), ("engjëll", "çela"), ("  Engjell ", " Cela"),
    ])
    func sameName(first: String, last: String) throws {
        let birth = SampleCase.day("2008-03-01")
        let reference = try pseudonym(PersonalData(firstName: "Ëngjëll", lastName: "Çela", birthDate: birth))
        #expect(try pseudonym(PersonalData(firstName: first, lastName: last, birthDate: birth)) == reference)
    }

    @Test func differentPeopleDiffer() throws {
        let birth = SampleCase.day("2008-03-01")
        let ana = try pseudonym(PersonalData(firstName: "Ana", lastName: "Hoxha", birthDate: birth))
        #expect(try pseudonym(PersonalData(firstName: "Ana", lastName: "Hoxha", birthDate: SampleCase.day("2008-03-02"))) != ana)
        #expect(try pseudonym(PersonalData(firstName: "Ana", lastName: "Hoxhaj", birthDate: birth)) != ana)
        #expect(try pseudonym(PersonalData(personalID: "J12345678A")) != pseudonym(PersonalData(personalID: "J12345678B")))
    }

    @Test func differentKeyGivesDifferentPseudonym() throws {
        let person = PersonalData(personalID: "J12345678A")
        #expect(try pseudonym(person, key: key) != pseudonym(person, key: otherKey))
        let sameKeyAgain = try PseudonymKey(bytes: Array(UInt8(0)..<UInt8(32)))
        #expect(try pseudonym(person, key: sameKeyAgain) == pseudonym(person, key: key))
    }

    @Test("no ID and no birth date identifies no one", arguments: [
        PersonalData(),
        PersonalData(firstName: "Ana", lastName: "Hoxha"),
        PersonalData(personalID: "   "),
        PersonalData(birthDate: SampleCase.day("2008-03-01")),
        PersonalData(firstName: " ", birthDate: SampleCase.day("2008-03-01")),
        PersonalData(phone: "+355 69 123 4567", address: "Rruga e Durrësit"),
    ])
    func noIdentity(person: PersonalData) {
        #expect(key.pseudonym(for: person) == nil)
    }

    @Test func thirtyTwoLowercaseHexDigits() throws {
        let value = try pseudonym(PersonalData(personalID: "J12345678A")).value
        #expect(value.count == 32)
        #expect(value.allSatisfy { "0123456789abcdef".contains($0) })
    }

    /// Known answers, checkable with
    /// `printf 'id:J12345678A' | openssl dgst -sha256 -mac HMAC -macopt hexkey:000102…1f`
    /// (the first 32 hex digits of the HMAC-SHA256).
    @Test func knownAnswers() throws {
        #expect(try pseudonym(PersonalData(personalID: "J12345678A")).value == "835955d66f8787de1eefd52897cc3c26")
        #expect(try pseudonym(PersonalData(firstName: "Ana", lastName: "Hoxha", birthDate: SampleCase.day("2008-03-01"))).value
                == "f83c2106346183baff4df0a30aa4df32")
    }

    @Test func normalisedIdentity() {
        #expect(PseudonymKey.normalisedIdentity(of: PersonalData(personalID: " j12345678a ")) == "id:J12345678A")
        #expect(PseudonymKey.normalisedIdentity(of: PersonalData(firstName: "Ana", lastName: "Hoxha",
                                                                 birthDate: SampleCase.day("2008-03-01")))
                == "name:ana_hoxha|2008-03-01")
    }

    @Test func wrappingStoredValues() {
        #expect(Pseudonym("0123456789abcdef0123456789abcdef")?.description == "0123456789abcdef0123456789abcdef")
        #expect(Pseudonym("0123456789ABCDEF0123456789ABCDEF") == nil)
        #expect(Pseudonym("0123456789abcdef") == nil)
        #expect(Pseudonym("0123456789abcdef0123456789abcdeg") == nil)
    }

    @Test("a key must be 32 bytes", arguments: [0, 16, 31, 33, 64])
    func keyLength(count: Int) {
        do {
            _ = try PseudonymKey(bytes: [UInt8](repeating: 1, count: count))
            Issue.record("a \(count)-byte key was accepted")
        } catch {
            #expect(error.issues.map(\.field) == ["pseudonym_key"])
        }
    }

    @Test func generatedKeysAreRandomAndRoundTrip() throws {
        let a = PseudonymKey.generate(), b = PseudonymKey.generate()
        #expect(a.bytes.count == 32)
        #expect(a.bytes != b.bytes)
        let person = PersonalData(personalID: "J12345678A")
        #expect(try PseudonymKey(bytes: a.bytes).pseudonym(for: person) == a.pseudonym(for: person))
    }
}

@Suite struct PseudonymKeyPrintingTests {
    @Test func aPseudonymKeyNeverPrintsItsBytes() throws {
        let key = try PseudonymKey(bytes: Data(repeating: 0xAB, count: 32))
        var dumped = ""
        dump(key, to: &dumped)
        for text in [String(describing: key), String(reflecting: key), "\(key)", dumped] {
            #expect(!text.lowercased().contains("abab"), "\(text)")
            #expect(!text.contains("171"), "\(text)")
        }
    }
}
