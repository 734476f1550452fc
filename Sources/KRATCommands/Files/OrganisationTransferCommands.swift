import Foundation
import KRATCore
import KRATShell
import KRATExport
import KRATStorage

/// `export calendar|plan|meetings …` and `import calendar|plan|meetings …`: organisational
/// records as transfer files, so they can move between counties' databases.
enum OrganisationTransferCommands {
    /// The subcommands, as `TransferKind` codes.
    static let subcommands = TransferKind.allCases.map(\.code)

    /// The usage lines of `export`.
    static let exportUsage = """
        export calendar PERIOD FILE.json
               export plan YEAR FILE.json
               export meetings PERIOD FILE.json
        """

    /// The usage line of `import`.
    static let importUsage = "import calendar|plan|meetings FILE.json [create-missing] [update]"

    /// `export calendar 2024 FILE.json`, `export plan 2024 FILE.json`, `export meetings 2024-Q1 FILE.json`.
    static func export(_ invocation: Invocation, _ database: KRATDatabase, command: String) throws(ShellError) -> CommandOutput {
        try invocation.requireKnownKeys([], command: command)
        let words = invocation.positionals
        guard words.count == 3, let kind = TransferKind(code: words[0]), words[2].hasSuffix(".json") else {
            throw .usage(command: command, problem: "give what to export, the period (the year for a plan) and a .json file",
                         usage: exportUsage)
        }
        let file = words[2]
        guard !FileManager.default.fileExists(atPath: file) else {
            throw .file(path: file, reason: "already exists; choose a new name (nothing is overwritten)")
        }
        let count: Int
        do {
            switch kind {
            case .plan:
                guard let year = Int(words[1]), (1990...2100).contains(year) else {
                    throw ShellError.invalidArgument(key: "year", value: words[1], expected: "a year such as 2024")
                }
                count = try OrganisationTransferExporter.exportPlan(from: database, year: year, toPath: file)
            case .calendar:
                count = try OrganisationTransferExporter.exportCalendar(from: database, period: try period(words[1]), toPath: file)
            case .meetings:
                count = try OrganisationTransferExporter.exportMeetings(from: database, period: try period(words[1]), toPath: file)
            }
        } catch let error as ShellError {
            throw error
        } catch let error as OrganisationTransferError {
            throw .failed(command: command, reason: CommandLineAdvice.text(for: error))
        } catch {
            throw .failed(command: command, reason: "\(error)")
        }
        let what = switch kind {
        case .calendar: "\(count) awareness activities of \(words[1])"
        case .plan: "the action plan \(words[1]) with its objectives, activities, indicators and measurements"
        case .meetings: "\(count) meetings of \(words[1])"
        }
        return CommandOutput(message: "Exported \(what), with the institutions they refer to, to \(file).")
    }

    /// `import calendar|plan|meetings FILE.json [create-missing] [update]`.
    static func importFile(_ invocation: Invocation, _ database: KRATDatabase, command: String) throws(ShellError) -> CommandOutput {
        try invocation.requireKnownKeys([], command: command)
        let words = invocation.positionals
        let flags = Set(words.dropFirst(2))
        guard words.count >= 2, words.count <= 4, let kind = TransferKind(code: words[0]),
              flags.isSubset(of: ["create-missing", "update"]), flags.count == words.count - 2 else {
            throw .usage(command: command, problem: "give the kind, the .json file and, if wanted, create-missing and update",
                         usage: importUsage)
        }
        let options = OrganisationTransferImporter.Options(createMissing: flags.contains("create-missing"),
                                                           update: flags.contains("update"))
        let report: OrganisationImportReport
        do {
            report = try OrganisationTransferImporter(database: database, options: options)
                .importFile(atPath: words[1], expecting: kind)
        } catch {
            throw .failed(command: command, reason: CommandLineAdvice.text(for: error))
        }
        var lines = ["\(words[1]): \(report.summary)"]
        lines += report.alreadyPresent.prefix(20)
        if report.alreadyPresent.count > 20 { lines.append("… and \(report.alreadyPresent.count - 20) more already present.") }
        return CommandOutput(message: lines.joined(separator: "\n"))
    }

    private static func period(_ text: String) throws(ShellError) -> Period {
        do { return try Period(parsing: text) } catch {
            throw .rejected(key: "period", value: text, problem: error.issues.first?.message)
        }
    }
}
