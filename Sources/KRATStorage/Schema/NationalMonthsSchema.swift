import GRDB
import KRATCore

/// A national file holds months, not days (see ``NationalCase``): a national file merged by an
/// earlier KRATKit, with days, has every date of its cases moved to the first of its month,
/// the aggregate rebuilt, and its free pages overwritten (`secure_delete` is on). A county
/// file is not touched.
let nationalMonthsMigrations: [Schema.Migration] = [
    Schema.Migration(identifier: "v7 the national file holds months", apply: { db in
        let scope = try String.fetchOne(db, sql: "SELECT value FROM krat_meta WHERE key = 'scope'")
        guard scope == DatabaseScope.national.code else { return }
        try NationalMonths.coarsen(db)
    }),
]

/// Moving every date of a national file's cases to the first of its month.
enum NationalMonths {
    static func coarsen(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, identified_on, status_changed_on, referred_on, first_service_on, closed_on, steps FROM case_record
            """)
        func month(_ ordinal: Int64?) -> Int64? {
            ordinal.flatMap { Int32(exactly: $0) }.map { Int64(Day(ordinal: $0).startOfMonth.ordinal) }
        }
        for row in rows {
            let id: Int64 = row["id"]
            guard let steps = StepsColumn.decode(row["steps"]) else {
                throw StorageError.corrupt(what: "the steps of national case row \(id)")
            }
            let coarse = steps.map { SOPStep($0.kind, on: $0.date.startOfMonth, providerID: $0.providerID) }
            try db.execute(sql: """
                UPDATE case_record SET identified_on = ?, status_changed_on = ?, referred_on = ?, first_service_on = ?,
                    closed_on = ?, steps = ? WHERE id = ?
                """, arguments: [month(row["identified_on"]), month(row["status_changed_on"]), month(row["referred_on"]),
                                 month(row["first_service_on"]), month(row["closed_on"]), StepsColumn.encode(coarse), id])
        }
        try CaseSchema.rebuildCube(db)
    }
}
