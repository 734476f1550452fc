import Dispatch
import KRATCore

/// Feeds a bulk import: cases are read in batches, and each batch is prepared (checked,
/// pseudonymised, sealed, typed) on another thread while the writer stores the one before.
///
/// The cases reach `store` in the order of the sequence, and the first case that cannot be
/// prepared is thrown when its turn comes, after every case before it was stored, exactly as
/// if one thread did everything. The sequence itself is only read on the caller's thread.
enum ImportPipeline {
    /// How many cases are prepared together (large enough to amortise the hand-over).
    static let batchSize = 1024

    static func run<Cases: Sequence<CaseRecord>>(
        _ cases: Cases, preparer: CasePreparer, store: (PreparedCase) throws -> Void
    ) throws {
        var iterator = cases.makeIterator()
        func nextBatch() -> [CaseRecord] {
            var batch: [CaseRecord] = []
            batch.reserveCapacity(batchSize)
            while batch.count < batchSize, let record = iterator.next() { batch.append(record) }
            return batch
        }
        var pending = Preparation(nextBatch(), preparer)
        while true {
            let prepared = pending.result()
            if prepared.isEmpty { return }
            pending = Preparation(nextBatch(), preparer)
            for result in prepared { try store(result.get()) }
        }
    }
}

/// One batch being prepared on a global queue; ``result()`` waits for it.
///
/// The results are written once, before the semaphore is signalled, and read only after
/// waiting on it, so the semaphore orders the two threads' accesses.
private final class Preparation: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private var results: [Result<PreparedCase, StorageError>] = []

    init(_ records: [CaseRecord], _ preparer: CasePreparer) {
        guard !records.isEmpty else {
            finished.signal()
            return
        }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            var results: [Result<PreparedCase, StorageError>] = []
            results.reserveCapacity(records.count)
            for record in records {
                do throws(StorageError) {
                    results.append(.success(try preparer.prepare(record)))
                } catch {
                    results.append(.failure(error))
                    break
                }
            }
            self.results = results
            finished.signal()
        }
    }

    /// The prepared cases in order, ending at the first failure; empty after the last batch.
    func result() -> [Result<PreparedCase, StorageError>] {
        finished.wait()
        return results
    }
}
