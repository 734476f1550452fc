import Foundation
import KRATCore
import KRATExport
import KRATSampleData
import KRATShell
import KRATStorage

/// What a front end does with database files before a shell starts: create one, open one,
/// merge counties into the national file.
///
/// It is the front end's only door to storage: `krat` (and any county's own front end) asks
/// here, and gets shell errors whose advice names the shell's flags and commands.
public enum DatabaseFiles {
    /// Creates a county database and its key file (mode 0600), or a national database.
    ///
    /// - Parameters:
    ///   - county: the county, or nil for the national database.
    ///   - sharedKeyFile: another county's key file whose pseudonym key the new county shares,
    ///     so a person met in both counts once in a national merge (its data key is always new).
    ///   - sample: marks the file, for good, as one of generated sample data and fills it with
    ///     the demo's ten years of cases and records (a county only).
    /// - Returns: what was created, in a sentence for the user.
    public static func create(at path: String, county: County?, sharingPseudonymsWith sharedKeyFile: String? = nil,
                              sample: Bool = false, clock: DayClock = .system,
                              progress: (@Sendable (String) -> Void)? = nil) throws(ShellError) -> String {
        let scope = county.map(DatabaseScope.county) ?? .national
        do {
            let keys = try sharedKeyFile.map { path throws(StorageError) in
                KeyFile.generate(sharing: try KeyFile.read(from: path).pseudonymKey)
            }
            let database = try KRATDatabase.create(at: path, scope: scope, keys: keys, sampleData: sample, clock: clock)
            var message = "Created \(path) for \(database.scope)."
            if sample {
                let bar = ProgressReporter(title: "sample \(database.scope)", total: DemoDatabase.caseCount, writer: progress)
                try DemoDatabase.fill(database) { done, _ in bar.update(done: done) }
                bar.finish()
                message += " It holds generated sample data (\(DemoDatabase.years) years), marked as such for good: "
                    + "for training and trying krat, never for real cases."
            }
            if scope != .national {
                message += " Its key file is \(KeyFile.defaultPath(forDatabase: path)) (mode 0600): keep it secret and apart from backups; without it no personal data can be read."
                if let sharedKeyFile { message += " It shares the pseudonym key of \(sharedKeyFile), so the same person has the same pseudonym in both." }
            }
            return message
        } catch {
            throw .failed(command: "krat init", reason: CommandLineAdvice.text(for: error))
        }
    }

    /// Opens a database for `role` (the case worker needs the key file, default `FILE.key`).
    public static func open(at path: String, role: Role, keyFile: String? = nil, user: String,
                            clock: DayClock = .system) throws(ShellError) -> DatabaseSession {
        do {
            return DatabaseSession(database: try KRATDatabase.open(at: path, role: role, keyFilePath: keyFile,
                                                                    user: user, clock: clock))
        } catch {
            throw .failed(command: "krat", reason: CommandLineAdvice.text(for: error))
        }
    }

    /// Merges county databases into a national one (created when missing, for sample data when
    /// the first county is sample data): redacted cases only, each county replacing its earlier
    /// contribution. Returns one line per county and a closing line with the totals.
    public static func merge(into national: String, from files: [String],
                             clock: DayClock = .system) throws(ShellError) -> [String] {
        let database: KRATDatabase
        do {
            if FileManager.default.fileExists(atPath: national) {
                database = try KRATDatabase.open(at: national, role: .caseWorker, clock: clock)
            } else {
                let sample = try files.first.map { file throws(StorageError) in
                    try KRATDatabase.open(at: file, role: .analyst, clock: clock).holdsSampleData
                } ?? false
                database = try KRATDatabase.create(at: national, scope: .national, sampleData: sample, clock: clock)
            }
        } catch {
            throw .failed(command: "krat merge", reason: CommandLineAdvice.text(for: error))
        }
        do {
            var lines = try NationalMerge.merge(into: database, from: files).map { contribution in
                "\(contribution.file): \(contribution.cases) redacted cases of \(contribution.county.name) (replacing its earlier contribution)"
            }
            let everything = try Period(parsing: "1990..2100")
            lines.append("\(national): \(try database.countCases(in: everything).total) cases, "
                         + "\(try database.countPersons(in: everything)) distinct persons (by pseudonym) in all.")
            return lines
        } catch {
            throw .failed(command: "krat merge", reason: CommandLineAdvice.text(for: error))
        }
    }
}
