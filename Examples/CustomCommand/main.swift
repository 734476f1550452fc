// CustomCommand: a county's own front end adds a command to the krat shell.
//
// The county registers `street-children`: children in street situations by municipality
// for the tourist season (June to September) of a year, against the year before — a
// concern the committee raises every summer. The package is not edited: the command is a
// type conforming to `ShellCommand`, registered into the shell's registry.
//
//     swift run CustomCommand [YEAR]

import Foundation
import KRATCore
import KRATSampleData
import KRATShell
import KRATStorage

/// `street-children [year=YYYY]`: children in street situations in the tourist season.
struct StreetChildrenCommand: ShellCommand {
    var name: String { "street-children" }
    var summary: Label {
        Label(sq: "Fëmijë në situatë rruge në sezonin turistik", en: "Children in street situations in the tourist season")
    }
    var usage: String { "street-children [year=2024]" }

    func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        try invocation.requireKnownKeys(["year"], command: name)
        let year = try invocation.integer("year", in: 1990...2100) ?? Day.today().year
        var filter = CaseFilter()
        filter.child = true
        filter.streetSituation = true
        let season = { (year: Int) -> Period in
            (try? Period(parsing: "\(year)-06..\(year)-09")) ?? .year(year)
        }
        let counts: [CaseCounts]
        do {
            counts = try database.countCases(in: [season(year), season(year - 1)], filter: filter, by: [.municipality])
        } catch {
            throw .failed(command: name, reason: error.description)
        }
        let municipalities = database.scope.counties.flatMap(\.municipalities)
        let rows: [[ResultTable.Cell]] = municipalities.map { municipality in
            [.coded(code: municipality.code, label: Label(municipality.name)),
             .integer(counts[0][municipality.code]), .integer(counts[1][municipality.code])]
        }
        return CommandOutput(table: ResultTable(
            title: Label(sq: "Fëmijë në situatë rruge, qershor–shtator \(year)", en: "Children in street situations, June–September \(year)"),
            columns: [ResultTable.Column(key: "municipality", label: Label(sq: "Bashkia", en: "Municipality"), role: .dimension),
                      ResultTable.Column(key: "current", label: Label(String(year))),
                      ResultTable.Column(key: "previous", label: Label(String(year - 1)))],
            rows: rows))
    }
}

let year = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? Day.today().year
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("krat-custom-\(UUID().uuidString)").path
try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: directory) }

do {
    let path = directory + "/durres.sqlite"
    _ = try DemoDatabase.create(at: path, county: .durres)
    let shell = Shell(context: ShellContext(mode: .box, language: .sq))
    try DomainCommands.install(into: shell)
    try shell.registry.register(StreetChildrenCommand())          // the county's own command
    shell.context.session = DatabaseSession(database: try KRATDatabase.open(at: path, role: .analyst))
    for line in [".help street-children", "street-children year=\(year)"] {
        let result = shell.execute(line: line)
        print(result.output, terminator: "")
        if let error = result.errorLine { print(error) }
    }
} catch {
    print("Error: \(error)")
    exit(1)
}
