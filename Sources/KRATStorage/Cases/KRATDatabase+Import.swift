import GRDB
import KRATCore

/// What to do when an imported case id already exists in its county.
public enum DuplicatePolicy: String, Sendable, Hashable {
    /// Refuse the whole import (the default): nothing is written.
    case fail
    /// Replace the stored case with the imported one.
    case update
    /// Keep the stored case and leave the imported one out.
    case skip
}

/// What a bulk import did.
public struct ImportSummary: Sendable, Hashable {
    /// Cases added.
    public var inserted = 0
    /// Stored cases replaced.
    public var updated = 0
    /// Imported cases left out because their id existed.
    public var skipped = 0
    /// The case ids left out or replaced, for the report (at most the first 1,000).
    public var duplicateIDs: [String] = []

    /// An empty summary: nothing imported yet.
    public init() {}
}

extension KRATDatabase {
    /// Imports cases in one transaction: all of them, or none if any is invalid.
    ///
    /// The sequence is consumed once and never held in memory. Cases are checked, given
    /// their pseudonym and sealed on a second thread while the previous batch is written
    /// through statements prepared once. The aggregate triggers are set aside during the
    /// load and the loaded cases are added to the aggregates in one set-wise statement
    /// before the commit. A load at least as large as the cases already stored drops the
    /// secondary indexes and builds them again afterwards, which is faster than keeping
    /// them up to date row by row.
    /// `progress` receives (cases done, cases expected) every 1,000 cases and at the end.
    @discardableResult
    public func importCases<Cases: Sequence<CaseRecord>>(
        _ cases: Cases, expectedCount: Int? = nil, onDuplicate: DuplicatePolicy = .fail,
        asOf today: Day? = nil, purpose: String = "bulk import",
        progress: ((Int, Int?) -> Void)? = nil
    ) throws(StorageError) -> ImportSummary {
        let expected = expectedCount ?? (cases.underestimatedCount > 0 ? cases.underestimatedCount : nil)
        let preparer = casePreparer(asOf: today ?? self.today)
        return try write("importing cases") { db in
            // A larger page cache while loading, so pages are not spilled to the WAL and read back.
            let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
            try db.execute(sql: "PRAGMA cache_size = -131072")
            defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
            let lastID = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM case_record") ?? 0
            let rebuildIndexes = lastID == 0 || (expected ?? 0) >= lastID
            if rebuildIndexes { try CaseSchema.dropSecondaryIndexes(db) }
            try CaseSchema.dropCubeTriggers(db)
            let writer = try CaseWriter(db)
            var summary = ImportSummary()
            var withPersonal: [String] = []
            var done = 0
            try ImportPipeline.run(cases, preparer: preparer) { prepared in
                var stored = true
                if try writer.insert(prepared) != nil {
                    summary.inserted += 1
                } else {
                    switch onDuplicate {
                    case .fail: throw StorageError.duplicateCase(id: prepared.caseID, county: prepared.county)
                    case .skip:
                        summary.skipped += 1
                        stored = false
                    case .update:
                        try db.execute(sql: "DELETE FROM case_record WHERE county = ? AND case_id = ?",
                                       arguments: [prepared.county.code, prepared.caseID])
                        _ = try writer.insert(prepared)
                        summary.updated += 1
                    }
                    if summary.duplicateIDs.count < 1000 { summary.duplicateIDs.append(prepared.caseID) }
                }
                if stored, prepared.sealed != nil, withPersonal.count <= 1000 { withPersonal.append(prepared.caseID) }
                done += 1
                if done % 1000 == 0 { progress?(done, expected) }
            }
            if rebuildIndexes { try CaseSchema.createSecondaryIndexes(db) }
            if summary.updated > 0 {
                try CaseSchema.rebuildCube(db)
            } else {
                try CaseSchema.addToCube(db, casesAfter: lastID, scanningDayIndex: rebuildIndexes)
            }
            try CaseSchema.createCubeTriggers(db)
            if !withPersonal.isEmpty {
                let listed = withPersonal.count <= 1000 ? withPersonal : []
                try appendAudit(db, action: .writePersonalData, caseIDs: listed, purpose: purpose,
                                detail: "\(summary.inserted + summary.updated) cases imported")
            }
            // One history entry for the whole load (a million entries would double its cost):
            // how many cases it added, replaced and skipped; the audit entry names the cases.
            try appendHistory(db, kind: CaseHistory.importKind, recordID: String(lastID + 1), action: .created, changes: [
                FieldChange(field: "inserted", old: nil, new: String(summary.inserted)),
                FieldChange(field: "updated", old: nil, new: String(summary.updated)),
                FieldChange(field: "skipped", old: nil, new: String(summary.skipped)),
            ])
            progress?(done, expected)
            return summary
        }
    }
}
