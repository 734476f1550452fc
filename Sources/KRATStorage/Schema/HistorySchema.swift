import GRDB

/// The record history: every change of a stored record, who and when, with the old and new
/// values of its non-personal fields (a personal field is named without its values).
/// Append-only, like the audit log.
let historyMigrations: [Schema.Migration] = [
    Schema.Migration(identifier: "v3 record history", apply: { db in
        try db.execute(sql: """
            CREATE TABLE record_history (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                user TEXT NOT NULL,
                -- The name the account gave (--user), when it differs; the account is the uid's.
                declared_user TEXT,
                role TEXT NOT NULL,
                kind TEXT NOT NULL,
                record_id TEXT NOT NULL,
                action TEXT NOT NULL,
                -- A JSON array of {field, old, new, isPersonal}; personal fields carry no values.
                changes TEXT NOT NULL
            );
            CREATE INDEX record_history_by_record ON record_history (kind, record_id, id);
            CREATE TRIGGER record_history_no_update BEFORE UPDATE ON record_history
            BEGIN SELECT RAISE(ABORT, 'the record history cannot be changed: rows are append-only'); END;
            CREATE TRIGGER record_history_no_delete BEFORE DELETE ON record_history
            BEGIN SELECT RAISE(ABORT, 'the record history cannot be changed: rows are append-only'); END;
            """)
    }),
]
