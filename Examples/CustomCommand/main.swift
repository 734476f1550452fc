// CustomCommand: a county's own front end adds a command to the krat shell.
//
// The county registers `street-children`: children in street situations by municipality
// for the tourist season (June to September) of a year, against the same months of the year
// before — a concern the committee raises every summer. The package is not edited: the
// command is a type conforming to `ShellCommand`, registered into the shell's registry, and
// the database is opened through KRATCommands (here the generated demo county), never
// through KRATStorage.
//
//     swift run CustomCommand [YEAR]

import Foundation
import KRATCommands
import KRATCore
import KRATShell
import KRATStatistics

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
        let statistics = CaseStatistics(database)
        let year = try invocation.integer("year", in: 1990...2100) ?? statistics.today.year
        var filter = CaseFilter()
        filter.child = true
        filter.streetSituation = true
        let season = (try? Period(parsing: "\(year)-06..\(year)-09")) ?? .year(year)
        do {
            // The season against the same months of the year before, by municipality.
            var table = try statistics.compare(period: season, filter: filter, by: .municipality)
            table.title = Label(sq: "Fëmijë në situatë rruge, qershor–shtator \(year), krahasuar me të njëjtët muaj të \(year - 1)",
                                en: "Children in street situations, June–September \(year), against the same months of \(year - 1)")
            return CommandOutput(table: table)
        } catch {
            throw .failed(command: name, reason: CommandLineAdvice.text(for: error))
        }
    }
}

do {
    let demo = try DemoCounty.create(county: "Durrës", role: .analyst, user: "analist")
    defer { demo.folder.remove() }
    let shell = Shell(context: ShellContext(mode: .box, language: .sq))
    try DomainCommands.install(into: shell)
    try shell.registry.register(StreetChildrenCommand())          // the county's own command
    demo.session.attach(to: shell)
    let year = CommandLine.arguments.dropFirst().first.map { "year=\($0)" } ?? ""
    for line in [".help street-children", "street-children \(year)"] {
        let result = shell.execute(line: line)
        print(result.output, terminator: "")
        if let error = result.errorLine { print(error) }
    }
} catch {
    print("Error: \(error)")
    exit(1)
}
