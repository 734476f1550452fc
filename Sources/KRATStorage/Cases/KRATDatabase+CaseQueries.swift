import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    /// One page of cases, redacted, for the case worker and the analyst.
    public func cases(_ query: CaseQuery) throws(StorageError) -> [RedactedCase] {
        var page: [RedactedCase] = []
        try forEachCase(query, paged: true) { page.append($0) }
        return page
    }

    /// How many cases match a query's period and filter, without loading them.
    /// The analyst role must ask for whole months (see ``forEachCase(_:paged:_:)``).
    public func countMatching(_ query: CaseQuery) throws(StorageError) -> Int {
        try checkCaseListing(query)
        let clause = try checkedClause(query)
        return try read("counting cases") { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM case_record c \(clause.sql)", arguments: clause.arguments) ?? 0
        }
    }

    /// Streams every case matching the query (ignoring its page), redacted, in the query's
    /// order. Memory stays flat however many cases there are.
    ///
    /// For the analyst role the period must be whole months (`2025-01`, `2025-Q1`, `2025`,
    /// `2025-01-01..2025-03-31`): an analyst sees the month of identification, not the day,
    /// and a listing by day would give the day back.
    public func forEachCase(_ query: CaseQuery, paged: Bool = false,
                            _ body: (RedactedCase) throws -> Void) throws(StorageError) {
        try checkCaseListing(query)
        let bands = settings.ageBands
        let clause = try checkedClause(query)
        let page = paged ? "LIMIT \(max(query.limit, 0)) OFFSET \(max(query.offset, 0))" : ""
        try read("listing cases") { db in
            let order = query.orderSQL(seesDays: MonthRule.seesDays(role))
            let rows = try Row.fetchCursor(db, sql: "SELECT c.* FROM case_record c \(clause.sql) \(order) \(page)",
                                           arguments: clause.arguments)
            while let row = try rows.next() {
                try body(try CaseColumns.redacted(from: row, bands: bands))
            }
        }
    }

    /// Streams every matching case with its personal data, for a case worker's export.
    /// The export is audited once, with its purpose and the number of cases.
    public func forEachCaseRecord(_ query: CaseQuery, purpose: String, destination: String,
                                  _ body: (CaseRecord) throws -> Void) throws(StorageError) {
        guard role.mayReadPersonalData, let cipher else { throw .notPermitted(role: role, action: "exporting personal data") }
        guard !purpose.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .invalid(what: "export", issues: [ValidationIssue(field: "purpose", message: "state why personal data is exported")])
        }
        let clause = try checkedClause(query)
        // Audited before the first personal byte leaves: a process killed during the export
        // leaves this entry, and the entry written after it says complete or interrupted.
        let started = try audit(.exportPersonalData, caseIDs: [], purpose: purpose, note: "to \(destination)",
                                detail: "export started; cases selected by period \(query.period.map(\.description) ?? "all"), "
                                    + "filter \(query.filter)")
        var ids: [String] = []
        var exported = 0
        do {
            try read("exporting cases") { db in
                let personal = try db.cachedStatement(sql: "SELECT sealed FROM case_personal WHERE case_ref = ?")
                let rows = try Row.fetchCursor(db, sql: "SELECT c.* FROM case_record c \(clause.sql) \(query.orderSQL)",
                                               arguments: clause.arguments)
                while let row = try rows.next() {
                    let rowID: Int64 = row["id"]
                    let caseID: String = row["case_id"]
                    guard let county = County(code: row["county"]) else { throw StorageError.corrupt(what: "case \(caseID)") }
                    let sealed = try Data.fetchOne(personal, arguments: [rowID])
                    let data = try sealed.map { s throws(StorageError) in try cipher.open(s, county: county, caseID: caseID) } ?? .none
                    let record = try CaseColumns.record(from: row, personal: data)
                    // Counted before it is handed over: once the body has it, it is exported.
                    exported += 1
                    if ids.count <= 1000 { ids.append(caseID) }
                    try body(record)
                }
            }
        } catch {
            // Whatever left before the failure is audited too.
            try auditExport(started: started, ids: ids, exported: exported, query: query, purpose: purpose,
                            destination: destination, interruption: error)
            throw error
        }
        try auditExport(started: started, ids: ids, exported: exported, query: query, purpose: purpose,
                        destination: destination, interruption: nil)
    }

    /// The audit entry of an export: the case ids when at most 1,000, else the query that selected them.
    ///
    /// The destination (a file name a person chose) and the error that stopped the export go
    /// into the sealed note; the detail analysts see holds only the count and the selection.
    private func auditExport(started: Int64, ids: [String], exported: Int, query: CaseQuery, purpose: String,
                             destination: String, interruption: StorageError?) throws(StorageError) {
        let listed = exported <= 1000
        let selection = listed ? "" : "; cases selected by period \(query.period.map(\.description) ?? "all"), filter \(query.filter)"
        let outcome = interruption == nil ? "complete" : "interrupted"
        try audit(.exportPersonalData, caseIDs: listed ? ids : [], purpose: purpose,
                  note: "to \(destination)" + (interruption.map { "; interrupted: \($0)" } ?? ""),
                  detail: "export of entry \(started) \(outcome): \(exported) cases exported\(selection)")
    }

    /// Throws what ``forEachCase(_:paged:_:)`` would throw for the role and the query's period,
    /// without reading: exporters ask before they create a file.
    public func checkCaseListing(_ query: CaseQuery) throws(StorageError) {
        guard role.maySeeCaseRecords else { throw .notPermitted(role: role, action: "listing individual cases", requires: .analyst) }
        try checkAnalystListingPeriod(query.period)
    }

    /// Refuses the analyst a listing period that does not start on the first of a month and end on the last day of one.
    private func checkAnalystListingPeriod(_ period: Period?) throws(StorageError) {
        guard !role.mayReadPersonalData, let period else { return }
        let start = period.start, end = period.end
        guard start == Period.month(start.month, of: start.year).start, end == end.endOfMonth else {
            throw .invalid(what: "case listing for \(period)", issues: [ValidationIssue(
                field: "period", message: "the analyst role lists cases by whole months, as its cases show the month and not "
                    + "the day; ask for period=\(String(start.description.prefix(7))) or a range from the first of a month to "
                    + "the last day of a month (2025-01-01..2025-03-31)")])
        }
    }
}
