import Foundation
import KRATTestSupport
import KRATCore
import KRATStorage
import Testing

/// Invented victims never enter a real county's database: `generate` is refused on a file
/// made by `krat init`, works on the demo and on `krat init … --sample`, and the banner and
/// every table of a sample database say what it is.
@Suite struct SampleDataTests {
    let folder = TemporaryDirectory("krat-sample-e2e")

    @Test func generateIsRefusedOnARealCountyAndWritesNothing() throws {
        let path = folder.path("kukes.sqlite")
        let created = try KratProcess.run(["init", path, "--county", "Kukës"])
        #expect(created.status == 0, "\(created.standardError)")
        let refused = try KratProcess.run([path, "--role", "case-worker", "-c", "generate cases 5"])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("holds a county's real records"))
        #expect(refused.standardError.contains("krat init FILE --county NAME --sample"))
        #expect(refused.standardOutput.isEmpty)
        // Counted independently of krat: the file has no case at all.
        let database = try KRATDatabase.open(at: path, role: .analyst)
        #expect(try database.countMatching(CaseQuery()) == 0)
        #expect(!database.holdsSampleData)
        // Nor does a real county's table carry the sample-data note.
        let table = try KratProcess.run([path, "--lang", "en", "-c", "stats compare 2025"])
        #expect(table.status == 0, "\(table.standardError)")
        #expect(!table.standardOutput.contains("SAMPLE DATA"))
    }

    @Test func aSampleFileTakesGeneratedCasesAndSaysSoEverywhere() throws {
        let path = folder.path("training.sqlite")
        let created = try KratProcess.run(["init", path, "--county", "Berat", "--sample"])
        #expect(created.status == 0, "\(created.standardError)")
        #expect(created.standardOutput.contains("generated sample data"))
        let before = try KRATDatabase.open(at: path, role: .analyst).countMatching(CaseQuery())
        #expect(before == 6_000)
        let generated = try KratProcess.run([path, "--role", "case-worker", "--lang", "en",
                                             "-c", "generate cases 5 seed=3", "-c", "stats compare 2025"])
        #expect(generated.status == 0, "\(generated.standardError)")
        #expect(generated.standardOutput.contains("Generated 5 cases"))
        #expect(generated.standardOutput.contains("SAMPLE DATA: generated cases and records, not real ones."))
        #expect(try KRATDatabase.open(at: path, role: .analyst).countMatching(CaseQuery()) == before + 5)
    }

    @Test func theDemoSaysItIsSampleData() throws {
        let demo = try KratProcess.run(["--demo", "--county", "Kukës", "--lang", "en", "--role", "case-worker",
                                        "-c", "generate cases 3 seed=9", "-c", "stats trend by=year"])
        #expect(demo.status == 0, "\(demo.standardError)")
        #expect(demo.standardOutput.contains("Generated 3 cases"))
        #expect(demo.standardOutput.contains("SAMPLE DATA"))
    }

    @Test func aRealCountyCannotBeMergedIntoASampleNationalFileNorTheOtherWay() throws {
        let real = folder.path("fier.sqlite"), sample = folder.path("vlore.sqlite")
        #expect(try KratProcess.run(["init", real, "--county", "Fier"]).status == 0)
        #expect(try KratProcess.run(["init", sample, "--county", "Vlorë", "--sample"]).status == 0)
        let national = folder.path("national.sqlite")
        let merged = try KratProcess.run(["merge", national, real, sample])
        #expect(merged.status == 1)
        #expect(merged.standardError.contains("\(sample): holds generated sample data"))
        // The real county went in; the sample one did not.
        let file = try KRATDatabase.open(at: national, role: .analyst)
        #expect(!file.holdsSampleData)
        #expect(try file.countMatching(CaseQuery()) == 0)
        let trainingNation = folder.path("training-nation.sqlite")
        let sampleFirst = try KratProcess.run(["merge", trainingNation, sample, real])
        #expect(sampleFirst.status == 1)
        #expect(sampleFirst.standardError.contains("\(real): holds real records"))
        let training = try KRATDatabase.open(at: trainingNation, role: .analyst)
        #expect(training.holdsSampleData)
        #expect(try training.countMatching(CaseQuery()) == 6_000)
    }
}
