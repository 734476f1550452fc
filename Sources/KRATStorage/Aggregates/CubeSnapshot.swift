import GRDB

/// The day cube held in memory, with the generation of the data it was read at.
///
/// Every change to cases bumps `cube_state.generation` in the same transaction, so a
/// reader compares one integer to know whether its snapshot is still exact.
struct CubeSnapshot: Sendable {
    /// The generation the cells were read at.
    let generation: Int64
    /// The cells, sorted by day.
    let block: CellBlock

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
