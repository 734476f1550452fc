import KRATCore
import KRATStorage

/// The cases of a county database as a lazy sequence, read in pages of 1,000 so the whole county
/// is never in memory. A read failure ends the sequence early and is kept in ``failure``.
struct NationalCaseStream: Sequence {
    let source: KRATDatabase
    let failure = Box()

    final class Box: @unchecked Sendable {
        var value: StorageError?
    }

    struct Iterator: IteratorProtocol {
        let stream: NationalCaseStream
        var page: [NationalCase] = []
        var index = 0
        var offset = 0
        var done = false

        mutating func next() -> NationalCase? {
            if index < page.count { defer { index += 1 }; return page[index] }
            guard !done else { return nil }
            do {
                page = try stream.source.nationalCases(offset: offset, limit: 1000)
            } catch {
                stream.failure.value = error
                page = []
            }
            offset += page.count
            index = 0
            if page.count < 1000 { done = true }
            guard !page.isEmpty else { return nil }
            index = 1
            return page[0]
        }
    }

    func makeIterator() -> Iterator { Iterator(stream: self) }
}
