import Foundation
import KRATTestSupport
import KRATCore
import KRATSampleData
import Testing
@testable import KRATStorage

@Suite struct ConcurrencyTests {
    /// An analyst reads, unblocked, the committed data while a case worker's import is mid-transaction.
    @Test func readersWorkWhileAWriterHoldsALongTransaction() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("tirane.sqlite")
        let writer = try KRATDatabase.create(at: path, scope: .county(.tirane))
        try writer.importCases(CaseGenerator(counties: [.tirane], years: 2020...2023, count: 500, seed: 1, asOf: Fixtures.asOf),
                               asOf: Fixtures.asOf)
        let analyst = try KRATDatabase.open(at: path, role: .analyst)
        var readsDuringWrite: [Int] = []
        let more = CaseGenerator(counties: [.tirane], years: 2024...2024, count: 3000, seed: 2, asOf: Fixtures.asOf)
            .lazy.map { record -> CaseRecord in var r = record; r.id = "B-" + r.id; return r }
        try writer.importCases(more, expectedCount: 3000, asOf: Fixtures.asOf) { done, _ in
            if done < 3000 { readsDuringWrite.append((try? analyst.countMatching(CaseQuery())) ?? -1) }
        }
        #expect(readsDuringWrite.count == 2)
        #expect(readsDuringWrite == [500, 500])
        #expect(try analyst.countMatching(CaseQuery()) == 3500)
    }
}
