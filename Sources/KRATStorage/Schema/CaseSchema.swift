import KRATCore
import GRDB

/// The tables of cases (with their SOP steps as a JSON column), their day aggregates, personal data, audit and metadata.
///
/// Cases hold codes as text so the file stays readable with any SQLite tool. Personal
/// data exists only as AES-GCM ciphertext in `case_personal`, and so does the free text of
/// `audit_log` (purpose, reason, destination). The aggregate
/// `case_day_cube` counts cases per day and per combination of every dimension;
/// triggers keep it exact in the same transaction as each insert, update and delete.
enum CaseSchema {
    /// The dimension columns shared by `case_record` and `case_day_cube`, in key order.
    static let dimensionColumns = [
        "county", "municipality", "status", "sex", "age_band", "identified_by",
        "citizenship", "street_situation", "transnational", "exploitation",
    ]

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE krat_meta (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE municipality (
                code TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                county TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE exploitation_type (
                bit INTEGER PRIMARY KEY NOT NULL,
                code TEXT NOT NULL UNIQUE
            );

            CREATE TABLE age_band (
                code TEXT PRIMARY KEY NOT NULL,
                lower_age INTEGER NOT NULL,
                upper_age INTEGER,
                is_child INTEGER NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE case_record (
                id INTEGER PRIMARY KEY,
                case_id TEXT NOT NULL,
                county TEXT NOT NULL,
                municipality TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL,
                initial_status TEXT NOT NULL,
                status_changed_on INTEGER,
                identified_on INTEGER NOT NULL,
                identified_month INTEGER NOT NULL,
                identified_by TEXT NOT NULL,
                sex TEXT NOT NULL,
                age INTEGER,
                age_band TEXT NOT NULL DEFAULT '',
                citizenship TEXT NOT NULL DEFAULT '',
                exploitation INTEGER NOT NULL DEFAULT 0,
                transnational INTEGER NOT NULL DEFAULT -1,
                street_situation INTEGER NOT NULL DEFAULT -1,
                referred_on INTEGER,
                first_service_on INTEGER,
                closed_on INTEGER,
                pseudonym TEXT,
                steps TEXT NOT NULL DEFAULT '[]',
                UNIQUE (county, case_id)
            );

            CREATE TABLE case_personal (
                case_ref INTEGER PRIMARY KEY REFERENCES case_record(id) ON DELETE CASCADE,
                sealed BLOB NOT NULL
            );

            CREATE TABLE case_day_cube (
                day INTEGER NOT NULL,
                county TEXT NOT NULL, municipality TEXT NOT NULL, status TEXT NOT NULL, sex TEXT NOT NULL,
                age_band TEXT NOT NULL, identified_by TEXT NOT NULL, citizenship TEXT NOT NULL,
                street_situation INTEGER NOT NULL, transnational INTEGER NOT NULL, exploitation INTEGER NOT NULL,
                cases INTEGER NOT NULL,
                PRIMARY KEY (day, county, municipality, status, sex, age_band, identified_by,
                             citizenship, street_situation, transnational, exploitation)
            ) WITHOUT ROWID;

            CREATE TABLE cube_state (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                generation INTEGER NOT NULL
            );
            INSERT INTO cube_state VALUES (1, 0);

            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                user TEXT NOT NULL,
                role TEXT NOT NULL,
                action TEXT NOT NULL,
                case_ids TEXT NOT NULL,
                -- What a person typed (the purpose or reason; an export's destination) may name a
                -- victim: only its AES-GCM sealed form (nonce, ciphertext, tag) is ever stored.
                sealed_purpose BLOB NOT NULL CHECK (typeof(sealed_purpose) = 'blob' AND length(sealed_purpose) >= 28),
                sealed_note BLOB CHECK (sealed_note IS NULL OR (typeof(sealed_note) = 'blob' AND length(sealed_note) >= 28)),
                -- Written by KRATKit only (counts, codes), never typed text: analysts see it.
                detail TEXT NOT NULL DEFAULT ''
            );
            CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed: rows are append-only'); END;
            CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed: rows are append-only'); END;
            -- INSERT OR REPLACE deletes the old row without firing delete triggers
            -- (recursive_triggers is off): refuse any insert that reuses an id.
            CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
            WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
            BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed: rows are append-only'); END;
            """)
        try createSecondaryIndexes(db)
        for (bit, type) in ExploitationCodes.types.enumerated() {
            try db.execute(sql: "INSERT INTO exploitation_type VALUES (?, ?)", arguments: [1 << bit, type.code])
        }
        try createCubeTriggers(db)
        try AnalystViews.create(db)
    }

    /// The indexes of `case_record` besides its key: by day with every dimension (listing and
    /// the plain-SQL questions), by county and day (a county's recent cases), and by pseudonym.
    /// A large bulk import drops them and creates them again after the load.
    static let secondaryIndexes: [(name: String, definition: String)] = [
        ("case_by_day", """
            case_record (identified_on, county, municipality, status, sex, age_band, identified_by,
                         citizenship, street_situation, transnational, exploitation)
            """),
        ("case_by_county_day", "case_record (county, identified_on)"),
        ("case_by_pseudonym", "case_record (pseudonym) WHERE pseudonym IS NOT NULL"),
    ]

    static func createSecondaryIndexes(_ db: Database) throws {
        for index in secondaryIndexes { try db.execute(sql: "CREATE INDEX \(index.name) ON \(index.definition)") }
    }

    static func dropSecondaryIndexes(_ db: Database) throws {
        for index in secondaryIndexes { try db.execute(sql: "DROP INDEX \(index.name)") }
    }

    /// The triggers that keep `case_day_cube` exact. Bulk import drops them, loads, adds
    /// the loaded rows to the cube set-wise and creates them again, all in one transaction.
    static func createCubeTriggers(_ db: Database) throws {
        let newKey = "NEW.identified_on, " + dimensionColumns.map { "NEW.\($0)" }.joined(separator: ", ")
        let oldMatch = "day = OLD.identified_on AND " + dimensionColumns.map { "\($0) = OLD.\($0)" }.joined(separator: " AND ")
        let changed = (["identified_on"] + dimensionColumns).joined(separator: ", ")
        try db.execute(sql: """
            CREATE TRIGGER case_cube_insert AFTER INSERT ON case_record BEGIN
                INSERT INTO case_day_cube VALUES (\(newKey), 1)
                    ON CONFLICT DO UPDATE SET cases = cases + 1;
                UPDATE cube_state SET generation = generation + 1;
            END;
            CREATE TRIGGER case_cube_delete AFTER DELETE ON case_record BEGIN
                UPDATE case_day_cube SET cases = cases - 1 WHERE \(oldMatch);
                DELETE FROM case_day_cube WHERE \(oldMatch) AND cases <= 0;
                UPDATE cube_state SET generation = generation + 1;
            END;
            CREATE TRIGGER case_cube_update AFTER UPDATE OF \(changed) ON case_record BEGIN
                UPDATE case_day_cube SET cases = cases - 1 WHERE \(oldMatch);
                DELETE FROM case_day_cube WHERE \(oldMatch) AND cases <= 0;
                INSERT INTO case_day_cube VALUES (\(newKey), 1)
                    ON CONFLICT DO UPDATE SET cases = cases + 1;
                UPDATE cube_state SET generation = generation + 1;
            END;
            """)
    }

    static func dropCubeTriggers(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER case_cube_insert; DROP TRIGGER case_cube_delete; DROP TRIGGER case_cube_update;
            """)
    }

    /// Adds cases with `id > afterID` to the cube in one statement (after a bulk load).
    ///
    /// `scanningDayIndex`: read the cases in the order of `case_by_day`, which is the cube's
    /// key, so no sort is needed: faster when most cases are new (after a large load), slower
    /// than reading the new rows by id and sorting them when few are.
    static func addToCube(_ db: Database, casesAfter afterID: Int64, scanningDayIndex: Bool = false) throws {
        let dims = dimensionColumns.joined(separator: ", ")
        let source = scanningDayIndex ? "case_record INDEXED BY case_by_day" : "case_record"
        try db.execute(sql: """
            INSERT INTO case_day_cube
            SELECT identified_on, \(dims), count(*) FROM \(source) WHERE id > ?
            GROUP BY identified_on, \(dims)
            ON CONFLICT DO UPDATE SET cases = cases + excluded.cases;
            UPDATE cube_state SET generation = generation + 1;
            """, arguments: [afterID])
    }

    /// Rebuilds the whole cube from the cases (after age bands change, or to repair).
    static func rebuildCube(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM case_day_cube")
        try addToCube(db, casesAfter: Int64.min, scanningDayIndex: true)
    }
}

/// The bit of each exploitation type in `case_record.exploitation`. Append only.
enum ExploitationCodes {
    static let types: [ExploitationType] = [.sexual, .labour, .begging, .forcedCriminality,
                                             .forcedMarriage, .organRemoval, .other]

    static func mask(_ values: some Sequence<ExploitationType>) -> Int {
        values.reduce(0) { $0 | (1 << (types.firstIndex(of: $1) ?? 6)) }
    }

    static func types(in mask: Int) -> [ExploitationType] {
        types.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
    }
}
