import KRATCore
import KRATShell
import KRATStorage

/// `case show ID [county=NAME] [purpose=TEXT]`: one case; personal data for a case worker only, audited.
public struct CaseCommand: ShellCommand {
    public init() {}
    public var name: String { "case" }
    public var summary: Label { Label(sq: "Shfaq një rast", en: "Show one case") }
    public var usage: String { "case show ID [county=NAME] [purpose=\"why you read it\"]" }
    public var subcommands: [String] { ["show"] }

    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        try invocation.requireKnownKeys(["county", "purpose"], command: name)
        guard invocation.subcommand == "show", invocation.positionals.count == 2 else {
            throw .usage(command: name, problem: "give the case id", usage: usage)
        }
        let id = invocation.positionals[1]
        var county: County?
        if let text = invocation.value("county") {
            guard let found = County.named(text) else {
                throw .invalidArgument(key: "county", value: text, expected: "a county name such as Durrës or Durres")
            }
            county = found
        }
        let redacted = try storage(name) { () throws(StorageError) in try database.redactedCase(id: id, county: county) }
        var rows = CaseDetails.rows(of: redacted)
        if database.role.mayReadPersonalData {
            let purpose = invocation.value("purpose") ?? "case consulted in krat"
            let record = try storage(name) { () throws(StorageError) in
                try database.caseRecord(id: id, county: redacted.county, purpose: purpose)
            }
            rows += CaseDetails.personalRows(of: record)
        }
        var table = ResultTable(title: Label(sq: "Rasti \(id)", en: "Case \(id)"),
                                columns: [ResultTable.Column(key: "field", label: Label(sq: "Fusha", en: "Field"), role: .dimension),
                                          ResultTable.Column(key: "value", label: Label(sq: "Vlera", en: "Value"), role: .dimension)],
                                rows: rows)
        if database.role.mayReadPersonalData {
            table.notes.append(Label(sq: "Leximi i të dhënave personale u regjistrua në regjistrin e auditimit.",
                                     en: "This read of personal data was recorded in the audit log."))
        }
        return CommandOutput(table: table)
    }
}

/// The fields of one case as rows of `field`, `value`.
enum CaseDetails {
    static func row(_ sq: String, _ en: String, _ value: ResultTable.Cell) -> [ResultTable.Cell] {
        [.coded(code: en.lowercased().replacingOccurrences(of: " ", with: "_"), label: Label(sq: sq, en: en)), value]
    }

    static func rows(of item: RedactedCase) -> [[ResultTable.Cell]] {
        [
            row("Qarku", "County", .text(item.county.name)),
            row("Bashkia", "Municipality", item.municipality.map { .text($0.name) } ?? .none),
            row("Statusi", "Status", .coded(item.status)),
            row("Muaji i identifikimit", "Identified month", .text(item.identifiedMonth)),
            row("Identifikuar nga", "Identified by", .coded(item.identifiedBy)),
            row("Gjinia", "Sex", .coded(item.sex)),
            row("Grupmosha", "Age band", item.ageBand.map { .coded(code: $0.code, label: $0.label) } ?? .none),
            row("Shtetësia", "Citizenship", item.citizenship.map { .coded(code: $0.code, label: $0.label) } ?? .none),
            row("Shfrytëzimi", "Exploitation", .text(item.exploitation.map(\.code).joined(separator: ";"))),
            row("Ndërkombëtar", "Transnational", item.transnational.map { .text($0 ? "true" : "false") } ?? .none),
            row("Në situatë rruge", "Street situation", item.streetSituation.map { .text($0 ? "true" : "false") } ?? .none),
            row("Hapat SOP", "SOP steps", .text(item.stepKinds.map(\.code).joined(separator: " → "))),
            row("Ditë deri në referim", "Days to referral", item.daysToReferral.map { .integer($0) } ?? .none),
            row("Pseudonimi", "Pseudonym", item.pseudonym.map { .text($0.value) } ?? .none),
        ]
    }

    static func personalRows(of record: CaseRecord) -> [[ResultTable.Cell]] {
        let p = record.personal
        func text(_ value: String?) -> ResultTable.Cell { value.map { .text($0) } ?? .none }
        return [
            row("Emri", "First name", text(p.firstName)), row("Mbiemri", "Last name", text(p.lastName)),
            row("Numri personal", "Personal ID", text(p.personalID)), row("Telefoni", "Phone", text(p.phone)),
            row("Adresa", "Address", text(p.address)), row("Datëlindja", "Birth date", text(p.birthDate?.description)),
            row("Shënime", "Notes", text(p.notes)),
            row("Identifikuar më", "Identified on", .text(record.identifiedOn.description)),
        ] + record.steps.map { row("Hapi", "Step", .text("\($0.date) \($0.kind.code)")) }
    }
}
