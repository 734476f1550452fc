import KRATCore
import KRATShell
import KRATStorage

extension CaseCommand {
    /// `case step|status|close|reopen|review ID …`: one change of the case's process, recorded
    /// without reading the person's personal data.
    func process(_ invocation: Invocation, database: KRATDatabase) throws(ShellError) -> CommandOutput {
        let sub = invocation.subcommand ?? ""
        try requireCaseWorker(database, "recording the process of a case")
        let known: [String] = switch sub {
        case "step": ["on", "provider"]
        case "close": ["on", "reason"]
        default: ["on"]
        }
        try invocation.requireKnownKeys(known, command: name)
        let extra = sub == "step" || sub == "status" ? 1 : 0
        let id = try caseID(invocation, extra: extra, what: Self.shapes[sub] ?? "the case id")
        guard let day = try invocation.day("on") else {
            throw .usage(command: name, problem: "give the day as on=YYYY-MM-DD", usage: "case " + (Self.shapes[sub] ?? sub))
        }
        let progress: CaseProgress
        let what: Label
        switch sub {
        case "step":
            let text = invocation.positionals[2]
            guard let kind = SOPStepKind(code: text) else {
                throw .invalidArgument(key: "step", value: text, expected: "one of " + SOPStepKind.codes.joined(separator: ", "))
            }
            let provider = try invocation.value("provider").map { text throws(ShellError) in try providerID(text, database: database) }
            progress = try storage(name) { () throws(StorageError) in
                try database.recordStep(caseID: id, step: SOPStep(kind, on: day, providerID: provider))
            }
            what = Label(sq: "U regjistrua: \(kind.label.sq)", en: "Recorded: \(kind.label.en)")
        case "status":
            let text = invocation.positionals[2]
            guard let status = CaseStatus(code: text), status != .potentialVictim else {
                throw .invalidArgument(key: "status", value: text, expected: "VT or not_victim")
            }
            progress = try storage(name) { () throws(StorageError) in try database.changeStatus(caseID: id, to: status, on: day) }
            what = Label(sq: "Statusi: \(status.code)", en: "Status: \(status.code)")
        case "close":
            var reason: CaseClosureReason?
            if let text = invocation.value("reason") {
                guard let found = CaseClosureReason(code: text) else {
                    throw .invalidArgument(key: "reason", value: text, expected: "one of " + CaseClosureReason.codes.joined(separator: ", "))
                }
                reason = found
            }
            progress = try storage(name) { () throws(StorageError) in try database.closeCase(caseID: id, on: day, reason: reason) }
            what = Label(sq: "Rasti u mbyll", en: "Case closed")
        case "reopen":
            progress = try storage(name) { () throws(StorageError) in try database.reopenCase(caseID: id, on: day) }
            what = Label(sq: "Rasti u rihap", en: "Case reopened")
        default:
            progress = try storage(name) { () throws(StorageError) in try database.reviewCase(caseID: id, on: day) }
            what = Label(sq: "Rasti u rishikua", en: "Case reviewed")
        }
        let timetable = try storage(name) { () throws(StorageError) in try database.sopTimetable() }
        return CommandOutput(table: CaseProcessTables.recorded(progress, timetable: timetable, what: what))
    }

    /// How each process subcommand is called, for usage messages.
    static let shapes = [
        "step": "step ID KIND on=YYYY-MM-DD [provider=INSTITUTION]", "status": "status ID VT|not_victim on=YYYY-MM-DD",
        "close": "close ID on=YYYY-MM-DD [reason=CODE]", "reopen": "reopen ID on=YYYY-MM-DD", "review": "review ID on=YYYY-MM-DD",
    ]

    /// An institution given by id or by (part of) its name, as one id.
    func providerID(_ text: String, database: KRATDatabase) throws(ShellError) -> Int64 {
        if let id = Int64(text) { return id }
        let wanted = NameKey.make(text)
        let found = try storage(name) { () throws(StorageError) in try database.institutions() }
            .filter { NameKey.make($0.name).contains(wanted) }
        guard found.count == 1, let id = found[0].id else {
            throw .invalidArgument(key: "provider", value: text, expected: found.isEmpty
                ? "an institution's id or name; list them with `institutions`"
                : "one institution; it matches " + found.map(\.name).joined(separator: ", ") + " (give its id)")
        }
        return id
    }
}
