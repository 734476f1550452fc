import KRATCore
import KRATStorage

extension CaseStatistics {
    // MARK: - Institution performance with case counts

    /// ``InstitutionPerformance/table(_:previousYear:currentYear:asOf:casesIdentified:suppression:)``
    /// with the cases identified per institution kind counted from the database (both
    /// years in one read, each up to `asOf`) and the role's suppression.
    ///
    /// For the public role both years must have ended (``PublicationRules``), and a kind's
    /// count is hidden exactly where `stats breakdown by=identified_by` hides it for that
    /// year (the same one-way suppression), so the two tables cannot be played off
    /// against each other.
    public func institutionPerformance(_ records: OrganisationRecords, previousYear: Int, currentYear: Int,
                                       asOf: Day) throws(StorageError) -> ResultTable {
        for year in [previousYear, currentYear] {
            try checkPublished(period: .year(year), filter: CaseFilter(),
                               request: "the institutions' performance in \(previousYear) and \(currentYear)")
        }
        // Each year up to `asOf`; a year that starts after it has no count.
        let years = [previousYear, currentYear].filter { Period.year($0).start <= asOf }
        let periods = years.compactMap { year in try? Period(from: Period.year(year).start, through: min(asOf, Period.year(year).end)) }
        let counts = try database.exactCounts(in: periods, by: [.identifiedBy])
        var byYear: [Int: [InstitutionKind: Int]] = [:]
        var hidden: [Int: Set<InstitutionKind>] = [:]
        let values = values(of: .identifiedBy)
        for (year, count) in zip(years, counts) {
            byYear[year] = Dictionary(count.counts.compactMap { key, value in
                key.first.flatMap(InstitutionKind.init(code:)).map { ($0, value) }
            }, uniquingKeysWith: +)
            let listed = values.listed(present: count.counts.keys.compactMap(\.first))
            if let line = suppression?.suppress(counts: listed.map { count[$0] }, total: count.total) {
                hidden[year] = Set(zip(listed, line.counts).compactMap { code, isHidden in
                    isHidden ? InstitutionKind(code: code) : nil
                })
            }
        }
        return InstitutionPerformance.table(records, previousYear: previousYear, currentYear: currentYear, asOf: asOf,
                                            casesIdentified: byYear, suppression: suppression,
                                            hiddenCases: suppression == nil ? nil : hidden)
    }
}
