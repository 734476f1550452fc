import KRATCore
import KRATShell
import KRATExport
import KRATStorage

/// `import cases FILE [skip-invalid] [duplicates=fail|update|skip]`: cases from the KRATKit case CSV;
/// `import calendar|plan|meetings FILE.json [create-missing] [update]`: organisational transfer files.
public struct ImportCommand: ShellCommand {
    public init() {}
    public var name: String { "import" }
    public var summary: Label {
        Label(sq: "Importon raste nga CSV, ose kalendarin, planin, mbledhjet nga JSON",
              en: "Import cases from CSV, or the calendar, plan, meetings from JSON")
    }
    public var examples: [CommandExample] {
        [CommandExample("import cases intake-2025.csv", Label(sq: "gjithçka ose asgjë: çdo problem listohet dhe asgjë nuk shkruhet", en: "all or nothing: every problem is listed and nothing is written")),
         CommandExample("import cases intake-2025.csv skip-invalid", Label(sq: "rreshtat e mirë brenda; të këqijtë në një skedar refuzimesh (0600)", en: "the good rows in; the bad ones to a rejects file (mode 0600)")),
         CommandExample("import calendar calendar.json create-missing", Label(sq: "kalendari i një qarku tjetër, duke krijuar institucionet që përmend", en: "another county's calendar, creating the institutions it names"))]
    }
    public var usage: String {
        "import cases FILE [skip-invalid] [duplicates=fail|update|skip]\n       " + OrganisationTransferCommands.importUsage
    }
    public var subcommands: [String] { ["cases"] + OrganisationTransferCommands.subcommands }

    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        if let kind = invocation.subcommand, OrganisationTransferCommands.subcommands.contains(kind) {
            return try OrganisationTransferCommands.importFile(invocation, database, command: name)
        }
        try invocation.requireKnownKeys(["duplicates"], command: name)
        let words = invocation.positionals
        guard words.first == "cases", words.count >= 2, words.count <= 3, words.count == 2 || words[2] == "skip-invalid" else {
            throw .usage(command: name, problem: "give the CSV file", usage: usage)
        }
        let policyText = invocation.value("duplicates") ?? "fail"
        guard let policy = DuplicatePolicy(rawValue: policyText) else {
            throw .invalidArgument(key: "duplicates", value: policyText, expected: "fail, update or skip")
        }
        let options = CaseCSVImporter.Options(duplicates: policy, skipBadRows: words.count == 3,
                                              purpose: "CSV import of \(words[1])")
        let report: CaseImportReport
        do {
            var bar: ProgressReporter?
            report = try CaseCSVImporter(database: database, options: options).importFile(atPath: words[1]) { done, total in
                if bar == nil { bar = context.makeProgress(title: "import", total: total ?? done) }
                bar?.update(done: done)
            }
            bar?.finish()
        } catch {
            throw .failed(command: name, reason: CommandLineAdvice.text(for: error))
        }
        var lines = ["Read \(report.rowsRead) rows from \(words[1]): \(report.summary.inserted) cases added, "
                     + "\(report.summary.updated) updated, \(report.summary.skipped) already present and left as they were."]
        if report.rejectedRows > 0, let rejects = report.rejectsPath {
            lines.append("\(report.rejectedRows) bad rows were left out and written to \(rejects) (mode 0600: it holds personal data).")
            lines += report.problems.prefix(20).map { CommandLineAdvice.text(for: $0) }
            if report.problemCount > 20 { lines.append("… and \(report.problemCount - 20) more problems.") }
        }
        return CommandOutput(message: lines.joined(separator: "\n"))
    }
}
