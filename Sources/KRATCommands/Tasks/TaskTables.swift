import KRATCore

/// The tables of `tasks`: one line per task, or counts without records or days.
enum TaskTables {
    /// One line per task, overdue first: when, how late, what, about which record, who, and the command.
    static func items(_ tasks: [DueTask], on day: Day) -> ResultTable {
        ResultTable(
            title: Label(sq: "Detyrat më \(day)", en: "Tasks on \(day)"),
            columns: [
                .init(key: "due", label: Label(sq: "Afati", en: "Due"), role: .dimension),
                .init(key: "when", label: Label(sq: "Gjendja", en: "When"), role: .dimension),
                .init(key: "area", label: Label(sq: "Fusha", en: "Area"), role: .dimension),
                .init(key: "subject", label: Label(sq: "Për", en: "About"), role: .dimension),
                .init(key: "what", label: Label(sq: "Çfarë", en: "What"), role: .dimension),
                .init(key: "institution", label: Label(sq: "Kush", en: "Who"), role: .dimension),
                .init(key: "command", label: Label(sq: "Komanda", en: "Command"), role: .dimension),
            ],
            rows: tasks.map { task in
                [.text(task.due.description), .coded(code: state(task.due, on: day).code, label: state(task.due, on: day).label),
                 .coded(code: task.area.en.lowercased(), label: task.area), .text(task.subject),
                 .coded(code: task.what.en, label: task.what), task.institution.map { .text($0) } ?? .none,
                 .text(task.command)]
            },
            notes: tasks.isEmpty ? [Label(sq: "Asgjë e vonuar apo me afat.", en: "Nothing overdue or due.")] : [])
    }

    /// How many tasks are overdue and due, by area, what and institution: no record, no day.
    static func counts(_ tasks: [DueTask], on day: Day) -> ResultTable {
        struct Key: Hashable { var area: Label; var what: Label; var institution: String? }
        var overdue: [Key: Int] = [:], due: [Key: Int] = [:]
        for task in tasks {
            let key = Key(area: task.area, what: task.what, institution: task.institution)
            if task.due < day { overdue[key, default: 0] += 1 } else { due[key, default: 0] += 1 }
        }
        let keys = Set(overdue.keys).union(due.keys).sorted {
            ($0.area.en, $0.what.en, $0.institution ?? "") < ($1.area.en, $1.what.en, $1.institution ?? "")
        }
        return ResultTable(
            title: Label(sq: "Detyrat e vonuara dhe me afat më \(day), sipas fushës, hapit dhe institucionit",
                         en: "Tasks overdue and due on \(day), by area, step and institution"),
            columns: [
                .init(key: "area", label: Label(sq: "Fusha", en: "Area"), role: .dimension),
                .init(key: "what", label: Label(sq: "Çfarë", en: "What"), role: .dimension),
                .init(key: "institution", label: Label(sq: "Kush", en: "Who"), role: .dimension),
                .init(key: "overdue", label: Label(sq: "Të vonuara", en: "Overdue")),
                .init(key: "due", label: Label(sq: "Me afat", en: "Due")),
            ],
            rows: keys.map { key in
                [.coded(code: key.area.en.lowercased(), label: key.area), .coded(code: key.what.en, label: key.what),
                 key.institution.map { .text($0) } ?? .none, .integer(overdue[key] ?? 0), .integer(due[key] ?? 0)]
            },
            notes: [Label(sq: "Vetëm numra: afatet dhe rastet i sheh vetëm kush e bën punën.",
                          en: "Counts only: the records and their days are for the role that does the work.")])
    }

    /// "overdue 3 days", "due today", "in 5 days".
    static func state(_ due: Day, on day: Day) -> (code: String, label: Label) {
        let days = day.distance(to: due)
        if days < 0 { return ("overdue", Label(sq: "vonuar \(-days) ditë", en: "overdue \(-days) day\(days == -1 ? "" : "s")")) }
        if days == 0 { return ("today", Label(sq: "sot", en: "due today")) }
        return ("due", Label(sq: "pas \(days) ditësh", en: "in \(days) day\(days == 1 ? "" : "s")"))
    }
}
