import Dispatch
import KRATCore

/// Feeds a bulk import: cases are read in batches, and each batch is prepared (checked,
/// pseudonymised, sealed, typed) on other threads, in two halves at once, while the writer
/// stores the batch before.
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
            // Two halves at once: preparing costs more than writing, so it gets both cores
            // whenever the writer waits.
            let half = (records.count + 1) / 2
            let halves = [records[..<half], records[half...]]
            let parts = Parts(count: halves.count)
            DispatchQueue.concurrentPerform(iterations: halves.count) { index in
                parts.set(index, Self.prepare(halves[index], preparer))
            }
            var results = parts.values[0]
            if case .success = results.last { results += parts.values[1] }
            self.results = results
            finished.signal()
        }
    }

    /// The prepared cases in order, ending at the first failure.
    private static func prepare(_ records: ArraySlice<CaseRecord>, _ preparer: CasePreparer) -> [Result<PreparedCase, StorageError>] {
        var results: [Result<PreparedCase, StorageError>] = []
        results.reserveCapacity(records.count)
        var nonces = NonceSource(count: records.count)
        for record in records {
            do throws(StorageError) {
                results.append(.success(try preparer.prepare(record, nonces: &nonces)))
            } catch {
                results.append(.failure(error))
                break
            }
        }
        return results
    }

    /// The prepared cases in order, ending at the first failure; empty after the last batch.
    func result() -> [Result<PreparedCase, StorageError>] {
        finished.wait()
        return results
    }
}

/// The results of the halves, each written by one thread into its own slot, and read after
/// `concurrentPerform` has returned (it waits for every iteration).
private final class Parts: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<[Result<PreparedCase, StorageError>]>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: [])
    }

    func set(_ index: Int, _ value: [Result<PreparedCase, StorageError>]) { slots[index] = value }

    var values: [[Result<PreparedCase, StorageError>]] { Array(slots) }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }
}
