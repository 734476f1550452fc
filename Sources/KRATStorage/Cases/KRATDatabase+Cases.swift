import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Writing cases (case worker)

    /// Stores a new case, encrypting its personal data. Returns the case as stored.
    @discardableResult
    public func insert(_ record: CaseRecord, asOf today: Day = .today()) throws(StorageError) -> CaseRecord {
        try checkWritable(record, asOf: today)
        let values = try prepared(record)
        return try write("storing case \(record.id)") { db in
            if try Self.rowID(db, county: record.county, caseID: record.id) != nil {
                throw StorageError.duplicateCase(id: record.id, county: record.county)
            }
            try insertRow(db, record, values)
            if !record.personal.isEmpty {
                try appendAudit(db, action: .writePersonalData, caseIDs: [record.id], purpose: "case recorded")
            }
            return record
        }
    }

    /// Replaces a stored case's facts, steps and personal data. A status may only move
    /// from VMT to VT or not a victim.
    @discardableResult
    public func update(_ record: CaseRecord, asOf today: Day = .today()) throws(StorageError) -> CaseRecord {
        try checkWritable(record, asOf: today)
        let values = try prepared(record)
        return try write("updating case \(record.id)") { db in
            guard let rowID = try Self.rowID(db, county: record.county, caseID: record.id) else {
                throw StorageError.caseNotFound(id: record.id)
            }
            let stored = try String.fetchOne(db, sql: "SELECT status FROM case_record WHERE id = ?", arguments: [rowID])
            if let stored, let old = CaseStatus(code: stored), old != record.status, !old.canChange(to: record.status) {
                throw StorageError.invalid(what: "case \(record.id)", issues: [ValidationIssue(field: "status",
                    message: "cannot change from \(old.code) to \(record.status.code); only VMT may become VT or not_victim")])
            }
            try db.execute(sql: CaseColumns.updateSQL,
                           arguments: StatementArguments(Array(values.row.dropFirst(2)) + [record.county.code, record.id]))
            try db.execute(sql: "DELETE FROM case_step WHERE case_ref = ?", arguments: [rowID])
            try db.execute(sql: "DELETE FROM case_personal WHERE case_ref = ?", arguments: [rowID])
            try insertDetails(db, rowID: rowID, record, sealed: values.sealed)
            if !record.personal.isEmpty {
                try appendAudit(db, action: .writePersonalData, caseIDs: [record.id], purpose: "case updated")
            }
            return record
        }
    }

    /// Deletes a case entirely (a record entered by mistake). Counts change accordingly.
    public func deleteCase(id: String, county: County) throws(StorageError) {
        try write("deleting case \(id)") { db in
            try db.execute(sql: "DELETE FROM case_record WHERE county = ? AND case_id = ?", arguments: [county.code, id])
            guard db.changesCount > 0 else { throw StorageError.caseNotFound(id: id) }
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
        }
        // secure_delete zeroes the freed pages, but the WAL still holds earlier page images
        // with the ciphertext: copy the WAL back and truncate it so they are gone from disk.
        _ = try? writer.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
    }

    // MARK: - Reading cases

    /// A case with its personal data, for the case worker only; the read is audited with its purpose.
    public func caseRecord(id: String, county: County? = nil, purpose: String) throws(StorageError) -> CaseRecord {
        guard role.mayReadPersonalData, let cipher else { throw .notPermitted(role: role, action: "read personal data") }
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
            let record = try CaseColumns.record(from: row, steps: try Self.steps(db, rowID: rowID), personal: personal)
            try appendAudit(db, action: .readPersonalData, caseIDs: [id], purpose: purpose)
            return record
        }
    }

    /// A case without personal data, for the case worker and the analyst.
    public func redactedCase(id: String, county: County? = nil) throws(StorageError) -> RedactedCase {
        guard role.maySeeCaseRecords else { throw .notPermitted(role: role, action: "see individual cases") }
        let county = county ?? scope.counties.first ?? .durres
        let bands = settings.ageBands
        return try read("reading case \(id)") { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM case_record WHERE county = ? AND case_id = ?",
                                             arguments: [county.code, id]) else { throw StorageError.caseNotFound(id: id) }
            let kinds = try Self.steps(db, rowID: row["id"]).map(\.kind)
            return try CaseColumns.redacted(from: row, stepKinds: kinds, bands: bands)
        }
    }

    // MARK: - Helpers

    struct PreparedCase {
        let row: [(any DatabaseValueConvertible)?]
        let sealed: Data?
    }

    func checkWritable(_ record: CaseRecord, asOf today: Day) throws(StorageError) {
        guard scope.counties.contains(record.county) else {
            throw .invalid(what: "case \(record.id)", issues: [ValidationIssue(field: "county",
                message: "\(record.county.name) is not this database's county (\(scope))")])
        }
        if scope == .national, !record.personal.isEmpty {
            throw .invalid(what: "case \(record.id)", issues: [ValidationIssue(field: "personal",
                message: "a national database holds redacted cases only")])
        }
        let issues = record.validate(asOf: today)
        if !issues.isEmpty { throw .invalid(what: "case \(record.id)", issues: issues) }
    }

    func prepared(_ record: CaseRecord) throws(StorageError) -> PreparedCase {
        let pseudonym = keys?.pseudonymKey.pseudonym(for: record.personal)
        let sealed = try record.personal.isEmpty ? nil : cipherForWriting().seal(record.personal, county: record.county, caseID: record.id)
        return PreparedCase(row: CaseColumns.values(record, bands: settings.ageBands, pseudonym: pseudonym), sealed: sealed)
    }

    func cipherForWriting() throws(StorageError) -> PersonalDataCipher {
        guard let cipher else { throw .notPermitted(role: role, action: "write personal data") }
        return cipher
    }

    func insertRow(_ db: Database, _ record: CaseRecord, _ values: PreparedCase) throws {
        try db.cachedStatement(sql: CaseColumns.insertSQL).execute(arguments: StatementArguments(values.row))
        try insertDetails(db, rowID: db.lastInsertedRowID, record, sealed: values.sealed)
    }

    func insertDetails(_ db: Database, rowID: Int64, _ record: CaseRecord, sealed: Data?) throws {
        let stepStatement = try db.cachedStatement(sql: "INSERT INTO case_step VALUES (?, ?, ?, ?, ?)")
        for (position, step) in record.steps.enumerated() {
            try stepStatement.execute(arguments: [rowID, position, step.kind.code, Int(step.date.ordinal), step.providerID])
        }
        if let sealed {
            try db.cachedStatement(sql: "INSERT INTO case_personal VALUES (?, ?)").execute(arguments: [rowID, sealed])
        }
    }

    static func rowID(_ db: Database, county: County, caseID: String) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM case_record WHERE county = ? AND case_id = ?"),
                           arguments: [county.code, caseID])
    }

    static func steps(_ db: Database, rowID: Int64) throws -> [SOPStep] {
        try Row.fetchAll(db, sql: "SELECT kind, date, provider_id FROM case_step WHERE case_ref = ? ORDER BY position",
                         arguments: [rowID]).compactMap { row in
            guard let kind = SOPStepKind(code: row["kind"]) else { return nil }
            return SOPStep(kind, on: Day(ordinal: Int32(row["date"] as Int)), providerID: row["provider_id"])
        }
    }
}
