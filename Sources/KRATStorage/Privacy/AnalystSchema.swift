import GRDB
import KRATCore

/// A table or view analyst SQL may read, for `.tables` and `.schema`.
public struct AnalystRelation: Sendable, Hashable, Codable {
    /// A column: its name and declared type (empty for a view's computed column).
    public struct Column: Sendable, Hashable, Codable {
        /// The column's name.
        public var name: String
        /// The declared type, such as `TEXT` or `INTEGER`; empty when SQLite has none.
        public var type: String
    }

    /// The table's or view's name.
    public var name: String
    /// What it holds, in one line.
    public var description: String
    /// Its columns, in order.
    public var columns: [Column]

    /// A `CREATE` line describing it (not the statement that made it), for `.schema`.
    public var schemaText: String {
        let list = columns.map { $0.type.isEmpty ? $0.name : "\($0.name) \($0.type)" }.joined(separator: ", ")
        return "-- \(description)\nCREATE VIEW \(name) (\(list));"
    }
}

extension AnalystSQLPolicy {
    /// One-line descriptions of the readable relations.
    static let descriptions: [String: String] = AnalystViews.caseViews.merging([
        "municipality": "municipalities of the county: code, name, county",
        "age_band": "the county's age bands: code, lower and upper age, whether children",
        "exploitation_type": "forms of exploitation and their bit in a case's exploitation mask",
        "institution_kind": "kinds of institution, with Albanian and English labels",
        "institution": "institutions of the county, by kind",
    ]) { view, _ in view }
}

extension KRATDatabase {
    /// What analyst SQL may read: every readable view and table present in this file, with
    /// its columns, sorted with the case views first. Nothing else is listed, so `.tables`
    /// and `.schema` never show `case_personal`, `audit_log` or `krat_meta`.
    public func analystSchema() throws(StorageError) -> [AnalystRelation] {
        guard role != .public else {
            throw .sqlRefused(reason: "the public role may not run SQL. " + StorageError.publicQuestions)
        }
        let ordered = AnalystSQLPolicy.caseViews.sorted()
            + AnalystSQLPolicy.referenceTables.union(AnalystSQLPolicy.organisationTables).sorted()
        return try read("listing what analyst SQL may read") { db in
            try ordered.compactMap { name -> AnalystRelation? in
                guard try db.tableExists(name) || db.viewExists(name) else { return nil }
                let columns = try db.columns(in: name).map { AnalystRelation.Column(name: $0.name, type: $0.type) }
                return AnalystRelation(name: name, description: AnalystSQLPolicy.descriptions[name] ?? "organisational table",
                                       columns: columns)
            }
        }
    }
}
