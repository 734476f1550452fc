import KRATCore
import KRATShell
import KRATStorage

/// `institutions [kind=CODE]`: the institutions of the database with their kind,
/// municipality and the services they provide to victims.
public struct InstitutionsCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `institutions`.
    public var name: String { "institutions" }
    /// One line for `.help`.
    public var summary: Label { Label(sq: "Institucionet dhe shërbimet e tyre", en: "Institutions and their services") }
    public var examples: [CommandExample] {
        [CommandExample("institutions", Label(sq: "institucionet e qarkut, sipas llojit", en: "the county's institutions, by kind")),
         CommandExample("institutions kind=ngo", Label(sq: "vetëm OJF-të", en: "the NGOs only"))]
    }
    /// How to call it.
    public var usage: String { "institutions [kind=CODE]" }

    /// One row per institution, by name.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        try invocation.requireKnownKeys(["kind"], command: name)
        try invocation.requirePositionals(atMost: 0, command: name, usage: usage)
        var kind: InstitutionKind?
        if let text = invocation.value("kind") {
            guard let parsed = InstitutionKind(code: text) else {
                throw .invalidArgument(key: "kind", value: text, expected: "one of \(InstitutionKind.codes.joined(separator: ", "))")
            }
            kind = parsed
        }
        let institutions = try storage(name) { () throws(StorageError) in try database.institutions(kind: kind) }
            .sorted { ($0.name, $0.id ?? 0) < ($1.name, $1.id ?? 0) }
        let column = OrganisationTables.column
        let rows: [[ResultTable.Cell]] = institutions.map { institution in
            let municipality = institution.municipalityCode.flatMap { Municipality.withCode($0) }
            return [
                .integer(Int(institution.id ?? 0)), .text(institution.name), .coded(institution.kind),
                municipality.map { .coded(code: $0.code, label: Label($0.name)) }
                    ?? institution.municipalityCode.map { .text($0) } ?? .none,
                Self.services(institution.services),
            ]
        }
        return CommandOutput(table: ResultTable(
            title: Label(sq: "Institucionet", en: "Institutions"),
            columns: [column("id", "Nr.", "No."), column("name", "Emri", "Name"), column("kind", "Lloji", "Kind"),
                      column("municipality", "Bashkia", "Municipality"), column("services", "Shërbimet", "Services")],
            rows: rows))
    }

    /// The services as one cell: codes joined by `;`, labels by `, `.
    static func services(_ services: Set<ProviderService>) -> ResultTable.Cell {
        guard !services.isEmpty else { return .none }
        let sorted = services.sorted { $0.code < $1.code }
        return .coded(code: sorted.map(\.code).joined(separator: ";"),
                      label: Label(sq: sorted.map(\.label.sq).joined(separator: ", "),
                                   en: sorted.map(\.label.en).joined(separator: ", ")))
    }

    /// `kind=` values from the institution kinds, then the default completion.
    public func completions(for arguments: [String], partial: String, context: ShellContext) -> [String] {
        if arguments.last == "kind=" { return InstitutionKind.codes.filter { $0.hasPrefix(partial) } }
        return "kind".hasPrefix(partial) && !arguments.contains(where: { $0.hasPrefix("kind=") }) ? ["kind="] : []
    }
}
