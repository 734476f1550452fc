import Foundation
import GRDB
import KRATCore

/// Small helpers shared by the organisational stores and their records: checking values
/// before a write, and reading codes and ISO days back from rows, failing with
/// ``StorageError/corrupt(what:)``.
enum OrganisationRows {
    // MARK: - Before writing

    /// Throws ``StorageError/invalid(what:issues:)`` when there are issues.
    static func require(_ issues: [ValidationIssue], _ what: String) throws(StorageError) {
        if !issues.isEmpty { throw .invalid(what: what, issues: issues) }
    }

    /// The stored id of a value that is being updated; an unsaved value is invalid.
    static func storedID(_ id: Int64?, _ what: String) throws(StorageError) -> Int64 {
        guard let id else {
            throw .invalid(what: what, issues: [ValidationIssue(field: "id",
                message: "has no id, so it was never stored; insert it first")])
        }
        return id
    }

    /// An issue when `county` is not one of the database's counties.
    static func countyIssues(_ county: County, scope: DatabaseScope) -> [ValidationIssue] {
        guard !scope.counties.contains(county) else { return [] }
        return [ValidationIssue(field: "county", message: "\(county.name) is not this database's county (\(scope))")]
    }

    // MARK: - Reading back

    /// A coded value from a text column.
    static func code<T: Coded>(_ row: Row, _ column: String, _ what: String) throws(StorageError) -> T {
        guard let text = row[column] as String?, let value = T(code: text) else {
            throw .corrupt(what: "\(what): column \(column)")
        }
        return value
    }

    /// A day from an ISO text column that may not be NULL.
    static func day(_ row: Row, _ column: String, _ what: String) throws(StorageError) -> Day {
        guard let day = try optionalDay(row, column, what) else { throw .corrupt(what: "\(what): column \(column)") }
        return day
    }

    /// A day from an ISO text column that may be NULL.
    static func optionalDay(_ row: Row, _ column: String, _ what: String) throws(StorageError) -> Day? {
        guard let text = row[column] as String? else { return nil }
        guard let day = Day(iso: text) else { throw .corrupt(what: "\(what): column \(column) holds '\(text)'") }
        return day
    }

    /// The ISO text of an optional day, for a statement argument.
    static func iso(_ day: Day?) -> String? { day?.description }
}
