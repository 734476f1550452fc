import Foundation
import KRATCore
import KRATStorage

/// A generated county database for exploring KRATKit at once (`krat --demo`).
public enum DemoDatabase {
    /// How many cases the demo holds.
    public static let caseCount = 6_000
    /// How many years it spans, ending this year.
    public static let years = 10

    /// Creates a demo database for a county at `path` (its key file beside it) and returns
    /// it opened as a case worker. The same county and day give the same data.
    public static func create(at path: String, county: County, asOf: Day = .today(),
                              progress: ((Int, Int?) -> Void)? = nil) throws(StorageError) -> KRATDatabase {
        let database = try KRATDatabase.create(at: path, scope: .county(county), user: "demo")
        let years = (asOf.year - Self.years + 1)...asOf.year
        try database.importCases(CaseGenerator(counties: [county], years: years, count: caseCount, seed: 2026, asOf: asOf),
                                 asOf: asOf, purpose: "demo data generated", progress: progress)
        _ = try OrganisationGenerator(county: county, years: years, asOf: asOf, seed: 2026).fill(database)
        return database
    }
}
