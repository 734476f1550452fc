import KRATCore
import KRATStorage

extension CaseStatistics {
    // MARK: - Institution performance with case counts

    /// ``InstitutionPerformance/table(_:previousYear:currentYear:asOf:casesIdentified:suppression:)``
    /// with the cases identified per institution kind counted from the database (both
    /// years in one read, each up to `asOf`) and the role's suppression.
    public func institutionPerformance(_ records: OrganisationRecords, previousYear: Int, currentYear: Int,
                                       asOf: Day) throws(StorageError) -> ResultTable {
        // Each year up to `asOf`; a year that starts after it has no count.
        let years = [previousYear, currentYear].filter { Period.year($0).start <= asOf }
        let periods = years.compactMap { year in try? Period(from: Period.year(year).start, through: min(asOf, Period.year(year).end)) }
        let counts = try database.countCases(in: periods, by: [.identifiedBy])
        var byYear: [Int: [InstitutionKind: Int]] = [:]
        for (year, count) in zip(years, counts) {
            byYear[year] = Dictionary(count.counts.compactMap { key, value in
                key.first.flatMap(InstitutionKind.init(code:)).map { ($0, value) }
            }, uniquingKeysWith: +)
        }
        return InstitutionPerformance.table(records, previousYear: previousYear, currentYear: currentYear, asOf: asOf,
                                            casesIdentified: byYear, suppression: suppression)
    }
}
