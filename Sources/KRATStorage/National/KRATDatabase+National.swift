import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Reading a county's contribution

    /// Streams every case as a ``NationalCase`` (no personal data), for merging into a national
    /// database. Analysts may call it: it reads no personal data and needs no key.
    public func forEachNationalCase(_ body: (NationalCase) throws -> Void) throws(StorageError) {
        try nationalCases(sql: "SELECT * FROM case_record ORDER BY id", arguments: [], body)
    }

    /// One page of cases as ``NationalCase`` values, in storage order (for a lazy merge).
    public func nationalCases(offset: Int, limit: Int) throws(StorageError) -> [NationalCase] {
        var page: [NationalCase] = []
        try nationalCases(sql: "SELECT * FROM case_record ORDER BY id LIMIT ? OFFSET ?",
                          arguments: [max(limit, 0), max(offset, 0)]) { page.append($0) }
        return page
    }

    private func nationalCases(sql: String, arguments: StatementArguments,
                               _ body: (NationalCase) throws -> Void) throws(StorageError) {
        guard role.maySeeCaseRecords else { throw .notPermitted(role: role, action: "listing individual cases", requires: .analyst) }
        let bands = settings.ageBands
        try read("reading cases for the national database") { db in
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                let facts = try CaseColumns.record(from: row, personal: .none)
                let bandCode: String = row["age_band"]
                let pseudonym: String? = row["pseudonym"]
                try body(NationalCase(facts: facts, ageBand: bands.band(code: bandCode),
                                      pseudonym: pseudonym.flatMap(Pseudonym.init)))
            }
        }
    }

    // MARK: - Writing the national database

    /// Replaces a county's cases in a national database with `cases`, in one transaction:
    /// the county's earlier contribution is deleted, then the new one inserted, so merging the
    /// same county again replaces it instead of doubling it. Returns how many cases were stored.
    @discardableResult
    public func replaceCountyContribution(county: County, cases: some Sequence<NationalCase>,
                                          asOf day: Day? = nil) throws(StorageError) -> Int {
        let today = day ?? self.today
        guard scope == .national else {
            throw .notPermitted(role: role, action: "merging county contributions into a county database (open a national database to merge into)")
        }
        let bands = settings.ageBands
        return try write("merging the cases of \(county.name)") { db in
            try CaseSchema.dropCubeTriggers(db)
            try db.execute(sql: "DELETE FROM case_record WHERE county = ?", arguments: [county.code])
            try db.execute(sql: "DELETE FROM case_day_cube WHERE county = ?", arguments: [county.code])
            let lastID = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM case_record") ?? 0
            let writer = try CaseWriter(db)
            var count = 0
            for item in cases {
                let facts = item.facts
                guard facts.county == county else {
                    throw StorageError.invalid(what: "case \(facts.id)", issues: [ValidationIssue(field: "county",
                        message: "is \(facts.county.name), not \(county.name) whose cases are being merged")])
                }
                let issues = facts.validate(asOf: today)
                if !issues.isEmpty { throw StorageError.invalid(what: "case \(facts.id) of \(county.name)", issues: issues) }
                var row = CaseRow(facts, bands: bands, pseudonym: item.pseudonym)
                // A national case keeps the county's age band without the age.
                if let band = item.ageBand, bands.band(code: band.code) != nil { row.ageBand = band.code }
                guard try writer.insert(PreparedCase(caseID: facts.id, county: county, row: row, sealed: nil)) != nil else {
                    throw StorageError.duplicateCase(id: facts.id, county: county)
                }
                count += 1
            }
            try CaseSchema.addToCube(db, casesAfter: lastID)
            try CaseSchema.createCubeTriggers(db)
            return count
        }
    }

    // MARK: - Counting persons

    /// How many distinct persons were identified in a period: cases sharing a pseudonym count
    /// once; a case without a pseudonym (identity not recorded, or erased) counts as one person.
    /// The public role is refused.
    public func countPersons(in period: Period, filter: CaseFilter = CaseFilter()) throws(StorageError) -> Int {
        try refuseExactCountsToPublic("the exact number of persons")
        let clause = try checkedClause(CaseQuery(period: period, filter: filter))
        return try read("counting persons") { db in
            try Int.fetchOne(db, sql: """
                SELECT count(DISTINCT c.pseudonym) + coalesce(sum(c.pseudonym IS NULL), 0)
                FROM case_record c \(clause.sql)
                """, arguments: clause.arguments) ?? 0
        }
    }
}
