import KRATCore
import KRATShell
import KRATStorage

/// `audit [user=NAME] [action=CODE] [case=ID] [period=P] [limit=N]`: who read or exported personal data.
/// `audit head`: the last entry of the audit chain and its link, for the secretariat's paper record.
///
/// The purpose and note a person typed are shown to the case worker; every other role sees
/// them marked as sealed, in the session's language.
public struct AuditCommand: ShellCommand {
    public init() {}
    public var name: String { "audit" }
    public var summary: Label { Label(sq: "Regjistri i auditimit", en: "The audit log of personal data") }
    public var examples: [CommandExample] {
        [CommandExample("audit limit=20", Label(sq: "njëzet leximet, eksportet, fshirjet dhe regjistrimet e fundit të të dhënave personale", en: "the last twenty reads, exports, erasures and writes of personal data")),
         CommandExample("audit case=DU-2025-0007", Label(sq: "kush e ka lexuar dosjen e një rasti, dhe pse", en: "who read one case's file, and why")),
         CommandExample("audit head", Label(sq: "hallka e fundit e zinxhirit, për regjistrin në letër", en: "the audit chain's last link, for the secretariat's paper record"))]
    }
    public var usage: String { "audit [user=NAME] [action=\(AuditAction.codes.joined(separator: "|"))] [case=ID] [period=P] [limit=100] | audit head" }

    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        if invocation.positionals == ["head"] { return try head(database) }
        try invocation.requireKnownKeys(["user", "action", "case", "period", "limit"], command: name)
        var filter = AuditFilter(user: invocation.value("user"), caseID: invocation.value("case"),
                                 period: try invocation.period(), limit: try invocation.integer("limit", in: 1...1_000_000) ?? 100)
        if let text = invocation.value("action") {
            guard let action = AuditAction(code: text) else {
                throw .invalidArgument(key: "action", value: text, expected: AuditAction.codes.joined(separator: ", "))
            }
            filter.action = action
        }
        let entries = try storage(name) { () throws(StorageError) in try database.auditEntries(filter) }
        func column(_ key: String, _ sq: String, _ en: String) -> ResultTable.Column {
            ResultTable.Column(key: key, label: Label(sq: sq, en: en), role: .dimension)
        }
        var table = ResultTable(
            title: Label(sq: "Regjistri i auditimit", en: "Audit log"),
            columns: [column("id", "Nr.", "No."), column("at", "Koha", "When"), column("user", "Llogaria (emri i dhënë)", "Account (name given)"),
                      column("role", "Roli", "Role"), column("action", "Veprimi", "Action"),
                      column("cases", "Rastet", "Cases"), column("purpose", "Qëllimi", "Purpose"),
                      column("note", "Shënim", "Note"), column("detail", "Hollësi", "Detail")],
            rows: entries.map { entry in
                [.integer(Int(entry.id)), .text(entry.at), .text(entry.user + (entry.declaredUser.map { " (\($0))" } ?? "")), .coded(entry.role), .coded(entry.action),
                 .text(entry.caseIDs.joined(separator: ",")), Self.cell(entry.purpose), entry.note.map(Self.cell) ?? .none,
                 .text(entry.detail)]
            })
        if entries.contains(where: { $0.purpose.isSealed }) {
            table.notes.append(Label(
                sq: "Qëllimi dhe shënimi mund të përmendin një person: shfaqen vetëm për punonjësin e rastit me çelësin e të dhënave.",
                en: "The purpose and the note may name a person: only the case worker, with the data key, sees them."))
        }
        return CommandOutput(table: table)
    }

    /// The chain's last entry and link: written down on paper, it lets a later `check` or a
    /// comparison by eye show that no entry was removed from the end since.
    private func head(_ database: KRATDatabase) throws(ShellError) -> CommandOutput {
        let head = try storage(name) { () throws(StorageError) in try database.auditHead() }
        guard let head else { return CommandOutput(message: "The audit log is empty: there is no head yet.") }
        return CommandOutput(message: "Audit head: \(head). Write it in the secretariat's register with today's date; "
                             + "a later `audit head` must show this entry with the same link.")
    }

    /// Typed text as it is, sealed text as a label in both languages.
    static func cell(_ text: AuditText) -> ResultTable.Cell {
        switch text {
        case .text(let value): .text(value)
        case .sealed: .coded(code: AuditText.sealedCode, label: AuditText.sealedLabel)
        }
    }
}
