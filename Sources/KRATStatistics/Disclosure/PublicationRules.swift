import KRATCore
import KRATStorage

/// The fixed publication tables of the public role, and the checks that refuse anything else.
///
/// Suppressing each table on its own does not protect a person when a reader may ask
/// many overlapping tables: a filtered table subtracted from an unfiltered one, a period
/// one day longer than another, a two-way table beside a one-way table whose secondary
/// suppression differs. Statistical offices answer this by publishing a fixed set of
/// tables whose suppression patterns agree wherever the tables share a cell. For the
/// public role KRATKit publishes only:
///
/// - **whole calendar years that have ended** (a year still running is a period that
///   grows one day at a time, and two days' tables differ by that day's cases);
/// - **no case filters** (a filtered table is the complement of another filter's);
/// - **one dimension at a time with its total** (so any two published tables share
///   only their grand total, which is hidden only below the threshold: the same
///   everywhere), suppressed by the same one-way rule wherever they appear (breakdown,
///   trend split, same-year comparison, the institutions' cases);
/// - **trends by year** (months and quarters would be a second partition of the year
///   whose pattern need not agree with the first);
/// - **comparisons of a whole year with the year before**;
/// - a case flow of a whole year without the split by status at identification, which
///   would be a second, differently suppressed partition of the cases by status.
///
/// Everything else is refused with ``StorageError/notPublished(request:rule:)``, whose
/// message lists what the public may ask. The analyst and case-worker roles are not
/// limited.
public enum PublicationRules {
    /// The rule that refuses a period that is not a whole calendar year.
    static let wholeYearRule = "the public sees whole calendar years only (period=2024), not days, months, quarters or ranges"
    /// The rule that refuses a year that has not ended.
    static let endedYearRule = "the public sees years that have ended only; the year still running changes every day"
    /// The rule that refuses case filters.
    static let noFilterRule = "the public sees tables without case filters; a filtered table subtracted from another would reveal hidden counts"

    /// The calendar year `period` covers exactly, from 1 January to 31 December, or nil.
    public static func calendarYear(of period: Period) -> Int? {
        let year = period.start.year
        return period.start == Period.year(year).start && period.end == Period.year(year).end ? year : nil
    }

    /// The year of `period` when the public may see it: a whole calendar year that ended before `today`.
    static func publishedYear(_ period: Period, today: Day, request: String) throws(StorageError) -> Int {
        guard let year = calendarYear(of: period) else { throw .notPublished(request: request, rule: wholeYearRule) }
        guard year < today.year else { throw .notPublished(request: request, rule: endedYearRule) }
        return year
    }

    /// Refuses a case filter for the public.
    static func requireNoFilter(_ filter: CaseFilter, request: String) throws(StorageError) {
        guard filter.isEmpty else { throw .notPublished(request: request, rule: noFilterRule) }
    }
}

extension CaseStatistics {
    // MARK: - Checks for the public role

    /// Whether the tables are for the public role and follow ``PublicationRules``.
    var isPublication: Bool { database.role == .public }

    /// For the public: refuses a filter and a period that is not a whole year that has ended.
    func checkPublished(period: Period, filter: CaseFilter, request: String) throws(StorageError) {
        guard isPublication else {
            try checkMonths(period, request: request)
            return
        }
        try PublicationRules.requireNoFilter(filter, request: request)
        _ = try PublicationRules.publishedYear(period, today: today, request: request)
    }

    /// For every role but the case worker: refuses a period finer than whole months
    /// (``MonthRule``), ending on the data day at the latest.
    func checkMonths(_ period: Period, request: String) throws(StorageError) {
        guard !MonthRule.seesDays(database.role), !MonthRule.allows(period, today: today) else { return }
        throw .invalid(what: request, issues: [ValidationIssue(field: "period", message: MonthRule.refusal(period))])
    }

    /// The years with cases (matching `filter`) up to the last one the role may see: for the
    /// public, years that have ended.
    func yearsWithCases(filter: CaseFilter) throws(StorageError) -> ClosedRange<Int>? {
        guard let span = try database.exactIdentificationSpan(filter: filter) else { return nil }
        let last = isPublication ? min(span.upperBound.year, today.year - 1) : span.upperBound.year
        return span.lowerBound.year <= last ? span.lowerBound.year...last : nil
    }
}
