import GRDB

/// The audit log names the operating system's account of the process (from its uid) in its
/// `user` column, and the name that account gave (`--user`) beside it, never instead of it.
let auditAccountMigrations: [Schema.Migration] = [
    Schema.Migration(identifier: "v4 audit names the account and the name it gave", apply: { db in
        try db.execute(sql: "ALTER TABLE audit_log ADD COLUMN declared_user TEXT")
    }),
]
