import KRATCore
import KRATShell
import KRATStorage

/// `case SUBCOMMAND ID …`: one case, from its entry to its closure.
///
/// `show` reads it (personal data for the case worker only, audited); `new`, `step`,
/// `status`, `close`, `reopen`, `review`, `edit` and `erase` record its process (case worker
/// only, each checked by KRATCore before anything is stored); `history` lists its changes.
public struct CaseCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `case`.
    public var name: String { "case" }
    /// One line for `.help`.
    public var summary: Label { Label(sq: "Një rast: regjistrimi, hapat SOP, mbyllja, historia",
                                      en: "One case: entry, SOP steps, closure, history") }
    /// How to call it.
    public var usage: String {
        """
        case show ID [county=NAME] [purpose="why you read it"] | case new [id=ID identified_on=DATE identified_by=KIND sex=F|M|U status=VMT|VT …] \
        | case step ID KIND on=DATE [provider=INSTITUTION] | case status ID VT|not_victim on=DATE | case close ID on=DATE [reason=CODE] \
        | case reopen ID on=DATE | case review ID on=DATE | case edit ID FIELD=VALUE… | case erase ID reason="the lawful request" | case history ID
        """
    }
    /// The subcommands.
    public var subcommands: [String] { ["show", "new", "step", "status", "close", "reopen", "review", "edit", "erase", "history"] }
    /// Examples for `.help case`.
    public var examples: [CommandExample] {
        [CommandExample("case new", Label(sq: "regjistrim i udhëhequr, një pyetje për fushë (në terminal)",
                                          en: "guided entry, one prompt per field (on a terminal)")),
         CommandExample("case new id=DU-2025-0007 identified_on=2025-10-20 identified_by=state_police sex=F status=VMT municipality=Shijak",
                        Label(sq: "i njëjti në një rresht, për skriptet", en: "the same on one line, for scripts")),
         CommandExample("case step DU-2025-0007 referral on=2025-10-21", Label(sq: "referimi", en: "the referral")),
         CommandExample("case step DU-2025-0007 emergency_centre on=2025-10-23 provider=4",
                        Label(sq: "një shërbim, nga një institucion që e ofron", en: "a service, by an institution that offers it")),
         CommandExample("case status DU-2025-0007 VT on=2025-11-10", Label(sq: "VMT konfirmohet VT", en: "a VMT confirmed as VT")),
         CommandExample("case close DU-2025-0007 on=2026-05-01 reason=reintegrated", Label(sq: "mbyllja", en: "closure")),
         CommandExample("case edit DU-2025-0007 municipality=Durrës", Label(sq: "korrigjim", en: "a correction")),
         CommandExample("case history DU-2025-0007", Label(sq: "çdo ndryshim, kush dhe kur", en: "every change, who and when"))]
    }

    /// Runs a subcommand.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        switch invocation.subcommand {
        case "show": return try show(invocation, database: database)
        case "new": return try new(invocation, database: database, context: context)
        case "step", "status", "close", "reopen", "review": return try process(invocation, database: database)
        case "edit": return try edit(invocation, database: database)
        case "erase": return try erase(invocation, database: database)
        case "history": return try history(invocation, database: database)
        default:
            throw .usage(command: name, problem: "give one of \(subcommands.joined(separator: ", "))", usage: usage)
        }
    }

    /// The case id, the positional after the subcommand.
    func caseID(_ invocation: Invocation, extra: Int = 0, what: String = "the case id") throws(ShellError) -> String {
        guard invocation.positionals.count == 2 + extra else {
            throw .usage(command: name, problem: "give \(what)", usage: usage)
        }
        return invocation.positionals[1]
    }

    /// Refuses a role that may not write cases, before asking or parsing anything.
    func requireCaseWorker(_ database: KRATDatabase, _ action: String) throws(ShellError) {
        guard database.role.mayWriteCases else {
            throw StorageError.notPermitted(role: database.role, action: action).shell(name)
        }
    }

    func show(_ invocation: Invocation, database: KRATDatabase) throws(ShellError) -> CommandOutput {
        try invocation.requireKnownKeys(["county", "purpose"], command: name)
        let id = try caseID(invocation)
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
