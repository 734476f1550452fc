import Foundation
import KRATCore
import KRATShell
import KRATExport
import KRATStorage

/// `export report` (the annual analysis as HTML) and `export bundle` (the coordinator's archive).
enum ExportDocuments {
    /// `export report YEAR FILE.html [lang=sq|en]`
    static func report(_ invocation: Invocation, _ database: KRATDatabase, context: ShellContext,
                       command: String) throws(ShellError) -> CommandOutput {
        try invocation.requireKnownKeys(["lang"], command: command)
        let words = invocation.positionals
        guard words.count == 3, let year = Int(words[1]), (1990...2100).contains(year), words[2].hasSuffix(".html") else {
            throw .usage(command: command, problem: "give the year and an .html file", usage: "export report 2024 annual-2024.html [lang=sq|en]")
        }
        let file = words[2]
        guard !FileManager.default.fileExists(atPath: file) else {
            throw .file(path: file, reason: "already exists; choose a new name (nothing is overwritten)")
        }
        var language = context.language
        if let text = invocation.value("lang") {
            guard let chosen = Language(rawValue: text) else { throw .invalidArgument(key: "lang", value: text, expected: "sq or en") }
            language = chosen
        }
        // The data run to today (the year's end for a past year); the report is prepared today.
        let today = database.today
        let asOf = year < today.year ? Period.year(year).end : today
        do {
            try AnnualReport.write(database: database, year: year, language: language, asOf: asOf, preparedOn: today,
                                   to: file)
        } catch {
            throw .failed(command: command, reason: CommandLineAdvice.text(for: error))
        }
        return CommandOutput(message: "Wrote the annual analysis \(year) (as of \(asOf), \(database.role.code) view) to \(file). Open it in a browser; it prints on A4.")
    }

    /// `export bundle PERIOD FILE.tar [photos=DIR] [missing=list]`
    static func bundle(_ invocation: Invocation, _ database: KRATDatabase, command: String) throws(ShellError) -> CommandOutput {
        try invocation.requireKnownKeys(["photos", "missing", "national"], command: command)
        let words = invocation.positionals
        let usage = "export bundle 2024-10 bundle.tar [photos=DIR] [missing=list] [national=true]"
        guard words.count == 3, words[2].hasSuffix(".tar") else {
            throw .usage(command: command, problem: "give the period and a .tar file", usage: usage)
        }
        let period: Period
        do { period = try Period(parsing: words[1]) } catch {
            throw .rejected(key: "period", value: words[1], problem: error.issues.first?.message)
        }
        let file = words[2]
        guard !FileManager.default.fileExists(atPath: file) else {
            throw .file(path: file, reason: "already exists; choose a new name (nothing is overwritten)")
        }
        let photos = invocation.value("photos") ?? "."
        let policy: CoordinatorBundle.PhotoPolicy = invocation.value("missing") == "list" ? .listMissing : .fail
        do {
            let bundle = try CoordinatorBundle(database: database, period: period, generatedOn: database.today,
                                               nationalCalendarOnly: invocation.value("national") == "true")
            let manifest = try bundle.write(to: file, photosDirectory: photos, policy: policy)
            var message = "Wrote \(manifest.activities.count) activities of \(period) with their notices, reports and photos to \(file)."
            if !manifest.missingPhotos.isEmpty {
                message += " \(manifest.missingPhotos.count) photos are not in it (not in \(photos), or changed): "
                    + "they are listed under missing_photos in its bundle.json."
            }
            return CommandOutput(message: message)
        } catch {
            var reason = CommandLineAdvice.text(for: error)
            if case .photoMissing = error { reason += " (add missing=list)" }
            throw .failed(command: command, reason: reason)
        }
    }
}
