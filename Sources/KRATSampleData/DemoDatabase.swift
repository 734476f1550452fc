import Foundation
import KRATCore
import KRATStorage

/// A generated county database for exploring KRATKit at once (`krat --demo`, `krat init … --sample`).
public enum DemoDatabase {
    /// How many cases the demo holds.
    public static let caseCount = 6_000
    /// How many years it spans, ending this year.
    public static let years = 10

    /// Creates a demo database for a county at `path` (its key file beside it), marked for good
    /// as sample data, and returns it opened as a case worker. Its data runs to the clock's
    /// today; the same county and day give the same data.
    public static func create(at path: String, county: County, clock: DayClock = .system,
                              progress: ((Int, Int?) -> Void)? = nil) throws(StorageError) -> KRATDatabase {
        let database = try KRATDatabase.create(at: path, scope: .county(county), user: "demo",
                                               sampleData: true, clock: clock)
        try fill(database, progress: progress)
        return database
    }

    /// Fills a county database created for sample data with the demo's ten years of cases and
    /// the committee's records; a database of real records is refused before anything is written.
    public static func fill(_ database: KRATDatabase, progress: ((Int, Int?) -> Void)? = nil) throws(StorageError) {
        try SampleDataGuard.require(database)
        guard case .county(let county) = database.scope else {
            throw .invalid(what: "the demo data", issues: [ValidationIssue(field: "scope",
                message: "the demo fills a county database, not \(database.scope); create one for a county")])
        }
        let asOf = database.today
        let years = (asOf.year - Self.years + 1)...asOf.year
        try database.importCases(CaseGenerator(counties: [county], years: years, count: caseCount, seed: 2026, asOf: asOf),
                                 asOf: asOf, purpose: "demo data generated", progress: progress)
        _ = try OrganisationGenerator(county: county, years: years, asOf: asOf, seed: 2026).fill(database)
    }
}
