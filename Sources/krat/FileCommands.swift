import ArgumentParser
import Glibc
import KRATCommands
import KRATCore
import KRATShell

extension Krat {
    // MARK: - Subcommands on database files

    /// `krat init FILE --county NAME | --national`
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a county database (and its key file) or a national one.",
            usage: """
                krat init FILE --county NAME [--sample] [--share-pseudonyms-with KEYFILE]
                krat init FILE --national
                """)

        @Argument(help: "The database file to create.")
        var file: String

        @Option(help: "The county the database belongs to.")
        var county: String?

        @Flag(help: "Create a national database that county databases are merged into.")
        var national = false

        @Flag(help: "Fill the county database with generated sample data (ten years), marked as such for good: for training, never for real cases.")
        var sample = false

        @Option(name: .customLong("share-pseudonyms-with"),
                help: "Another county's key file whose pseudonym key this county shares, so a person counts once in a national merge (the data key is always new).")
        var sharedKeyFile: String?

        func validate() throws {
            if (county == nil) == !national {
                throw ValidationError("give exactly one of --county NAME or --national")
            }
            if national, sample {
                throw ValidationError("--sample makes a county's training database; a national one is merged from counties")
            }
            if national, sharedKeyFile != nil {
                throw ValidationError("--share-pseudonyms-with is for a county database; a national database holds no keys")
            }
        }

        func run() throws {
            var found: County?
            if let county {
                guard let named = County.named(county) else {
                    throw ValidationError("unknown county '\(county)'; expected one of \(County.allCases.map(\.name).joined(separator: ", "))")
                }
                found = named
            }
            let progress: (@Sendable (String) -> Void)? = Terminal.isTerminal(STDOUT_FILENO)
                ? { @Sendable text in Terminal.write(text, to: STDOUT_FILENO) } : nil
            print(try DatabaseFiles.create(at: file, county: found, sharingPseudonymsWith: sharedKeyFile,
                                           sample: sample, progress: progress))
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
            for line in try DatabaseFiles.merge(into: national, from: files) { print(line) }
        }
    }
}
