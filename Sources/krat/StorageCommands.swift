import ArgumentParser
import KRATShell

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

        func validate() throws {
            if (county == nil) == !national {
                throw ValidationError("give exactly one of --county NAME or --national")
            }
        }

        func run() throws {
            // Storage wiring: create the schema with KRATStorage and write the key file.
            throw ShellError.notAvailable(
                feature: "krat init", remedy: "build the release that includes KRATStorage")
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
            // Storage wiring: merge each county database into NATIONAL with KRATStorage.
            throw ShellError.notAvailable(
                feature: "krat merge", remedy: "build the release that includes KRATStorage")
        }
    }
}
