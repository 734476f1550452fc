import KRATCore
import KRATExport
import KRATShell
import KRATStorage

/// The library's errors as the krat shell says them.
///
/// KRATStorage and KRATExport speak to a developer in their own terms (the case-worker role,
/// the update duplicate policy, `KRATDatabase.create`). A person at the shell needs the flag
/// or the command that does it; this is the one place that says so.
public enum CommandLineAdvice {
    /// The message of any error a command met, with the shell's advice where the library's was.
    public static func text(for error: any Error) -> String {
        switch error {
        case let storage as StorageError:
            return text(for: storage)
        case let failed as CaseImportError:
            return text(for: failed)
        case let failed as NationalMergeError:
            if case .notNational(let file) = failed {
                return "\(file): not a national database; create one with `krat init \(file) --national`."
            }
            return replacingStorage(in: failed)
        case let failed as any StorageFailure & CustomStringConvertible:
            return replacingStorage(in: failed)
        default:
            return "\(error)"
        }
    }

    /// A storage error, with `krat` flags and commands as the advice.
    public static func text(for error: StorageError) -> String {
        switch error {
        case let .notAKRATDatabase(file):
            "\(file): not a KRATKit database. Create one with `krat init \(file) --county NAME`."
        case let .missing(file):
            "\(file): no such database. Create one with `krat init \(file) --county NAME`."
        case let .keyFileMissing(path):
            "\(path): key file not found. The case-worker role needs the key file written when the database was created (use --key-file PATH)."
        case let .duplicateCase(id, county):
            "case \(id) already exists in \(county.name), and a case id is stored once per county. To replace the stored case import with duplicates=update (or update it); otherwise give the new case another id."
        case let .notPermitted(role, action, requires) where StorageError.roleIsTheReason(role, requires: requires):
            "\(action) is not permitted to the \(StorageError.flag(role)) role; "
                + (requires == .caseWorker
                    ? "open the database with `--role case-worker` and its key file"
                    : "open the database with `--role \(StorageError.flag(requires))` (or `--role case-worker`)")
                + " to do so."
        case let .notSampleData(file):
            "\(file) holds a county's real records: `generate` writes invented cases only into a database made for sample data "
                + "(`krat --demo`, or `krat init FILE --county NAME --sample`), so that no invented case is ever counted with real ones. Nothing was written."
        case let .sqlRefused(reason):
            "SQL refused: " + reason.replacingOccurrences(of: StorageError.publicQuestions, with: publicQuestions)
        case let .notPublished(request, rule):
            "the public role may not ask for \(request): \(rule). " + publicQuestions
        default:
            error.description
        }
    }

    /// What the public may ask, as shell commands.
    public static let publicQuestions =
        "The public sees fixed publication tables of whole calendar years that have ended, without case filters: "
        + "`stats breakdown by=DIM period=YEAR` (one dimension with its total), `stats trend by=year [split=DIM]`, "
        + "`stats compare YEAR [by=DIM]`, `stats flow YEAR`, `performance YEAR YEAR` and `export report YEAR FILE`."

    // MARK: - Imports

    private static func text(for error: CaseImportError) -> String {
        guard case let .rejected(problems, total) = error else { return replacingStorage(in: error) }
        let more = total > problems.count ? ["… and \(total - problems.count) more problems"] : []
        let rejects = problems.first.map { "\($0.file).rejects.csv" } ?? "a rejects file beside it"
        return (problems.map(text(for:)) + more
            + [CaseImportError.summary(total: total, rejects: rejects, skipping: "with skip-invalid")])
            .joined(separator: "\n")
    }

    /// One problem of a case import, with the import command's options as the advice.
    public static func text(for problem: CaseImportProblem) -> String {
        problem.description.replacingOccurrences(of: CaseImportProblem.duplicateAdvice,
            with: "import with duplicates=update to replace it, or duplicates=skip to keep the stored case")
    }

    private static func replacingStorage(in error: any StorageFailure & CustomStringConvertible) -> String {
        guard let inner = error.storageError else { return error.description }
        return error.description.replacingOccurrences(of: inner.description, with: text(for: inner))
    }
}
