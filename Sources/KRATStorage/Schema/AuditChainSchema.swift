import GRDB

/// The audit log becomes a chain: each entry's link is a keyed hash (HMAC-SHA256) of the
/// entry and of the link before it, kept in `audit_chain`, append-only like the log itself.
///
/// A migration runs without the data key (an analyst may be the first to open an older
/// file), so it cannot compute links: it records how many entries the file held
/// (`audit_unchained_through`), and the case worker's next opening, with the key, chains them
/// in one transaction (see `AuditChain.chainLegacyEntries`).
let auditChainMigrations: [Schema.Migration] = [
    Schema.Migration(identifier: "v6 audit chain", apply: { db in
        try db.execute(sql: """
            CREATE TABLE audit_chain (
                id INTEGER PRIMARY KEY,
                link BLOB NOT NULL CHECK (typeof(link) = 'blob' AND length(link) = 32)
            );
            CREATE TRIGGER audit_chain_no_update BEFORE UPDATE ON audit_chain
            BEGIN SELECT RAISE(ABORT, 'the audit chain cannot be changed: rows are append-only'); END;
            CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain
            BEGIN SELECT RAISE(ABORT, 'the audit chain cannot be changed: rows are append-only'); END;
            CREATE TRIGGER audit_chain_no_replace BEFORE INSERT ON audit_chain
            WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_chain WHERE id = NEW.id)
            BEGIN SELECT RAISE(ABORT, 'the audit chain cannot be changed: rows are append-only'); END;
            """)
        let last = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM audit_log") ?? 0
        if last > 0 {
            try db.execute(sql: "INSERT INTO krat_meta VALUES (?, ?)",
                           arguments: [AuditChain.unchainedKey, String(last)])
        }
    }),
]
