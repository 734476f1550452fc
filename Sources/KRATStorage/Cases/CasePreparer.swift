import Foundation
import KRATCore

/// A case made ready to store: checked, its pseudonym computed, its personal data sealed
/// and its row typed. Everything that does not need the database happens here, so a bulk
/// import can do it on one core while the other writes.
struct PreparedCase: Sendable {
    /// The case id, for reports.
    let caseID: String
    /// The case's county.
    let county: County
    /// The `case_record` row.
    let row: CaseRow
    /// The sealed personal data, when the case has any.
    let sealed: Data?
}

/// Checks and prepares cases for one database: its scope, age bands and keys.
struct CasePreparer: Sendable {
    let scope: DatabaseScope
    let bands: AgeBands
    let today: Day
    let role: Role
    let cipher: PersonalDataCipher?
    let pseudonymKey: PseudonymKey?

    /// The case ready to store, or the first reason it cannot be stored. `nonces` gives the
    /// nonce that seals its personal data (a batch draws them at once); by default a fresh one.
    func prepare(_ record: CaseRecord, nonces: inout NonceSource) throws(StorageError) -> PreparedCase {
        try check(record)
        var sealed: Data?
        if !record.personal.isEmpty {
            guard let cipher else { throw .notPermitted(role: role, action: "writing personal data") }
            sealed = try cipher.seal(record.personal, county: record.county, caseID: record.id, nonce: nonces.nonce())
        }
        let pseudonym = pseudonymKey?.pseudonym(for: record.personal)
        return PreparedCase(caseID: record.id, county: record.county,
                            row: CaseRow(record, bands: bands, pseudonym: pseudonym), sealed: sealed)
    }

    /// The case ready to store, sealed with a fresh random nonce.
    func prepare(_ record: CaseRecord) throws(StorageError) -> PreparedCase {
        var nonces = NonceSource(count: 0)
        return try prepare(record, nonces: &nonces)
    }

    /// Whether the case belongs in this database and is valid as of `today`.
    func check(_ record: CaseRecord) throws(StorageError) {
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
}

extension KRATDatabase {
    /// The preparer for cases written to this database, checked as of `today`.
    func casePreparer(asOf today: Day) -> CasePreparer {
        CasePreparer(scope: scope, bands: settings.ageBands, today: today, role: role,
                     cipher: cipher, pseudonymKey: keys?.pseudonymKey)
    }
}
