import KRATStorage

/// Why a case import wrote nothing.
public enum CaseImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file has problems; nothing was written. `total` counts all of them, `problems` lists
    /// them (up to the importer's limit), one per line as `FILE:LINE: field: message`.
    case rejected(problems: [CaseImportProblem], total: Int)
    /// The file could not be read.
    case input(CSVError)
    /// The rejects file could not be written.
    case rejectsFile(CSVError)
    /// The database refused the import (it was rolled back).
    case storage(StorageError)

    /// The problems listed by ``rejected(problems:total:)``; empty for the other failures.
    public var problems: [CaseImportProblem] {
        if case .rejected(let problems, _) = self { return problems }
        return []
    }

    /// The last line of ``rejected(problems:total:)``: how many problems, and the two ways on;
    /// `skipping` names the option that loads the good rows in the caller's terms.
    public static func summary(total: Int, rejects: String, skipping: String) -> String {
        "\(total) problem\(total == 1 ? "" : "s"); nothing was imported. Correct the file, or import it again \(skipping) to load the good rows (the bad ones go to \(rejects))."
    }

    /// Every problem on its own line, or one line for the other failures.
    public var description: String {
        switch self {
        case let .rejected(problems, total):
            let more = total > problems.count ? ["… and \(total - problems.count) more problems"] : []
            let rejects = problems.first.map { "\($0.file).rejects.csv" } ?? "a rejects file beside it"
            return (problems.map(\.description) + more
                + [Self.summary(total: total, rejects: rejects, skipping: "skipping bad rows (skipBadRows)")])
                .joined(separator: "\n")
        case .input(let error): return error.description
        case .rejectsFile(let error): return "the rejects file: \(error.description)"
        case .storage(let error): return error.description + " Nothing was imported."
        }
    }
}
