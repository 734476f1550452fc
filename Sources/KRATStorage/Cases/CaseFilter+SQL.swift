import GRDB
import KRATCore

extension CaseFilter {
    /// The filter as SQL conditions over `case_record` (aliased `c`), with their arguments.
    func sqlConditions(bands: AgeBands) -> (sql: [String], arguments: [(any DatabaseValueConvertible)?]) {
        var sql: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        func inList(_ column: String, _ values: [String]) {
            sql.append(values.isEmpty ? "0" : "c.\(column) IN (\(values.map { _ in "?" }.joined(separator: ",")))")
            arguments += values.map { $0 }
        }
        if let counties { inList("county", counties.map(\.code).sorted()) }
        if let municipalities { inList("municipality", municipalities.sorted()) }
        if let statuses { inList("status", statuses.map(\.code).sorted()) }
        if let sexes { inList("sex", sexes.map(\.code).sorted()) }
        if let ageBands { inList("age_band", ageBands.sorted()) }
        if let child { inList("age_band", bands.bands.filter { $0.isChildren == child }.map(\.code)) }
        if let exploitation {
            sql.append("(c.exploitation & ?) != 0")
            arguments.append(ExploitationCodes.mask(exploitation))
        }
        if let citizenships { inList("citizenship", citizenships.map(\.code).sorted()) }
        if let identifiedBy { inList("identified_by", identifiedBy.map(\.code).sorted()) }
        if let streetSituation { sql.append("c.street_situation = \(streetSituation ? 1 : 0)") }
        if let transnational { sql.append("c.transnational = \(transnational ? 1 : 0)") }
        return (sql, arguments)
    }
}

extension CaseQuery {
    /// `WHERE …` for the query's period and filter, with arguments.
    func whereClause(bands: AgeBands) -> (sql: String, arguments: StatementArguments) {
        var (conditions, arguments) = filter.sqlConditions(bands: bands)
        if let period {
            conditions.insert("c.identified_on BETWEEN ? AND ?", at: 0)
            arguments.insert(contentsOf: [Int(period.start.ordinal), Int(period.end.ordinal)] as [(any DatabaseValueConvertible)?], at: 0)
        }
        let sql = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return (sql, StatementArguments(arguments))
    }

    /// The ORDER BY of a listing for a role that sees days (the case worker).
    var orderSQL: String { orderSQL(seesDays: true) }

    /// The ORDER BY of a listing. For a role that sees months only, newest and oldest go by
    /// month, and within a month by a mix of the row number that carries nothing of the day
    /// (rows are stored in the order they arrive, which is close to the order of the days).
    func orderSQL(seesDays: Bool) -> String {
        let mixed = "((c.id * 2654435761) % 4294967311)"
        switch order {
        case .newestFirst: return seesDays ? "ORDER BY c.identified_on DESC, c.id DESC" : "ORDER BY c.identified_month DESC, \(mixed)"
        case .oldestFirst: return seesDays ? "ORDER BY c.identified_on, c.id" : "ORDER BY c.identified_month, \(mixed)"
        case .caseID: return "ORDER BY c.county, c.case_id"
        }
    }
}
