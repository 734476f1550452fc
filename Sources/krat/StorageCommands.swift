import ArgumentParser
import Foundation
import KRATCore
import KRATExport
import KRATShell
import KRATStorage

extension Krat {
    // MARK: - Subcommands that need storage

    /// `krat init FILE --county NAME | --national`
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a county database (and its key file) or a national one.")

        @Argument(help: "The database file to create.")
        var file: String

        @Option(help: "The county the database belongs to.")
        var county: String?

        @Flag(help: "Create a national database that county databases are merged into.")
        var national = false

        @Option(name: .customLong("share-pseudonyms-with"),
                help: "Another county's key file whose pseudonym key this county shares, so a person counts once in a national merge (the data key is always new).")
        var sharedKeyFile: String?

        func validate() throws {
            if (county == nil) == !national {
                throw ValidationError("give exactly one of --county NAME or --national")
            }
            if national, sharedKeyFile != nil {
                throw ValidationError("--share-pseudonyms-with is for a county database; a national database holds no keys")
            }
        }

        func run() throws {
            var scope = DatabaseScope.national
            if let county {
                guard let found = County.named(county) else {
                    throw ValidationError("unknown county '\(county)'; expected one of \(County.allCases.map(\.name).joined(separator: ", "))")
                }
                scope = .county(found)
            }
            do {
                let keys = try sharedKeyFile.map { path throws(StorageError) in
                    KeyFile.generate(sharing: try KeyFile.read(from: path).pseudonymKey)
                }
                let database = try KRATDatabase.create(at: file, scope: scope, keys: keys)
                var message = "Created \(file) for \(database.scope)."
                if scope != .national {
                    message += " Its key file is \(KeyFile.defaultPath(forDatabase: file)) (mode 0600): keep it secret and apart from backups; without it no personal data can be read."
                    if let sharedKeyFile { message += " It shares the pseudonym key of \(sharedKeyFile), so the same person has the same pseudonym in both." }
                }
                print(message)
            } catch {
                throw ShellError.failed(command: "krat init", reason: error.description)
            }
        }
    }

    /// `krat merge NATIONAL FILE...`
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Consolidate county databases into a national database.")

        @Argument(help: "The national database to merge into.")
        var national: String

        @Argument(help: "The county databases to merge.")
        var files: [String]

        func validate() throws {
            if files.isEmpty { throw ValidationError("give at least one county database FILE to merge") }
        }

        func run() throws {
            let database: KRATDatabase
            do {
                database = FileManager.default.fileExists(atPath: national)
                    ? try KRATDatabase.open(at: national, role: .caseWorker)
                    : try KRATDatabase.create(at: national, scope: .national)
            } catch {
                throw ShellError.failed(command: "krat merge", reason: error.description)
            }
            do {
                for contribution in try NationalMerge.merge(into: database, from: files) {
                    print("\(contribution.file): \(contribution.cases) redacted cases of \(contribution.county.name) (replacing its earlier contribution)")
                }
                let everything = try Period(parsing: "1990..2100")
                print("\(national): \(try database.countCases(in: everything).total) cases, "
                      + "\(try database.countPersons(in: everything)) distinct persons (by pseudonym) in all.")
            } catch {
                throw ShellError.failed(command: "krat merge", reason: "\(error)")
            }
        }
    }
}
