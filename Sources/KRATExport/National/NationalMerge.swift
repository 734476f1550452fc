import Foundation
import KRATCore
import KRATStorage

/// Consolidates county databases into the National Coordinator's database (`krat merge NATIONAL FILE...`).
///
/// Each county file is opened as an analyst (no key file, read-only); its cases go into the
/// national database without personal data, with the age band instead of the age and with their
/// pseudonyms. Each county's contribution replaces its earlier one in one transaction, so
/// merging a county again never doubles it. Counties that share a pseudonym key recognise the
/// same person: ``KRATDatabase/countPersons(in:filter:)`` counts them once.
public enum NationalMerge {
    /// What one county file contributed.
    public struct Contribution: Sendable, Hashable {
        /// The county file.
        public var file: String
        /// Its county.
        public var county: County
        /// The cases now held for the county.
        public var cases: Int
    }

    /// Merges county files into a national database; returns one contribution per file, in order.
    ///
    /// A file that is not a county database stops the merge before anything of it is written;
    /// files merged before it stay merged (each county is its own transaction).
    public static func merge(into national: KRATDatabase, from countyFiles: [String],
                             asOf today: Day? = nil) throws(NationalMergeError) -> [Contribution] {
        guard national.scope == .national else { throw .notNational(file: national.path ?? ":memory:") }
        var contributions: [Contribution] = []
        for file in countyFiles {
            let source: KRATDatabase
            do { source = try KRATDatabase.open(at: file, role: .analyst) } catch { throw .county(file: file, error) }
            guard case .county(let county) = source.scope else { throw .notACounty(file: file) }
            // Generated cases never reach a real national file, nor real ones a sample file.
            guard source.holdsSampleData == national.holdsSampleData else {
                throw .sampleDataMixed(file: file, sourceIsSample: source.holdsSampleData)
            }
            let stream = NationalCaseStream(source: source)
            let stored: Int
            do {
                stored = try national.replaceCountyContribution(county: county, cases: stream, asOf: today)
            } catch {
                if let failure = stream.failure.value { throw .county(file: file, failure) }
                throw .national(error)
            }
            if let failure = stream.failure.value { throw .county(file: file, failure) }
            contributions.append(Contribution(file: file, county: county, cases: stored))
        }
        return contributions
    }
}

/// Why a national merge stopped.
public enum NationalMergeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The target is a county database.
    case notNational(file: String)
    /// A source is the national database, not a county's.
    case notACounty(file: String)
    /// A county file could not be read.
    case county(file: String, StorageError)
    /// The national database refused the merge (that county's transaction was rolled back).
    case national(StorageError)
    /// One of the two files holds generated sample data and the other real records.
    case sampleDataMixed(file: String, sourceIsSample: Bool)

    /// What went wrong and what to do.
    public var description: String {
        switch self {
        case let .notNational(file): "\(file): not a national database; merge into a database created for the nation."
        case let .notACounty(file): "\(file): not a county database; merge county files only."
        case let .county(file, error): "\(file): \(error.description)"
        case let .national(error): "the national database: \(error.description)"
        case let .sampleDataMixed(file, sourceIsSample):
            sourceIsSample
                ? "\(file): holds generated sample data, and the national database holds real records; merge sample files into a national database created for sample data."
                : "\(file): holds real records, and the national database was created for generated sample data; merge real counties into a national database of their own."
        }
    }
}
