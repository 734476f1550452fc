import KRATTestSupport
import Testing
import KRATCore
@testable import KRATStorage

/// A filter value the database cannot hold is refused, naming the valid values, instead of counting zero.
@Suite struct FilterValueTests {
    /// Kukës with bands of its own: 0-13, 14-17, 18+ (so 0-17 of the standard bands is not one of them).
    static func database() throws -> KRATDatabase {
        let bands = try AgeBands(lowerBounds: [0, 14, 18])
        return try KRATDatabase.inMemory(scope: .county(.kukes), settings: CountySettings(suppressionThreshold: 10, ageBands: bands))
    }

    static func issues(_ body: () throws(StorageError) -> Void) -> [ValidationIssue] {
        do { try body() } catch { if case .invalid(_, let issues) = error { return issues } }
        return []
    }

    static let year = Period.year(2024)

    @Test func anAgeBandTheCountyHasNotIsRefusedListingItsBands() throws {
        let database = try Self.database()
        for text in ["0-4", "18-99", "0-5"] {
            let filter = try CaseFilter().setting("age_band", to: text)
            let issues = Self.issues { () throws(StorageError) in _ = try database.countCases(in: Self.year, filter: filter) }
            #expect(issues.map(\.field) == ["age_band"], "\(text)")
            #expect(issues.first?.message == "'\(text)' is not one of this county's age bands; expected one of 0-13, 14-17, 18+")
            // The listing and the flow refuse it too, rather than answering with nothing.
            #expect(Self.issues { () throws(StorageError) in _ = try database.cases(CaseQuery(period: Self.year, filter: filter)) }.map(\.field) == ["age_band"])
            #expect(Self.issues { () throws(StorageError) in _ = try database.countPersons(in: Self.year, filter: filter) }.map(\.field) == ["age_band"])
        }
        // The county's own bands are accepted (no cases: a real zero).
        let own = try CaseFilter().setting("age_band", to: "0-13,18+")
        #expect(try database.countCases(in: Self.year, filter: own).total == 0)
    }

    @Test func anotherCountyOrItsMunicipalityIsRefused() throws {
        let database = try Self.database()
        let durres = try CaseFilter().setting("county", to: "Durres")
        let countyIssues = Self.issues { () throws(StorageError) in _ = try database.countCases(in: Self.year, filter: durres) }
        #expect(countyIssues.map(\.field) == ["county"])
        #expect(countyIssues.first?.message.contains("expected Kukës") == true)
        let shijak = try CaseFilter().setting("municipality", to: "Shijak")
        let municipalityIssues = Self.issues { () throws(StorageError) in _ = try database.countCases(in: Self.year, filter: shijak) }
        #expect(municipalityIssues.map(\.field) == ["municipality"])
        #expect(municipalityIssues.first?.message.hasSuffix("expected one of Has, Kukës, Tropojë") == true)
        // Its own county and municipality are accepted.
        let own = try CaseFilter().setting("county", to: "Kukes").setting("municipality", to: "Has")
        #expect(try database.countCases(in: Self.year, filter: own).total == 0)
    }
}
