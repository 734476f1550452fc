import KRATCore
import KRATStorage

extension CaseStatistics {
    // MARK: - Institution performance with case counts

    /// ``InstitutionPerformance/table(_:previousYear:currentYear:asOf:casesIdentified:suppression:)``
    /// with the cases identified per institution kind counted from the database (both
    /// years in one read) and the role's suppression.
    public func institutionPerformance(_ records: OrganisationRecords, previousYear: Int, currentYear: Int,
                                       asOf: Day) throws(StorageError) -> ResultTable {
        let years = [previousYear, currentYear]
        let counts = try database.countCases(in: years.map { Period.year($0) }, by: [.identifiedBy])
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
