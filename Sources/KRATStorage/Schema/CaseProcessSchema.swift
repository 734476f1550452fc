import GRDB

/// The case process: the county's SOP timetable (days per deadline; a deadline not stored
/// keeps KRATKit's default) and the day an open case was last reviewed.
///
/// `reviewed_on` is a day of the case: no analyst view shows it.
let caseProcessMigrations: [Schema.Migration] = [
    Schema.Migration(identifier: "v5 SOP timetable and case reviews", apply: { db in
        try db.execute(sql: """
            CREATE TABLE sop_timetable (
                deadline TEXT PRIMARY KEY NOT NULL,
                days INTEGER NOT NULL CHECK (days BETWEEN 0 AND 3650)
            ) WITHOUT ROWID;
            ALTER TABLE case_record ADD COLUMN reviewed_on INTEGER;
            """)
    }),
]
