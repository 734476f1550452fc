import Foundation
import KRATCore
import KRATShell
import KRATExport
import KRATStorage

/// `export cases|stats|htcds|report|bundle|calendar|plan|meetings … FILE`: files for people and other systems.
///
/// The format follows the file's extension (`.csv` or `.json`). Only a case worker's
/// `export cases … personal=true purpose="…"` holds personal data; it is audited and the
/// file is created with mode 0600.
public struct ExportCommand: ShellCommand {
    public init() {}
    public var name: String { "export" }
    public var summary: Label { Label(sq: "Eksporton në skedar", en: "Export to a file") }
    public var examples: [CommandExample] {
        [CommandExample("export cases vt-2025.csv period=2025 status=VT", Label(sq: "raste pa të dhëna personale në CSV", en: "redacted cases to a CSV file")),
         CommandExample("export stats trend by=year trend.json", Label(sq: "çdo tabelë statistikore në CSV ose JSON", en: "any statistics table as CSV or JSON")),
         CommandExample("export report 2024 analiza-2024.html", Label(sq: "analiza vjetore", en: "the annual analysis (Analiza Vjetore)")),
         CommandExample("export bundle 2025-10 tetor.tar photos=foto/", Label(sq: "aktivitetet e tetorit me raportet dhe fotot, për Koordinatorin Kombëtar", en: "October's activities with their reports and photos, for the National Coordinator"))]
    }
    public var usage: String {
        """
        export cases FILE.csv|FILE.json [filters] [period=P] [bom=true] [personal=true purpose="…"]
               export stats compare|trend|breakdown|flow … FILE.csv|FILE.json
               export htcds FILE.csv [filters] [period=P]
               export report YEAR FILE.html [lang=sq|en]
               export bundle PERIOD FILE.tar [photos=DIR] [missing=list] [national=true]
               \(OrganisationTransferCommands.exportUsage)
        """
    }
    public var subcommands: [String] { ["cases", "stats", "htcds", "report", "bundle"] + OrganisationTransferCommands.subcommands }

    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        switch invocation.subcommand {
        case "cases": return try exportCases(invocation, database, context)
        case "stats": return try exportStats(invocation, context)
        case "htcds": return try exportHTCDS(invocation, database, context)
        case "report": return try ExportDocuments.report(invocation, database, context: context, command: name)
        case "bundle": return try ExportDocuments.bundle(invocation, database, command: name)
        case "calendar", "plan", "meetings": return try OrganisationTransferCommands.export(invocation, database, command: name)
        default: throw .usage(command: name, problem: "say what to export", usage: usage)
        }
    }

    // MARK: - Cases

    private func exportCases(_ invocation: Invocation, _ database: KRATDatabase,
                             _ context: ShellContext) throws(ShellError) -> CommandOutput {
        try invocation.requireKnownKeys(Invocation.caseFilterKeys + ["bom", "personal", "purpose"], command: name)
        let file = try target(invocation, count: 2)
        let query = CaseQuery(period: try invocation.period(), filter: try invocation.caseFilter())
        let personal = invocation.value("personal") == "true"
        let options = CSVWriter.Options(byteOrderMark: invocation.value("bom") == "true")
        let purpose = invocation.value("purpose") ?? ""
        if personal, purpose.isEmpty {
            throw .failed(command: name, reason: ExportError.storage(.invalid(what: "export", issues: [ValidationIssue(
                field: "purpose", message: "state why personal data is exported: purpose=\"…\"")])).description)
        }
        let progress = try caseProgress(query, database, context)
        defer { progress?.bar.finish() }
        let advance = progress?.advance
        let count: Int
        do throws(ExportError) {
            if personal {
                count = file.hasSuffix(".json")
                    ? try CaseJSONExporter.exportFull(from: database, query: query, purpose: purpose, toPath: file,
                                                      progress: advance)
                    : try CaseCSVExporter(options: options).exportFull(from: database, query: query, purpose: purpose,
                                                                       toPath: file, progress: advance)
            } else {
                count = file.hasSuffix(".json")
                    ? try CaseJSONExporter.exportRedacted(from: database, query: query, toPath: file, progress: advance)
                    : try CaseCSVExporter(options: options).exportRedacted(from: database, query: query, toPath: file,
                                                                           progress: advance)
            }
        } catch {
            throw .failed(command: name, reason: CommandLineAdvice.text(for: error))
        }
        let kind = personal ? "with personal data (audited; the file is readable by you only)" : "redacted"
        return CommandOutput(message: "Exported \(count) cases, \(kind), to \(file).")
    }

    private func exportHTCDS(_ invocation: Invocation, _ database: KRATDatabase,
                             _ context: ShellContext) throws(ShellError) -> CommandOutput {
        try invocation.requireKnownKeys(Invocation.caseFilterKeys, command: name)
        let file = try target(invocation, count: 2)
        let query = CaseQuery(period: try invocation.period(), filter: try invocation.caseFilter())
        let progress = try caseProgress(query, database, context)
        defer { progress?.bar.finish() }
        do {
            let count = try HTCDSExporter.export(from: database, query: query, toPath: file, progress: progress?.advance)
            return CommandOutput(message: "Exported \(count) cases in the HTCDS-aligned format to \(file).")
        } catch {
            throw .failed(command: name, reason: CommandLineAdvice.text(for: error))
        }
    }

    // MARK: - Statistics tables

    private func exportStats(_ invocation: Invocation, _ context: ShellContext) throws(ShellError) -> CommandOutput {
        let file = try target(invocation, count: nil)
        var words = Array(invocation.words.dropFirst())
        if let index = words.lastIndex(of: file) { words.remove(at: index) }
        let line = (["stats"] + words.map(Self.quoted)).joined(separator: " ")
        let output = try StatisticsCommand().run(try Invocation(parsing: line), context: context)
        guard let table = output.tables.first else {
            throw .failed(command: name, reason: "the statistics returned no table to export")
        }
        do {
            if file.hasSuffix(".json") {
                try ResultTableExporter().writeJSON(table, toPath: file)
            } else {
                try ResultTableExporter(header: .keys).writeCSV(table, toPath: file)
            }
        } catch {
            throw .failed(command: name, reason: "\(file): \(error)")
        }
        return CommandOutput(message: "Exported \(table.rows.count) rows of “\(table.title.text(context.language))” to \(file).")
    }

    // MARK: - Helpers

    /// The bar of a case export and the callback that moves it, or nil when no bar is drawn:
    /// sizing the bar costs a COUNT(*) over the matching cases, paid only when it is drawn.
    private func caseProgress(_ query: CaseQuery, _ database: KRATDatabase,
                              _ context: ShellContext) throws(ShellError) -> (bar: ProgressReporter, advance: (Int) -> Void)? {
        let bar = try context.makeProgressBar(title: "export") { () throws(ShellError) in
            try storage(name) { () throws(StorageError) in try database.countMatching(query) }
        }
        return bar.map { bar in (bar, { bar.update(done: $0) }) }
    }

    /// The file: the last positional, after `count` words (nil: any number before it).
    private func target(_ invocation: Invocation, count: Int?) throws(ShellError) -> String {
        let words = invocation.positionals
        guard let file = words.last, words.count >= 2, count == nil || words.count == count,
              file.hasSuffix(".csv") || file.hasSuffix(".json") else {
            throw .usage(command: name, problem: "end with the file to write, named .csv or .json", usage: usage)
        }
        guard !FileManager.default.fileExists(atPath: file) else {
            throw .file(path: file, reason: "already exists; choose a new name (nothing is overwritten)")
        }
        return file
    }

    static func quoted(_ word: String) -> String {
        word.contains(where: { $0 == " " || $0 == "\"" }) ? "'\(word.replacingOccurrences(of: "'", with: "\\'"))'" : word
    }
}
