import KRATCore
import KRATShell
import KRATStorage

extension CaseCommand {
    // MARK: - case new

    /// `case new`: guided on a terminal when no field is given, else the fields on one line.
    func new(_ invocation: Invocation, database: KRATDatabase, context: ShellContext) throws(ShellError) -> CommandOutput {
        try requireCaseWorker(database, "recording a case")
        try invocation.requireKnownKeys(CaseEntry.keys, command: name)
        try invocation.requirePositionals(atMost: 1, command: name, usage: usage)
        guard let county = database.scope.counties.first, database.scope.counties.count == 1 else {
            throw .failed(command: name, reason: "a national database holds no case worker's cases; record cases in a county's database")
        }
        let today = database.today
        let proposed = try storage(name) { () throws(StorageError) in try database.proposedCaseID(county: county, year: today.year) }
        var fields: [(key: String, value: String)]
        if invocation.options.isEmpty {
            guard let prompter = context.prompter else {
                throw .usage(command: name, problem: "give the case's fields on one line (guided entry needs a terminal)",
                             usage: "case new id=ID identified_on=YYYY-MM-DD identified_by=KIND sex=F|M|U status=VMT|VT [municipality=…] …")
            }
            let guided = CaseGuidedFields.fields(county: county, today: today, proposedID: proposed)
            guard let answers = GuidedEntry.run(guided, prompter: prompter, language: context.language) else {
                return CommandOutput(message: Label(sq: "Asgjë nuk u ruajt.", en: "Nothing was saved.").text(context.language))
            }
            fields = CaseEntry.keys.compactMap { key in answers[key].map { (key, $0) } }
        } else {
            fields = invocation.options.pairs.map { ($0.key, $0.value) }
        }
        if !fields.contains(where: { $0.key == "id" }) { fields.insert(("id", proposed), at: 0) }
        let record: CaseRecord
        do { record = try CaseEntry.newCase(fields, county: county, today: today) } catch {
            throw StorageError.invalid(what: "the new case", issues: error.issues).shell(name)
        }
        try storage(name) { () throws(StorageError) in _ = try database.insert(record) }
        let progress = CaseProgress(record)
        let timetable = try storage(name) { () throws(StorageError) in try database.sopTimetable() }
        return CommandOutput(table: CaseProcessTables.recorded(progress, timetable: timetable,
                                                                what: Label(sq: "Rasti u regjistrua", en: "Case recorded")))
    }

    // MARK: - case edit

    /// `case edit ID FIELD=VALUE…`: corrections; personal fields are stored, never echoed.
    func edit(_ invocation: Invocation, database: KRATDatabase) throws(ShellError) -> CommandOutput {
        try requireCaseWorker(database, "correcting a case")
        let id = try caseID(invocation)
        guard !invocation.options.isEmpty else {
            throw .usage(command: name, problem: "give the fields to correct as FIELD=VALUE", usage: "case edit ID FIELD=VALUE…")
        }
        let fields = invocation.options.pairs.map { (key: $0.key, value: $0.value) }
        let progress = try storage(name) { () throws(StorageError) in try database.correctCase(caseID: id, fields: fields) }
        let timetable = try storage(name) { () throws(StorageError) in try database.sopTimetable() }
        let changed = fields.map(\.key).joined(separator: ", ")
        return CommandOutput(table: CaseProcessTables.recorded(progress, timetable: timetable,
                                                                what: Label(sq: "Korrigjuar: \(changed)", en: "Corrected: \(changed)")))
    }

    // MARK: - case erase

    /// `case erase ID reason="…"`: erases the personal data on a lawful request; counts stay.
    func erase(_ invocation: Invocation, database: KRATDatabase) throws(ShellError) -> CommandOutput {
        try requireCaseWorker(database, "erasing personal data")
        try invocation.requireKnownKeys(["reason"], command: name)
        let id = try caseID(invocation)
        guard let reason = invocation.value("reason") else {
            throw .usage(command: name, problem: "state the lawful request as reason=\"…\"", usage: "case erase ID reason=\"…\"")
        }
        let county = database.scope.counties.first ?? .durres
        try storage(name) { () throws(StorageError) in try database.erasePersonalData(caseID: id, county: county, reason: reason) }
        return CommandOutput(message: Label(
            sq: "Të dhënat personale të rastit \(id) u fshinë; rasti mbetet në numërime. Fshirja u regjistrua në auditim.",
            en: "The personal data of case \(id) were erased; the case stays in the counts. The erasure was audited.").en)
    }
}

/// The prompts of a guided `case new`: one per field, with its candidates and its check.
enum CaseGuidedFields {
    /// The fields for a case of `county`, checked as of `today`; an empty id takes `proposedID`.
    static func fields(county: County, today: Day, proposedID: String) -> [GuidedField] {
        func field(_ key: String, _ sq: String, _ en: String, candidates: [String] = []) -> GuidedField {
            GuidedField(key, Label(sq: sq, en: en), required: CaseEntry.requiredKeys.contains(key), candidates: candidates,
                        personal: CaseEntry.personalKeys.contains(key),
                        check: { text in CaseEntry.check(key, text, county: county, today: today) })
        }
        let flags = ["true", "false"]
        return [
            field("id", "Nr. i rastit (bosh: \(proposedID))", "Case id (empty: \(proposedID))"),
            field("identified_on", "Identifikuar më (VVVV-MM-DD)", "Identified on (YYYY-MM-DD)"),
            field("identified_by", "Identifikuar nga", "Identified by", candidates: InstitutionKind.codes),
            field("sex", "Gjinia (F/M/U)", "Sex (F/M/U)", candidates: Sex.codes),
            field("status", "Statusi (VMT/VT)", "Status (VMT/VT)", candidates: ["VMT", "VT"]),
            field("municipality", "Bashkia", "Municipality", candidates: county.municipalities.map(\.name)),
            field("citizenship", "Shtetësia (AL, XK…)", "Citizenship (AL, XK…)",
                  candidates: ["AL", "XK", "MK", "GR", "IT", "ME", "RS", "SY", "AF", "UA"]),
            field("exploitation", "Shfrytëzimi (kode të ndara me ;)", "Exploitation (codes separated by ;)",
                  candidates: ExploitationType.codes),
            field("transnational", "Ndërkombëtar (true/false)", "Transnational (true/false)", candidates: flags),
            field("street_situation", "Në situatë rruge (true/false)", "Street situation (true/false)", candidates: flags),
            field("birth_date", "Datëlindja (VVVV-MM-DD)", "Birth date (YYYY-MM-DD)"),
            field("first_name", "Emri", "First name"),
            field("last_name", "Mbiemri", "Last name"),
            field("personal_id", "Numri personal", "Personal ID number"),
            field("phone", "Telefoni", "Phone"),
            field("address", "Adresa", "Address"),
        ]
    }
}
