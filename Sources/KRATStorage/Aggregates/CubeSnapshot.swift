import GRDB
import Synchronization

/// The day cube held in memory, with the generation of the data it was read at.
///
/// Every change to cases bumps `cube_state.generation` in the same transaction, so a
/// reader compares one integer to know whether its snapshot is still exact.
final class CubeSnapshot: Sendable {
    /// The generation the cells were read at.
    let generation: Int64
    /// The cells, sorted by day.
    let block: CellBlock
    /// The distinct days of the cells.
    let days: DayIndex
    /// Rollups built so far, by the columns they cover (nil: too many combinations to keep).
    private let rollups = Mutex<[[Int]: DayRollup?]>([:])

    init(generation: Int64, block: CellBlock) {
        self.generation = generation
        self.block = block
        self.days = DayIndex(block)
    }

    /// The rollup over `columns`, built on first use; nil when it would be too large.
    func rollup(_ columns: [Int]) -> DayRollup? {
        if let known = rollups.withLock({ $0[columns] }) { return known }
        let built = DayRollup(block: block, days: days, columns: columns)
        rollups.withLock { $0[columns] = .some(built) }
        return built
    }

    /// Reads the whole cube inside the caller's read transaction.
    static func load(_ db: Database, generation: Int64) throws -> CubeSnapshot {
        let columns = CaseSchema.dimensionColumns
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM case_day_cube") ?? 0
        var builder = CellBlockBuilder(capacity: total)
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT day, \(columns.joined(separator: ", ")), cases FROM case_day_cube ORDER BY day
            """)
        var raw = [String](repeating: "", count: columns.count)
        while let row = try cursor.next() {
            for index in 0..<columns.count { raw[index] = rawText(row, index + 1) }
            builder.append(raw: raw, day: Int32(row[0] as Int), count: Int32(row[columns.count + 1] as Int))
        }
        return CubeSnapshot(generation: generation, block: builder.block)
    }

    /// The text form of a stored dimension value: text as is, integers in decimal.
    static func rawText(_ row: Row, _ index: Int) -> String {
        switch row[index] as DatabaseValue {
        case let value where value.storage.value is String: (row[index] as String?) ?? ""
        default: (row[index] as Int64?).map { String($0) } ?? ""
        }
    }
}
