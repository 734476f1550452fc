import Foundation
import KRATCore
import KRATSampleData
import KRATShell
import KRATStorage

/// The generated demo database's files, removed when krat ends.
struct DemoFiles {
    let directory: String

    func remove() { try? FileManager.default.removeItem(atPath: directory) }
}

/// Opens the database the command line names, or generates the demo one.
struct DatabaseOpening {
    let options: ShellOptions

    var role: Role {
        switch options.role {
        case .caseWorker: .caseWorker
        case .analyst: .analyst
        case .public: .public
        }
    }

    var user: String { options.user ?? ProcessInfo.processInfo.environment["USER"] ?? NSUserName() }

    func open(progressTo writer: (@Sendable (String) -> Void)?) throws -> (database: KRATDatabase, demo: DemoFiles?) {
        if options.demo { return try openDemo(progressTo: writer) }
        guard let file = options.file else { throw ShellError.noSession(command: "krat") }
        do {
            return (try KRATDatabase.open(at: file, role: role, keyFilePath: options.keyFile, user: user), nil)
        } catch {
            throw ShellError.failed(command: "krat", reason: error.description)
        }
    }

    private func openDemo(progressTo writer: (@Sendable (String) -> Void)?) throws -> (database: KRATDatabase, demo: DemoFiles?) {
        var county = County.durres
        if let name = options.county {
            guard let found = County.named(name) else {
                throw ShellError.invalidArgument(key: "--county", value: name,
                                                 expected: County.allCases.map(\.name).joined(separator: ", "))
            }
            county = found
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("krat-demo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let demo = DemoFiles(directory: directory)
        let path = directory + "/demo-\(county.code).sqlite"
        do {
            let progress = ProgressReporter(title: "demo \(county.name)", total: DemoDatabase.caseCount, writer: writer)
            _ = try DemoDatabase.create(at: path, county: county) { done, _ in progress.update(done: done) }
            progress.finish()
            let database = try KRATDatabase.open(at: path, role: role, user: user)
            return (database, demo)
        } catch {
            demo.remove()
            throw ShellError.failed(command: "krat --demo", reason: error.description)
        }
    }
}
