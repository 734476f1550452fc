import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Writing cases (case worker)

    /// Stores a new case, encrypting its personal data, with its history entry (its personal
    /// fields named without their values). Returns the case as stored.
    @discardableResult
    public func insert(_ record: CaseRecord, asOf today: Day? = nil) throws(StorageError) -> CaseRecord {
        let prepared = try casePreparer(asOf: today ?? self.today).prepare(record)
        return try write("storing case \(record.id)") { db in
            guard try CaseWriter(db).insert(prepared) != nil else {
                throw StorageError.duplicateCase(id: record.id, county: record.county)
            }
            if !record.personal.isEmpty {
                try appendAudit(db, action: .writePersonalData, caseIDs: [record.id], purpose: "case recorded")
            }
            try appendHistory(db, kind: CaseHistory.kind, recordID: record.id, action: .created,
                              changes: FieldChange.between(nil, record, personal: CaseHistory.personal))
            return record
        }
    }

    /// Replaces a stored case's facts, steps and personal data, with a history entry of the
    /// fields that changed (personal ones named without their values). A status may only move
    /// from VMT to VT or not a victim.
    @discardableResult
    public func update(_ record: CaseRecord, asOf today: Day? = nil) throws(StorageError) -> CaseRecord {
        let prepared = try casePreparer(asOf: today ?? self.today).prepare(record)
        return try write("updating case \(record.id)") { db in
            guard let rowID = try Self.rowID(db, county: record.county, caseID: record.id) else {
                throw StorageError.caseNotFound(id: record.id)
            }
            let stored = try String.fetchOne(db, sql: "SELECT status FROM case_record WHERE id = ?", arguments: [rowID])
            if let stored, let old = CaseStatus(code: stored), old != record.status, !old.canChange(to: record.status) {
                throw StorageError.invalid(what: "case \(record.id)", issues: [ValidationIssue(field: "status",
                    message: "cannot change from \(old.code) to \(record.status.code); only VMT may become VT or not_victim")])
            }
            let old = try storedCase(db, rowID: rowID, county: record.county, caseID: record.id)
            try CaseWriter(db).update(prepared, rowID: rowID)
            if !record.personal.isEmpty {
                try appendAudit(db, action: .writePersonalData, caseIDs: [record.id], purpose: "case updated")
            }
            try appendHistory(db, kind: CaseHistory.kind, recordID: record.id, action: .changed,
                              changes: FieldChange.between(old, record, personal: CaseHistory.personal))
            return record
        }
    }

    /// Deletes a case entirely (a record entered by mistake). Counts change accordingly.
    public func deleteCase(id: String, county: County) throws(StorageError) {
        try write("deleting case \(id)") { db in
            guard let rowID = try Self.rowID(db, county: county, caseID: id) else { throw StorageError.caseNotFound(id: id) }
            let old = try storedCase(db, rowID: rowID, county: county, caseID: id)
            try db.execute(sql: "DELETE FROM case_record WHERE id = ?", arguments: [rowID])
            try appendHistory(db, kind: CaseHistory.kind, recordID: id, action: .deleted,
                              changes: FieldChange.between(old, nil, personal: CaseHistory.personal))
        }
    }

    /// Erases a person's personal data on a lawful request. The case stays as an anonymous
    /// record (its pseudonym is removed too), every count stays the same, and the erasure is audited.
    public func erasePersonalData(caseID: String, county: County, reason: String) throws(StorageError) {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .invalid(what: "erasure of case \(caseID)", issues: [ValidationIssue(field: "reason", message: "state the lawful request")])
        }
        try write("erasing personal data of case \(caseID)") { db in
            guard let rowID = try Self.rowID(db, county: county, caseID: caseID) else { throw StorageError.caseNotFound(id: caseID) }
            try db.execute(sql: "DELETE FROM case_personal WHERE case_ref = ?", arguments: [rowID])
            try db.execute(sql: "UPDATE case_record SET pseudonym = NULL WHERE id = ?", arguments: [rowID])
            try appendAudit(db, action: .erasePersonalData, caseIDs: [caseID], purpose: reason)
            try appendHistory(db, kind: CaseHistory.kind, recordID: caseID, action: .erased, changes: [])
        }
        // secure_delete zeroes the freed pages, but the WAL still holds earlier page images
        // with the ciphertext: copy the WAL back and truncate it so they are gone from disk.
        _ = try? writer.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
    }

    // MARK: - Reading cases

    /// A case with its personal data, for the case worker only; the read is audited with its purpose.
    public func caseRecord(id: String, county: County? = nil, purpose: String) throws(StorageError) -> CaseRecord {
        guard role.mayReadPersonalData, let cipher else { throw .notPermitted(role: role, action: "reading personal data") }
        guard !purpose.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .invalid(what: "reading case \(id)", issues: [ValidationIssue(field: "purpose", message: "state why you read this case")])
        }
        let county = county ?? scope.counties.first ?? .durres
        return try write("reading case \(id)") { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM case_record WHERE county = ? AND case_id = ?",
                                             arguments: [county.code, id]) else { throw StorageError.caseNotFound(id: id) }
            let rowID: Int64 = row["id"]
            let sealed = try Data.fetchOne(db, sql: "SELECT sealed FROM case_personal WHERE case_ref = ?", arguments: [rowID])
            let personal = try sealed.map { sealed throws(StorageError) in try cipher.open(sealed, county: county, caseID: id) } ?? .none
            let record = try CaseColumns.record(from: row, personal: personal)
            try appendAudit(db, action: .readPersonalData, caseIDs: [id], purpose: purpose)
            return record
        }
    }

    /// A case without personal data, for the case worker and the analyst.
    public func redactedCase(id: String, county: County? = nil) throws(StorageError) -> RedactedCase {
        guard role.maySeeCaseRecords else { throw .notPermitted(role: role, action: "viewing individual cases", requires: .analyst) }
        let county = county ?? scope.counties.first ?? .durres
        let bands = settings.ageBands
        return try read("reading case \(id)") { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM case_record WHERE county = ? AND case_id = ?",
                                             arguments: [county.code, id]) else { throw StorageError.caseNotFound(id: id) }
            return try CaseColumns.redacted(from: row, bands: bands)
        }
    }

    // MARK: - Helpers

    /// A stored case as it stands, its personal data opened with the key (never returned to a
    /// caller: only for the history's list of the personal fields that changed).
    func storedCase(_ db: Database, rowID: Int64, county: County, caseID: String) throws -> CaseRecord? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM case_record WHERE id = ?", arguments: [rowID]) else {
            return nil
        }
        let sealed = try Data.fetchOne(db, sql: "SELECT sealed FROM case_personal WHERE case_ref = ?", arguments: [rowID])
        var personal = PersonalData.none
        if let sealed, let cipher {
            do { personal = try cipher.open(sealed, county: county, caseID: caseID) } catch { throw error }
        }
        return try CaseColumns.record(from: row, personal: personal)
    }

    static func rowID(_ db: Database, county: County, caseID: String) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM case_record WHERE county = ? AND case_id = ?"),
                           arguments: [county.code, caseID])
    }
}
