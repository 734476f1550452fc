import Foundation
import KRATCore

/// The second pass of an import: the good cases of a checked file, read again lazily.
///
/// If the file cannot be read again, or has changed since it was checked, the sequence
/// yields a case that cannot be stored, so the import's transaction is rolled back, and
/// keeps the reason in ``failure``.
struct GoodCases: Sequence {
    let path: String
    let parser: CaseCSVRowParser
    let badLines: Set<Int>
    let failure = FailureBox()

    final class FailureBox: @unchecked Sendable {
        var value: CSVError?
    }

    struct Iterator: IteratorProtocol {
        let owner: GoodCases
        var reader: CSVReader?
        var skippedHeader = false
        var done = false

        mutating func next() -> CaseRecord? {
            guard !done else { return nil }
            do {
                if reader == nil { reader = try CSVReader(path: owner.path) }
                guard let reader else { return nil }
                if !skippedHeader { _ = try reader.nextRecord(); skippedHeader = true }
                while let row = try reader.nextRecord() {
                    if owner.badLines.contains(row.line) { continue }
                    switch owner.parser.parse(row) {
                    case .success(let item): return item
                    case .failure:
                        return fail(.readFailed(path: owner.path, reason: "line \(row.line) changed since the file was checked; import it again"))
                    }
                }
                done = true
                return nil
            } catch {
                return fail(error)
            }
        }

        private mutating func fail(_ error: CSVError) -> CaseRecord {
            done = true
            owner.failure.value = error
            // A case that fails validation, so storage rolls the whole import back.
            return CaseRecord(id: "", county: owner.parser.counties.first ?? .durres, municipality: nil,
                              status: .potentialVictim, identifiedOn: Day(ordinal: 0), identifiedBy: .other,
                              sex: .unknown, citizenship: nil, exploitation: [])
        }
    }

    func makeIterator() -> Iterator { Iterator(owner: self) }
}
