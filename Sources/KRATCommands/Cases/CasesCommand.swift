import KRATCore
import KRATShell
import KRATStorage

/// `cases [period=P] [filters] [limit=N] [offset=N] [order=newest|oldest|id]`: redacted cases.
public struct CasesCommand: ShellCommand {
    public init() {}
    public var name: String { "cases" }
    public var summary: Label { Label(sq: "Liston rastet (pa të dhëna personale)", en: "List cases (no personal data)") }
    public var examples: [CommandExample] {
        [CommandExample("cases period=2025-09 status=VMT limit=10", Label(sq: "dhjetë VMT të identifikuara në shtator (analisti sheh muaj të plotë)", en: "ten potential victims identified in September (an analyst lists whole months)")),
         CommandExample("cases period=2025 municipality=Shijak order=id", Label(sq: "rastet e vitit të një bashkie, sipas numrit", en: "one municipality's cases of the year, by id"))]
    }
    public var usage: String { "cases [period=2023-Q4] [status=VT] [county=…] [limit=20] [offset=0] [order=newest|oldest|id]" }

    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        try invocation.requireKnownKeys(Invocation.caseFilterKeys + ["limit", "offset", "order"], command: name)
        let orderText = invocation.value("order") ?? "newest"
        guard let order = CaseQuery.Order(rawValue: orderText) else {
            throw .invalidArgument(key: "order", value: orderText, expected: "newest, oldest or id")
        }
        let query = CaseQuery(period: try invocation.period(), filter: try invocation.caseFilter(), order: order,
                              limit: try invocation.integer("limit", in: 1...100_000) ?? 20,
                              offset: try invocation.integer("offset") ?? 0)
        let page = try storage(name) { () throws(StorageError) in try database.cases(query) }
        let total = try storage(name) { () throws(StorageError) in try database.countMatching(query) }
        var table = CaseTable.make(page, title: Label(sq: "Rastet", en: "Cases"))
        table.notes.append(Label(sq: "\(page.count) nga \(total) raste", en: "\(page.count) of \(total) cases"))
        return CommandOutput(table: table)
    }
}
