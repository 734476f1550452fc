import Foundation
import KRATTestSupport
import KRATCore
import KRATStorage
import Testing

/// `krat init --share-pseudonyms-with`: two counties that share a pseudonym key give the same
/// person the same pseudonym, so a national merge counts the person once.
@Suite struct SharedPseudonymKeyTests {
    @Test func aSecondCountySharesThePseudonymKeyOfTheFirst() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("krat-keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let kukes = directory.appendingPathComponent("kukes.sqlite").path
        let lezhe = directory.appendingPathComponent("lezhe.sqlite").path
        let vlore = directory.appendingPathComponent("vlore.sqlite").path

        #expect(try KratProcess.run(["init", kukes, "--county", "Kukës"]).status == 0)
        let shared = try KratProcess.run(["init", lezhe, "--county", "Lezhë", "--share-pseudonyms-with", kukes + ".key"])
        #expect(shared.status == 0, "\(shared.standardError)")
        #expect(shared.standardOutput.contains("shares the pseudonym key of"))
        #expect(try KratProcess.run(["init", vlore, "--county", "Vlorë"]).status == 0)

        let person = PersonalData(firstName: "Arta", lastName: "Hoxha", personalID: "J12345678A")
        func pseudonym(_ database: String) throws -> Pseudonym? {
            try KeyFile.read(from: database + ".key").pseudonymKey.pseudonym(for: person)
        }
        #expect(try pseudonym(kukes) != nil)
        #expect(try pseudonym(kukes) == pseudonym(lezhe))
        #expect(try pseudonym(kukes) != pseudonym(vlore))

        let national = try KratProcess.run(["init", directory.appendingPathComponent("n.sqlite").path, "--national",
                                            "--share-pseudonyms-with", kukes + ".key"])
        #expect(national.status != 0)
        #expect(national.standardError.contains("national database holds no keys"))
    }
}
