import GRDB
import GRDBSQLite
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
    ///
    /// A million cells are read through SQLite's C API: a value equal to the one above it in
    /// the same column (the cube is sorted by its key, so most are) is recognised from its
    /// bytes without making a `String`.
    static func load(_ db: Database, generation: Int64) throws -> CubeSnapshot {
        let columns = CaseSchema.dimensionColumns
        var builder = CellBlockBuilder()
        let statement = try db.makeStatement(sql: """
            SELECT day, \(columns.joined(separator: ", ")), cases FROM case_day_cube ORDER BY day
            """)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        var readers = (0..<columns.count).map { _ in ColumnReader() }
        var raw = [String](repeating: "", count: columns.count)
        var code = sqlite3_step(handle)
        while code == SQLITE_ROW {
            for index in 0..<columns.count { raw[index] = readers[index].text(handle, Int32(index + 1)) }
            builder.append(raw: raw, day: sqlite3_column_int(handle, 0), count: sqlite3_column_int(handle, Int32(columns.count + 1)))
            code = sqlite3_step(handle)
        }
        guard code == SQLITE_DONE else {
            throw db.lastSQLiteError(code)
        }
        return CubeSnapshot(generation: generation, block: builder.block)
    }
}

/// The text form of one cube column's values (text as is, integers in decimal), remembering
/// the last value read so a repeat costs a comparison of bytes.
private struct ColumnReader {
    private var lastInteger: Int64?
    private var lastBytes: [UInt8] = []
    private var lastText = ""

    mutating func text(_ statement: OpaquePointer, _ column: Int32) -> String {
        if sqlite3_column_type(statement, column) == SQLITE_INTEGER {
            let value = sqlite3_column_int64(statement, column)
            if value != lastInteger {
                lastInteger = value
                lastText = String(value)
            }
            return lastText
        }
        let count = Int(sqlite3_column_bytes(statement, column))
        let buffer = UnsafeBufferPointer(start: sqlite3_column_text(statement, column), count: count)
        if lastInteger == nil, buffer.elementsEqual(lastBytes) { return lastText }
        lastInteger = nil
        lastBytes = Array(buffer)
        lastText = String(decoding: buffer, as: UTF8.self)
        return lastText
    }
}
