import Foundation
import GRDBSQLite
import KRATCore

/// The values of one `case_record` row, typed, in the order of ``CaseColumns/insertColumns``.
///
/// Built off the writing thread (it is `Sendable`) and bound straight to SQLite's C API: no
/// boxed arguments, no dynamic casts, which is most of what a row cost through a generic binder.
struct CaseRow: Sendable {
    let caseID: String
    let county: String
    let municipality: String
    let status: String
    let initialStatus: String
    let statusChangedOn: Int64?
    let identifiedOn: Int64
    let identifiedMonth: Int64
    let identifiedBy: String
    let sex: String
    let age: Int64?
    var ageBand: String
    let citizenship: String
    let exploitation: Int64
    let transnational: Int64
    let streetSituation: Int64
    let referredOn: Int64?
    let firstServiceOn: Int64?
    let closedOn: Int64?
    let pseudonym: String?
    let steps: String

    init(_ record: CaseRecord, bands: AgeBands, pseudonym: Pseudonym?) {
        caseID = record.id
        county = record.county.code
        municipality = record.municipality?.code ?? ""
        status = record.status.code
        initialStatus = record.initialStatus.code
        statusChangedOn = record.statusChange.map { Int64($0.on.ordinal) }
        identifiedOn = Int64(record.identifiedOn.ordinal)
        identifiedMonth = Int64(record.identifiedOn.monthIndex)
        identifiedBy = record.identifiedBy.code
        sex = record.sex.code
        age = record.ageAtIdentification.map(Int64.init)
        ageBand = record.ageAtIdentification.map { bands.band(forAge: $0).code } ?? ""
        citizenship = record.citizenship?.code ?? ""
        exploitation = Int64(ExploitationCodes.mask(record.exploitation))
        transnational = Int64(CaseColumns.tri(record.transnational))
        streetSituation = Int64(CaseColumns.tri(record.streetSituation))
        referredOn = record.referredOn.map { Int64($0.ordinal) }
        firstServiceOn = record.firstServiceOn.map { Int64($0.ordinal) }
        closedOn = record.closedOn.map { Int64($0.ordinal) }
        self.pseudonym = pseudonym?.value
        steps = StepsColumn.encode(record.steps)
    }

    /// Binds every column from parameter `first` on; the key columns (case id, county) only
    /// when `includingKey` (an update names them in its `WHERE` instead). Returns the next
    /// parameter index.
    @discardableResult
    func bind(to statement: OpaquePointer, from first: Int32 = 1, includingKey: Bool = true) -> Int32 {
        var binder = RowBinder(statement: statement, index: first)
        if includingKey {
            binder.text(caseID)
            binder.text(county)
        }
        binder.text(municipality)
        binder.text(status)
        binder.text(initialStatus)
        binder.integer(statusChangedOn)
        binder.integer(identifiedOn)
        binder.integer(identifiedMonth)
        binder.text(identifiedBy)
        binder.text(sex)
        binder.integer(age)
        binder.text(ageBand)
        binder.text(citizenship)
        binder.integer(exploitation)
        binder.integer(transnational)
        binder.integer(streetSituation)
        binder.integer(referredOn)
        binder.integer(firstServiceOn)
        binder.integer(closedOn)
        binder.text(pseudonym)
        binder.text(steps)
        return binder.index
    }
}

/// Binds values to consecutive parameters of a prepared statement (SQLite copies them).
struct RowBinder {
    let statement: OpaquePointer
    var index: Int32

    /// SQLite's `SQLITE_TRANSIENT`: copy the bytes before the call returns.
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    mutating func text(_ value: String?) {
        if var value {
            if value.isEmpty {
                // An empty buffer may have no address, which SQLite would read as NULL.
                sqlite3_bind_text(statement, index, "", 0, Self.transient)
            } else {
                value.withUTF8 { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { text in
                        _ = sqlite3_bind_text(statement, index, text.baseAddress, Int32(text.count), Self.transient)
                    }
                }
            }
        } else {
            sqlite3_bind_null(statement, index)
        }
        index += 1
    }

    mutating func integer(_ value: Int64?) {
        if let value { sqlite3_bind_int64(statement, index, value) } else { sqlite3_bind_null(statement, index) }
        index += 1
    }

    mutating func blob(_ value: Data?) {
        if let value {
            value.withUnsafeBytes { bytes in
                _ = sqlite3_bind_blob(statement, index, bytes.baseAddress, Int32(bytes.count), Self.transient)
            }
        } else {
            sqlite3_bind_null(statement, index)
        }
        index += 1
    }
}
