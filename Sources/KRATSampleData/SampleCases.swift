import KRATCore
import KRATStorage

/// Adds generated cases to a sample database (the shell's `generate cases N`).
public enum SampleCases {
    /// Adds `count` generated cases over the last `years` years (ending on the database's
    /// today) to `database`, which must have been created for sample data; a database of real
    /// records is refused before anything is written. Ids are prefixed `G<seed>-`, so several
    /// runs with different seeds add different cases. Returns the import summary.
    @discardableResult
    public static func add(_ count: Int, years: Int, seed: UInt64, to database: KRATDatabase,
                           progress: ((Int, Int?) -> Void)? = nil) throws(StorageError) -> ImportSummary {
        try SampleDataGuard.require(database)
        let today = database.today
        let generator = CaseGenerator(counties: database.scope.counties, years: (today.year - years + 1)...today.year,
                                      count: count, seed: seed, asOf: today,
                                      withPersonalData: database.scope != .national)
            .lazy.map { record -> CaseRecord in
                var copy = record
                copy.id = "G\(seed % 100_000)-" + record.id
                return copy
            }
        return try database.importCases(generator, expectedCount: count, asOf: today,
                                        purpose: "sample data generated", progress: progress)
    }
}
