import KRATCore
import GRDB

extension KRATDatabase {
    // MARK: - Filter values the database can hold

    /// Refuses a filter that names a value this database cannot hold: an age band the county
    /// has not configured (``CountySettings/ageBands``), another county in a county's database,
    /// or a municipality outside the database's counties. Such a filter would otherwise count
    /// zero cases without saying why. Each issue names its field and lists the valid values.
    public func checkFilter(_ filter: CaseFilter) throws(StorageError) {
        var issues: [ValidationIssue] = []
        if let wanted = filter.ageBands {
            var codes = settings.ageBands.bands.map(\.code)
            if wanted.contains(where: { !codes.contains($0) }) {
                // Cases merged from a county with bands of its own keep that county's bands.
                let stored = (try? read("reading the age bands") { db in
                    try String.fetchAll(db, sql: "SELECT DISTINCT age_band FROM case_record")
                }) ?? []
                codes += stored.filter { !codes.contains($0) }.sorted()
            }
            let unknown = wanted.filter { !codes.contains($0) }.sorted()
            if !unknown.isEmpty {
                issues.append(ValidationIssue(field: "age_band", message: "\(Self.quoted(unknown)) \(unknown.count == 1 ? "is not one" : "are not") "
                    + "of this county's age bands; expected one of \(codes.joined(separator: ", "))"))
            }
        }
        let counties = scope.counties
        if let wanted = filter.counties {
            let outside = wanted.filter { !counties.contains($0) }.sorted { $0.rawValue < $1.rawValue }
            if !outside.isEmpty {
                issues.append(ValidationIssue(field: "county", message: "\(Self.quoted(outside.map(\.name))) "
                    + "\(outside.count == 1 ? "is" : "are") not held in this database (\(scope)); expected "
                    + counties.map(\.name).joined(separator: ", ")))
            }
        }
        if let wanted = filter.municipalities {
            let outside = wanted.filter { code in Municipality.withCode(code).map { !counties.contains($0.county) } ?? true }.sorted()
            if !outside.isEmpty {
                let valid = Municipality.all.filter { counties.contains($0.county) }.map(\.name)
                let names = outside.map { Municipality.withCode($0)?.name ?? $0 }
                issues.append(ValidationIssue(field: "municipality", message: "\(Self.quoted(names)) "
                    + "\(names.count == 1 ? "is" : "are") not a municipality of this database (\(scope)); expected one of "
                    + valid.joined(separator: ", ")))
            }
        }
        guard issues.isEmpty else { throw .invalid(what: "case filter", issues: issues) }
    }

    /// The `WHERE` clause of a query, after ``checkFilter(_:)``.
    func checkedClause(_ query: CaseQuery) throws(StorageError) -> (sql: String, arguments: StatementArguments) {
        try checkFilter(query.filter)
        return query.whereClause(bands: settings.ageBands)
    }

    private static func quoted(_ values: [String]) -> String {
        values.map { "'\($0)'" }.joined(separator: ", ")
    }
}
