import KRATCore
import KRATShell
import KRATStorage

/// `check`: SQLite's integrity check, the aggregates against the cases, and the audit chain.
///
/// The case worker's check recomputes every link of the audit chain with the key and compares
/// its end with the head file beside the key file; every other role's check finds missing
/// links and numbers only, and says so.
public struct CheckCommand: ShellCommand {
    public init() {}
    public var name: String { "check" }
    public var summary: Label { Label(sq: "Kontrollon integritetin e skedarit", en: "Check the file's integrity") }
    public var examples: [CommandExample] {
        [CommandExample("check", Label(sq: "integriteti i skedarit, agregatet kundrejt rasteve dhe zinxhiri i auditimit", en: "the file's integrity, the aggregates against the cases, and the audit chain"))]
    }
    public var usage: String { "check" }

    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        var problems = try storage(name) { () throws(StorageError) in try database.integrityCheck() }
        var notes: [String] = []
        var chainText = ""
        if database.role != .public {
            let report = try storage(name) { () throws(StorageError) in try database.checkAuditChain() }
            if let problem = report.problem { problems.append("audit chain broken: \(problem)") }
            notes = report.notes
            let verified = report.linksVerified ? "every link verified with the key" : "links present, not verified without the key"
            chainText = ", and the audit chain holds (\(report.entries) entries, \(verified)"
                + (report.head.map { "; head: \($0)" } ?? "") + ")"
        }
        if problems.isEmpty {
            let message = "ok: the file is sound, the aggregates equal the cases\(chainText)"
            return CommandOutput(message: ([message] + notes.map { "note: \($0)" }).joined(separator: "\n"))
        }
        throw .failed(command: name, reason: problems.joined(separator: "; "))
    }
}
