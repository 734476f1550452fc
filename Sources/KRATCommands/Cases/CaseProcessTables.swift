import KRATCore

/// What a case command shows after a change: the case's next work by the SOP timetable,
/// with the command that does it. No personal value.
enum CaseProcessTables {
    /// One row per thing due next on the case, under a title saying what was done.
    static func recorded(_ progress: CaseProgress, timetable: SOPTimetable, what: Label) -> ResultTable {
        let due = progress.due(under: timetable)
        let column = { (key: String, sq: String, en: String) in
            ResultTable.Column(key: key, label: Label(sq: sq, en: en), role: .dimension)
        }
        return ResultTable(
            title: Label(sq: "\(what.sq): rasti \(progress.id)", en: "\(what.en): case \(progress.id)"),
            columns: [column("next", "Në vazhdim", "Next"), column("due", "Afati", "Due"), column("command", "Komanda", "Command")],
            rows: due.map { item in
                [.coded(code: item.deadline.code, label: item.work.label), .text(item.due.description),
                 .text(item.work.command(caseID: progress.id))]
            },
            notes: progress.isOpen ? [] : [Label(sq: "Rasti është i mbyllur.", en: "The case is closed.")])
    }
}
