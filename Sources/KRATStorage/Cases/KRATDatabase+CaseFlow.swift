import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Case flow

    /// How the cases identified in `period` and matching `filter` stood on `period`'s last
    /// day, or on `asOf` when that is earlier (the cases identified after `asOf` are left
    /// out): their status then (a change recorded later does not count yet), how many had
    /// been referred and served and after how many days, and how many were still open.
    /// Every figure is about that cohort. One consistent read. The public role is refused.
    public func caseFlow(in period: Period, filter: CaseFilter = CaseFilter(),
                         asOf: Day? = nil) throws(StorageError) -> CaseFlowFacts {
        try refuseExactCountsToPublic("the exact case flow")
        try requireMonths([period], "the case flow")
        return try exactCaseFlow(in: period, filter: filter, asOf: asOf)
    }

    /// ``caseFlow(in:filter:asOf:)`` for every role: for the modules of this package that publish it with suppression.
    package func exactCaseFlow(in period: Period, filter: CaseFilter = CaseFilter(),
                               asOf: Day? = nil) throws(StorageError) -> CaseFlowFacts {
        try checkFilter(filter)
        let end = min(period.end, asOf ?? today)
        guard let cohort = try? Period(from: period.start, through: end) else {
            return CaseFlowFacts(identified: 0, identifiedAsPotentialVictims: 0, identifiedAsVictims: 0,
                                 identifiedAsNotVictims: 0, becameVictims: 0, becameNotVictims: 0,
                                 stillPotentialVictims: 0, toReferral: DayIntervals(cases: 0, medianDays: nil),
                                 toFirstService: DayIntervals(cases: 0, medianDays: nil),
                                 toStatusChange: DayIntervals(cases: 0, medianDays: nil), openAtEnd: 0, asOf: end)
        }
        let clause = try checkedClause(CaseQuery(period: cohort, filter: filter))
        let day = Int(end.ordinal)
        // A change without a day is taken as made on the day of identification.
        let changedBy = "c.status != c.initial_status AND coalesce(c.status_changed_on, c.identified_on) <= \(day)"
        return try read("summarising the case flow") { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT count(*),
                       coalesce(sum(c.initial_status = 'VMT'), 0),
                       coalesce(sum(c.initial_status = 'VT'), 0),
                       coalesce(sum(c.initial_status = 'not_victim'), 0),
                       coalesce(sum(c.initial_status = 'VMT' AND c.status = 'VT' AND \(changedBy)), 0),
                       coalesce(sum(c.initial_status = 'VMT' AND c.status = 'not_victim' AND \(changedBy)), 0),
                       coalesce(sum(c.initial_status = 'VMT' AND NOT (\(changedBy))), 0),
                       coalesce(sum(c.closed_on IS NULL OR c.closed_on > \(day)), 0)
                FROM case_record c \(clause.sql)
                """, arguments: clause.arguments)
            func count(_ index: Int) -> Int { row.map { $0[index] as Int } ?? 0 }
            return CaseFlowFacts(
                identified: count(0), identifiedAsPotentialVictims: count(1), identifiedAsVictims: count(2),
                identifiedAsNotVictims: count(3), becameVictims: count(4), becameNotVictims: count(5),
                stillPotentialVictims: count(6),
                toReferral: try Self.median(db, "c.referred_on", clause, by: day),
                toFirstService: try Self.median(db, "c.first_service_on", clause, by: day),
                toStatusChange: try Self.median(db, "c.status_changed_on", clause, by: day,
                                                extra: "c.initial_status = 'VMT' AND c.status != 'VMT'"),
                openAtEnd: count(7), asOf: end)
        }
    }

    /// The number of cases matching `filter` open on `day`: identified on or before it
    /// and not closed by then (a case closed on `day` is no longer open).
    /// The public role is refused.
    public func openCases(on day: Day, filter: CaseFilter = CaseFilter()) throws(StorageError) -> Int {
        try refuseExactCountsToPublic("the exact number of open cases")
        // A stock counted on two days in a row tells what happened in between: months only.
        if let upToDay = try? Period(from: Period.month(day.month, of: day.year).start, through: day) {
            try requireMonths([upToDay], "counting open cases")
        }
        try checkFilter(filter)
        let clause = Self.openClause(on: day, filter: filter, bands: settings.ageBands)
        return try read("counting open cases") { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM case_record c \(clause.sql)", arguments: clause.arguments) ?? 0
        }
    }

    /// The first and last days of identification among cases matching `filter`; nil with none.
    /// The public role is refused: the days would tell when the first and last cases were identified.
    public func identificationSpan(filter: CaseFilter = CaseFilter()) throws(StorageError) -> ClosedRange<Day>? {
        try refuseExactCountsToPublic("the days of the first and last identification")
        return try exactIdentificationSpan(filter: filter)
    }

    /// ``identificationSpan(filter:)`` for every role: for the modules of this package, which
    /// publish no more of it than its years.
    package func exactIdentificationSpan(filter: CaseFilter = CaseFilter()) throws(StorageError) -> ClosedRange<Day>? {
        let clause = try checkedClause(CaseQuery(filter: filter))
        return try read("finding the years with cases") { db in
            // Two subqueries, so that without a filter each is one step down the day index.
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT min(c.identified_on) FROM case_record c \(clause.sql)),
                       (SELECT max(c.identified_on) FROM case_record c \(clause.sql))
                """, arguments: clause.arguments + clause.arguments)
            guard let row, let first = row[0] as Int?, let last = row[1] as Int? else { return nil }
            return Day(ordinal: Int32(first))...Day(ordinal: Int32(last))
        }
    }

    // MARK: - SQL pieces

    private static func openClause(on day: Day, filter: CaseFilter, bands: AgeBands) -> (sql: String, arguments: StatementArguments) {
        var (conditions, arguments) = filter.sqlConditions(bands: bands)
        conditions.insert("c.identified_on <= ? AND (c.closed_on IS NULL OR c.closed_on > ?)", at: 0)
        arguments.insert(contentsOf: [Int(day.ordinal), Int(day.ordinal)] as [(any DatabaseValueConvertible)?], at: 0)
        return ("WHERE " + conditions.joined(separator: " AND "), StatementArguments(arguments))
    }

    /// The count and median of `column - identified_on` over the matching cases whose
    /// `column` falls on or before the day with ordinal `day`.
    private static func median(_ db: Database, _ column: String, _ clause: (sql: String, arguments: StatementArguments),
                               by day: Int, extra: String? = nil) throws -> DayIntervals {
        let conditions = ["\(column) IS NOT NULL AND \(column) <= \(day)"] + (extra.map { [$0] } ?? [])
        let whereSQL = (clause.sql.isEmpty ? "WHERE " : clause.sql + " AND ") + conditions.joined(separator: " AND ")
        let n = try Int.fetchOne(db, sql: "SELECT count(*) FROM case_record c \(whereSQL)", arguments: clause.arguments) ?? 0
        guard n > 0 else { return DayIntervals(cases: 0, medianDays: nil) }
        let median = try Double.fetchOne(db, sql: """
            SELECT avg(d) FROM (SELECT \(column) - c.identified_on AS d FROM case_record c \(whereSQL)
                                ORDER BY d LIMIT \(2 - n % 2) OFFSET \((n - 1) / 2))
            """, arguments: clause.arguments)
        return DayIntervals(cases: n, medianDays: median)
    }
}
