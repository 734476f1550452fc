import GRDB
import KRATCore

/// Schema steps for institutions and the committee's organisational records.
///
/// The first (version 2, released: files of that version exist) creates the institutions
/// and every organisational table (``OrganisationTables``) in one step. Never edit it;
/// a change to these tables is a new step appended here.
let organisationMigrations: [Schema.Migration] = [
    Schema.Migration(identifier: "v2 institutions, committees, meetings, plans, awareness", apply: { db in
        try db.execute(sql: """
            CREATE TABLE institution_kind (
                code TEXT PRIMARY KEY NOT NULL,
                label_sq TEXT NOT NULL,
                label_en TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE institution (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                kind TEXT NOT NULL REFERENCES institution_kind(code),
                county TEXT NOT NULL,
                municipality TEXT,
                UNIQUE (county, name),
                CHECK (trim(name) <> '')
            );
            CREATE INDEX institution_by_kind ON institution (kind);
            """)
        try OrganisationTables.create(db)
    }),
]

/// What a new database holds before anyone enters anything: the institution kinds, and
/// for a county the institutions every KRAT has (prefecture, municipalities, police, SSS).
enum OrganisationSeed {
    static func seed(_ db: Database, scope: DatabaseScope) throws {
        for kind in InstitutionKind.allCases {
            try db.execute(sql: "INSERT INTO institution_kind VALUES (?, ?, ?)",
                           arguments: [kind.code, kind.label.sq, kind.label.en])
        }
        guard case .county(let county) = scope else { return }
        var standard: [(String, InstitutionKind, String?)] = [
            ("Prefektura e Qarkut \(county.name)", .prefecture, nil),
            ("Drejtoria Vendore e Policisë \(county.name)", .statePolice, nil),
            ("Drejtoria Rajonale e Shërbimit Social Shtetëror \(county.name)", .stateSocialService, nil),
        ]
        for municipality in county.municipalities {
            standard.append(("Bashkia \(municipality.name)", .municipality, municipality.code))
        }
        for (name, kind, municipality) in standard {
            try db.execute(sql: "INSERT INTO institution (name, kind, county, municipality) VALUES (?, ?, ?, ?)",
                           arguments: [name, kind.code, county.code, municipality])
        }
    }
}
