import Foundation
import KRATCore
import KRATSampleData
import KRATShell
import KRATStorage

/// A generated demo county in a temporary folder (`krat --demo`), removed when krat ends.
///
/// Its database is marked as sample data, so the banner and every table say so, and
/// `generate` may add to it.
public final class DemoCounty {
    /// The demo database, opened for the role asked.
    public let session: DatabaseSession
    /// The temporary folder that holds the database and its key file.
    public let folder: Folder

    /// The demo's temporary folder, removed when krat ends.
    public struct Folder: Sendable {
        /// Its path.
        public let path: String

        /// Removes the folder and the demo database in it.
        public func remove() { try? FileManager.default.removeItem(atPath: path) }
    }

    private init(session: DatabaseSession, directory: String) {
        self.session = session
        self.folder = Folder(path: directory)
    }

    /// Generates the demo of `county` (Durrës when nil; a name as written in Albanian, with or
    /// without diacritics) and opens it for `role`.
    public static func create(county name: String?, role: Role, user: String, clock: DayClock = .system,
                              progress: (@Sendable (String) -> Void)? = nil) throws(ShellError) -> DemoCounty {
        var county = County.durres
        if let name {
            guard let found = County.named(name) else {
                throw .invalidArgument(key: "--county", value: name,
                                       expected: County.allCases.map(\.name).joined(separator: ", "))
            }
            county = found
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("krat-demo-\(UUID().uuidString)").path
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .file(path: directory, reason: "the demo's folder could not be created: \(error.localizedDescription)")
        }
        let path = directory + "/demo-\(county.code).sqlite"
        do {
            let bar = ProgressReporter(title: "demo \(county.name)", total: DemoDatabase.caseCount, writer: progress)
            _ = try DemoDatabase.create(at: path, county: county, clock: clock) { done, _ in bar.update(done: done) }
            bar.finish()
            let database = try KRATDatabase.open(at: path, role: role, user: user, clock: clock)
            return DemoCounty(session: DatabaseSession(database: database), directory: directory)
        } catch {
            try? FileManager.default.removeItem(atPath: directory)
            throw .failed(command: "krat --demo", reason: CommandLineAdvice.text(for: error))
        }
    }
}
