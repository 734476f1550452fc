import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - The county's SOP timetable

    /// The county's SOP timetable: the days it stored, KRATKit's defaults for the rest.
    /// Every role but the public reads it.
    public func sopTimetable() throws(StorageError) -> SOPTimetable {
        guard role != .public else { throw .notPermitted(role: role, action: "reading the SOP timetable", requires: .analyst) }
        return try read("reading the SOP timetable") { db in
            var timetable = SOPTimetable.standard
            for row in try Row.fetchAll(db, sql: "SELECT deadline, days FROM sop_timetable") {
                if let deadline = SOPTimetable.Deadline(code: row["deadline"]) { timetable[deadline] = row["days"] }
            }
            return timetable
        }
    }

    /// Stores the county's SOP timetable (a deadline at its default is stored too, so that a
    /// later change of KRATKit's defaults does not move the county's deadlines), with a
    /// history entry (kind `settings`, record `sop`) of the days that changed. Case worker only.
    public func setSOPTimetable(_ timetable: SOPTimetable) throws(StorageError) {
        let issues = timetable.validate()
        guard issues.isEmpty else { throw .invalid(what: "the SOP timetable", issues: issues) }
        let old = try sopTimetable()
        try write("changing the SOP timetable") { db in
            var changes: [FieldChange] = []
            for deadline in SOPTimetable.Deadline.allCases {
                try db.execute(sql: "INSERT OR REPLACE INTO sop_timetable (deadline, days) VALUES (?, ?)",
                               arguments: [deadline.code, timetable[deadline]])
                if old[deadline] != timetable[deadline] {
                    changes.append(FieldChange(field: deadline.code, old: String(old[deadline]), new: String(timetable[deadline])))
                }
            }
            try appendHistory(db, kind: "settings", recordID: "sop", action: .changed, changes: changes)
        }
    }
}
