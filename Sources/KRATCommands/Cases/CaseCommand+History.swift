import KRATCore
import KRATShell
import KRATStorage

extension CaseCommand {
    /// `case history ID`: every change of the case, who and when; personal fields by name only.
    func history(_ invocation: Invocation, database: KRATDatabase) throws(ShellError) -> CommandOutput {
        try invocation.requireKnownKeys([], command: name)
        let id = try caseID(invocation)
        let entries = try storage(name) { () throws(StorageError) in try database.history(kind: "case", recordID: id) }
        guard !entries.isEmpty else {
            throw StorageError.caseNotFound(id: id).shell(name)
        }
        let personal = Label(sq: "(të dhëna personale: ndryshuar, vlera nuk ruhet)", en: "(personal: changed, value not kept)")
        var rows: [[ResultTable.Cell]] = []
        for entry in entries {
            let head: [ResultTable.Cell] = [.text(String(entry.at.prefix(19)).replacingOccurrences(of: "T", with: " ")),
                                            .text(entry.user), .coded(entry.role), .coded(entry.action)]
            let changes = Self.shown(entry.changes)
            if changes.isEmpty { rows.append(head + [.none, .none, .none]) }
            for change in changes {
                rows.append(head + [.text(change.field),
                                    change.isPersonal ? .coded(code: "personal", label: personal) : change.old.map { .text($0) } ?? .none,
                                    change.isPersonal ? .none : change.new.map { .text($0) } ?? .none])
            }
        }
        let column = { (key: String, sq: String, en: String) in
            ResultTable.Column(key: key, label: Label(sq: sq, en: en), role: .dimension)
        }
        return CommandOutput(table: ResultTable(
            title: Label(sq: "Historia e rastit \(id)", en: "History of case \(id)"),
            columns: [column("at", "Kur", "When"), column("user", "Kush", "Who"), column("role", "Roli", "Role"),
                      column("action", "Veprimi", "Action"), column("field", "Fusha", "Field"),
                      column("old", "Më parë", "Before"), column("new", "Më pas", "After")],
            rows: rows))
    }

    /// The changes as a person reads them: steps one line each (`steps[2]: referral 2025-10-21`),
    /// the personal fields by name, the derived columns left out.
    static func shown(_ changes: [FieldChange]) -> [FieldChange] {
        var steps: [String: (old: [String], new: [String])] = [:]
        var personal = false
        var shown: [FieldChange] = []
        for change in changes {
            if change.isPersonal { personal = true; continue }
            if change.field == "municipality.code" || change.field == "municipality.county" { continue }
            if change.field == "municipality.name" {
                shown.append(FieldChange(field: "municipality", old: change.old, new: change.new))
                continue
            }
            if change.field.hasPrefix("steps["), let close = change.field.firstIndex(of: "]") {
                let key = String(change.field[..<change.field.index(after: close)])
                var parts = steps[key] ?? ([], [])
                if let old = change.old { parts.old.append(old) }
                if let new = change.new { parts.new.append(new) }
                steps[key] = parts
                continue
            }
            shown.append(change)
        }
        for (key, parts) in steps.sorted(by: { $0.key < $1.key }) {
            shown.append(FieldChange(field: key, old: parts.old.isEmpty ? nil : parts.old.joined(separator: " "),
                                     new: parts.new.isEmpty ? nil : parts.new.joined(separator: " ")))
        }
        if personal { shown.append(FieldChange(field: "personal", old: nil, new: nil, isPersonal: true)) }
        return shown
    }
}
