import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - The case process, without reading personal data (case worker)

    /// Records an SOP step of a case. The step is checked by KRATCore against the case as it
    /// stands (after identification, not in the future, the case open, a provider of this
    /// county that offers the service) and stored with its history entry in one transaction.
    ///
    /// Only the case's facts are read and written: its personal data are neither opened nor
    /// returned, so no read is audited. Returns the case's progress after the step.
    @discardableResult
    public func recordStep(caseID: String, county: County? = nil, step: SOPStep) throws(StorageError) -> CaseProgress {
        let provider = try step.providerID.map { id throws(StorageError) in try institution(id: id) } ?? nil
        return try changeFacts("recording a step of case \(caseID)", caseID: caseID, county: county) { record, _ throws(ValidationError) in
            try record.recordStep(step, provider: provider, asOf: self.today)
            return []
        }
    }

    /// Records the decision on a potential victim (VT or not a victim) on `day`.
    @discardableResult
    public func changeStatus(caseID: String, county: County? = nil, to status: CaseStatus, on day: Day) throws(StorageError) -> CaseProgress {
        try changeFacts("changing the status of case \(caseID)", caseID: caseID, county: county) { record, _ throws(ValidationError) in
            try record.decide(status, on: day, asOf: self.today)
            return []
        }
    }

    /// Closes a case on `day`, with the reason kept in its history.
    @discardableResult
    public func closeCase(caseID: String, county: County? = nil, on day: Day,
                          reason: CaseClosureReason? = nil) throws(StorageError) -> CaseProgress {
        try changeFacts("closing case \(caseID)", caseID: caseID, county: county) { record, _ throws(ValidationError) in
            try record.close(on: day, asOf: self.today)
            return reason.map { [FieldChange(field: "closure_reason", old: nil, new: $0.code)] } ?? []
        }
    }

    /// Reopens a closed case on `day`: its closure is removed, and the reopening is the case's
    /// latest review (it counts from there for the review deadline).
    @discardableResult
    public func reopenCase(caseID: String, county: County? = nil, on day: Day) throws(StorageError) -> CaseProgress {
        try changeFacts("reopening case \(caseID)", caseID: caseID, county: county) { record, reviewed throws(ValidationError) in
            try record.reopen(on: day, asOf: self.today)
            let old = reviewed
            reviewed = day
            return [FieldChange(field: "reopened_on", old: nil, new: day.description),
                    FieldChange(field: "reviewed_on", old: old?.description, new: day.description)]
        }
    }

    /// Records that an open case was reviewed on `day` with nothing else to change.
    @discardableResult
    public func reviewCase(caseID: String, county: County? = nil, on day: Day) throws(StorageError) -> CaseProgress {
        try changeFacts("reviewing case \(caseID)", caseID: caseID, county: county) { record, reviewed throws(ValidationError) in
            var check = IssueCollector()
            check.require(record.closedOn == nil, "case", "the case is closed; reopen it first (case reopen ID on=DATE)")
            record.checkReviewDay(day, after: reviewed, asOf: self.today, into: &check)
            if !check.issues.isEmpty { throw ValidationError(issues: check.issues) }
            let old = reviewed
            reviewed = day
            return [FieldChange(field: "reviewed_on", old: old?.description, new: day.description)]
        }
    }

    /// Corrects fields of a case, typed as `key=value` (``CaseEntry/editableKeys``). The
    /// personal data are opened inside the transaction only when a personal field is
    /// corrected, never returned; such a correction is audited as a write of personal data.
    @discardableResult
    public func correctCase(caseID: String, county: County? = nil,
                            fields: [(key: String, value: String)]) throws(StorageError) -> CaseProgress {
        let county = county ?? scope.counties.first ?? .durres
        let touchesPersonal = fields.contains { CaseEntry.personalKeys.contains($0.key) }
        let preparer = casePreparer(asOf: today)
        return try write("correcting case \(caseID)") { db in
            guard let rowID = try Self.rowID(db, county: county, caseID: caseID) else { throw StorageError.caseNotFound(id: caseID) }
            let row = try Row.fetchOne(db, sql: "SELECT * FROM case_record WHERE id = ?", arguments: [rowID])
            let reviewed = (row?["reviewed_on"] as Int?).map { Day(ordinal: Int32($0)) }
            guard let old = touchesPersonal ? try storedCase(db, rowID: rowID, county: county, caseID: caseID)
                    : try row.map({ row throws(StorageError) in try CaseColumns.record(from: row, personal: .none) }) else {
                throw StorageError.caseNotFound(id: caseID)
            }
            let next: CaseRecord
            do throws(ValidationError) { next = try CaseEntry.corrected(old, with: fields, today: today) } catch {
                throw StorageError.invalid(what: "case \(caseID)", issues: error.issues)
            }
            if touchesPersonal {
                try CaseWriter(db).update(try preparer.prepare(next), rowID: rowID)
                try appendAudit(db, action: .writePersonalData, caseIDs: [caseID], purpose: "case corrected")
            } else {
                try preparer.check(next)
                let pseudonym = (row?["pseudonym"] as String?).flatMap(Pseudonym.init)
                try CaseWriter(db).updateFacts(CaseRow(next, bands: settings.ageBands, pseudonym: pseudonym))
            }
            try appendHistory(db, kind: CaseHistory.kind, recordID: caseID, action: .changed,
                              changes: FieldChange.between(old, next, personal: CaseHistory.personal))
            return CaseProgress(next, reviewedOn: reviewed)
        }
    }

    // MARK: - Reading progress

    /// The progress of every open case (no closure step), for what is due: facts only, no
    /// personal data. The case worker's and the analyst's (whose front end shows counts only).
    public func openCaseProgress() throws(StorageError) -> [CaseProgress] {
        guard role.maySeeCaseRecords else { throw .notPermitted(role: role, action: "listing open cases", requires: .analyst) }
        return try read("listing open cases") { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM case_record WHERE closed_on IS NULL ORDER BY county, case_id")
            return try rows.map { row throws in
                CaseProgress(try CaseColumns.record(from: row, personal: .none),
                             reviewedOn: (row["reviewed_on"] as Int?).map { Day(ordinal: Int32($0)) })
            }
        }
    }

    /// An id for a new case by the county's scheme, `PREFIX-YEAR-NNNN` (`DU-2025-0007`): the
    /// first number of the year not yet used in the county.
    public func proposedCaseID(county: County? = nil, year: Int) throws(StorageError) -> String {
        let county = county ?? scope.counties.first ?? .durres
        let prefix = "\(county.code.prefix(2).uppercased())-\(year)-"
        let used = try caseIDs(in: county)
        var number = used.filter { $0.hasPrefix(prefix) }.count + 1
        func id(_ number: Int) -> String { prefix + String(repeating: "0", count: max(0, 4 - String(number).count)) + String(number) }
        while used.contains(id(number)) { number += 1 }
        return id(number)
    }

    // MARK: - Helpers

    /// One change of a case's facts in one transaction: read the facts (never the personal
    /// data), let KRATCore change and check them, store them with a history entry.
    /// `change` gets the case and its review day (which it may move), and returns the history's
    /// extra fields (a closure's reason).
    private func changeFacts(
        _ action: String, caseID: String, county: County?,
        _ change: (inout CaseRecord, inout Day?) throws(ValidationError) -> [FieldChange]
    ) throws(StorageError) -> CaseProgress {
        let county = county ?? scope.counties.first ?? .durres
        let preparer = casePreparer(asOf: today)
        let bands = settings.ageBands
        return try write(action) { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM case_record WHERE county = ? AND case_id = ?",
                                             arguments: [county.code, caseID]) else { throw StorageError.caseNotFound(id: caseID) }
            let old = try CaseColumns.record(from: row, personal: .none)
            var next = old
            let oldReviewed = (row["reviewed_on"] as Int?).map { Day(ordinal: Int32($0)) }
            var reviewed = oldReviewed
            let extra: [FieldChange]
            do throws(ValidationError) { extra = try change(&next, &reviewed) } catch {
                throw StorageError.invalid(what: "case \(caseID)", issues: error.issues)
            }
            try preparer.check(next)
            let pseudonym = (row["pseudonym"] as String?).flatMap(Pseudonym.init)
            try CaseWriter(db).updateFacts(CaseRow(next, bands: bands, pseudonym: pseudonym))
            if reviewed != oldReviewed {
                try db.execute(sql: "UPDATE case_record SET reviewed_on = ? WHERE id = ?",
                               arguments: [reviewed.map { Int($0.ordinal) }, row["id"] as Int64])
            }
            try appendHistory(db, kind: CaseHistory.kind, recordID: caseID, action: .changed,
                              changes: FieldChange.between(old, next, personal: CaseHistory.personal) + extra)
            return CaseProgress(next, reviewedOn: reviewed)
        }
    }
}
