import Foundation
import KRATCommands
import KRATCore
import KRATExport
import KRATShell
import KRATStorage
import KRATTestSupport
import Testing

/// The library speaks in its own terms; the shell gives the same advice with its flags and
/// commands, and says the same thing where there is no flag to name.
@Suite struct CommandLineAdviceTests {
    /// Every storage error whose advice differs between the library and the shell.
    static let errors: [StorageError] = [
        .notAKRATDatabase(file: "x.sqlite"), .missing(file: "x.sqlite"), .keyFileMissing(path: "x.key"),
        .notPermitted(role: .analyst, action: "importing cases"),
        .notPermitted(role: .public, action: "listing individual cases", requires: .analyst),
        .duplicateCase(id: "KU-1", county: .kukes), .notSampleData(file: "x.sqlite"),
        .notPublished(request: "a filter", rule: "whole years only"),
        .sqlRefused(reason: "the public role may not run SQL. " + StorageError.publicQuestions),
    ]

    @Test func theLibraryNamesNoCommandLineFlagOrCommand() {
        for error in Self.errors {
            let text = error.description
            for flag in ["--role", "--key-file", "--county", "krat init", "duplicates=", "skip-invalid", "`stats "] {
                #expect(!text.contains(flag), "\(text)")
            }
        }
    }

    @Test func theShellNamesTheFlagThatDoesIt() {
        let shell = Self.errors.map(CommandLineAdvice.text(for:))
        #expect(shell[0] == "x.sqlite: not a KRATKit database. Create one with `krat init x.sqlite --county NAME`.")
        #expect(shell[1] == "x.sqlite: no such database. Create one with `krat init x.sqlite --county NAME`.")
        #expect(shell[2].hasSuffix("(use --key-file PATH)."))
        #expect(shell[3] == "importing cases is not permitted to the analyst role; open the database with `--role case-worker` and its key file to do so.")
        #expect(shell[4] == "listing individual cases is not permitted to the public role; open the database with `--role analyst` (or `--role case-worker`) to do so.")
        #expect(shell[5].contains("import with duplicates=update"))
        #expect(shell[6].contains("`krat --demo`, or `krat init FILE --county NAME --sample`"))
        #expect(shell[7].hasSuffix(CommandLineAdvice.publicQuestions))
        #expect(shell[8] == "SQL refused: the public role may not run SQL. " + CommandLineAdvice.publicQuestions)
        #expect(CommandLineAdvice.publicQuestions.contains("`stats breakdown by=DIM period=YEAR`"))
    }

    @Test func errorsThatCarryAStorageErrorGetTheShellsAdviceToo() {
        let refused = StorageError.notPermitted(role: .analyst, action: "exporting personal data")
        let export = ExportError.storage(refused)
        #expect(CommandLineAdvice.text(for: export).contains("`--role case-worker`"))
        #expect(!export.description.contains("--role"))
        let merge = NationalMergeError.notNational(file: "k.sqlite")
        #expect(CommandLineAdvice.text(for: merge) == "k.sqlite: not a national database; create one with `krat init k.sqlite --national`.")
        #expect(!merge.description.contains("krat init"))
    }

    @Test func aRejectedImportNamesTheImportCommandsOptions() {
        let problem = CaseImportProblem(file: "in.csv", line: 2, field: "case_id",
                                        message: "KU-1 is already in the database; " + CaseImportProblem.duplicateAdvice)
        let error = CaseImportError.rejected(problems: [problem], total: 1)
        #expect(CommandLineAdvice.text(for: error) == """
            in.csv:2: case_id: KU-1 is already in the database; import with duplicates=update to replace it, or duplicates=skip to keep the stored case
            1 problem; nothing was imported. Correct the file, or import it again with skip-invalid to load the good rows (the bad ones go to in.csv.rejects.csv).
            """)
        #expect(!error.description.contains("skip-invalid") && !error.description.contains("duplicates="))
    }
}
