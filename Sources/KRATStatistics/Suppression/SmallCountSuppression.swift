/// Small-count suppression for published tables, with secondary suppression.
///
/// **Primary**: a count `n` with `0 < n < threshold` is hidden (CTDC-style k-anonymity
/// hides 1 … k−1). A zero is shown: it describes nobody, so it cannot single anyone out.
/// Totals are counts of people too, and are hidden by the same rule.
///
/// **Secondary**: a hidden cell must not be recoverable from the totals. In each line
/// (a row with its total, a column with its total, the row of column totals with the
/// grand total) there must be either no hidden cell or at least two. Where a line has
/// exactly one, the smallest non-zero visible count of the line is hidden as its
/// complement; when the line has none, its total is hidden. This runs until stable.
/// Then the pattern is checked for hidden cells that several lines together still give
/// back (a hidden cell that lies on no cycle of hidden cells: a "bridge" between two
/// blocks), and a complement is added that closes a cycle through it. The result has
/// no hidden cell whose value follows from the published cells and totals by any
/// combination of additions and subtractions.
///
/// Not covered: bounds attacks (a hidden cell known to lie in a narrow interval because
/// counts are not negative) and links between different published tables.
public struct SmallCountSuppression: Sendable, Hashable {
    /// Counts from 1 up to `threshold - 1` are hidden.
    public let threshold: Int

    /// Creates the rule for a threshold (the county's, 10 by default).
    public init(threshold: Int) {
        self.threshold = threshold
    }

    /// Whether a count must be hidden by itself (primary suppression).
    public func isBelowThreshold(_ count: Int) -> Bool { count > 0 && count < threshold }

    // MARK: - One-way tables

    /// Hides the counts of a one-way table below the threshold, and enough others (the
    /// smallest non-zero count, or else the total) that none can be recovered from the total.
    public func suppress(counts: [Int], total: Int) -> LineSuppression {
        var hidden = counts.map(isBelowThreshold)
        var totalHidden = isBelowThreshold(total)
        let hiddenCount = hidden.filter { $0 }.count + (totalHidden ? 1 : 0)
        if hiddenCount == 1 {
            let nonZeroVisible = counts.indices.contains { !hidden[$0] && counts[$0] > 0 }
            if !nonZeroVisible && !totalHidden {
                totalHidden = true
            } else if let index = Self.complement(in: counts, hidden: hidden) {
                hidden[index] = true
            }
        }
        return LineSuppression(counts: hidden, total: totalHidden)
    }

    // MARK: - Two-way tables

    /// Hides the cells and totals of a two-way table below the threshold, then enough
    /// complementary cells that no hidden one can be recovered from the totals.
    public func suppress(_ table: CountTable) -> SuppressionPattern {
        let grid = table.grid
        var hidden = grid.map { $0.map(isBelowThreshold) }
        let primary = hidden.joined().filter { $0 }.count
        while true {
            if Self.protectLines(grid, &hidden) { continue }
            if Self.closeBridge(grid, &hidden) { continue }
            break
        }
        return SuppressionPattern(grid: hidden, primaryCount: primary)
    }

    // MARK: - Lines

    /// The smallest non-zero visible value (first on a tie), else the first visible zero.
    static func complement(in values: [Int], hidden: [Bool]) -> Int? {
        let visible = values.indices.filter { !hidden[$0] }
        return visible.filter { values[$0] > 0 }.min { (values[$0], $0) < (values[$1], $1) }
            ?? visible.first
    }

    /// The lines of a grid: each row and each column, as positions whose last one is the total.
    static func lines(rows: Int, columns: Int) -> [[Position]] {
        let rowLines = (0..<rows).map { row in (0..<columns).map { Position(row: row, column: $0) } }
        let columnLines = (0..<columns).map { column in (0..<rows).map { Position(row: $0, column: column) } }
        return rowLines + columnLines
    }

    /// Gives every line with exactly one hidden cell a complement; true if anything changed.
    private static func protectLines(_ grid: [[Int]], _ hidden: inout [[Bool]]) -> Bool {
        let columns = grid.first?.count ?? 0
        var changed = false
        for line in lines(rows: grid.count, columns: columns) {
            guard line.filter({ hidden[$0.row][$0.column] }).count == 1 else { continue }
            let members = Array(line.dropLast())
            let values = members.map { grid[$0.row][$0.column] }
            let flags = members.map { hidden[$0.row][$0.column] }
            let nonZeroMember = members.indices.contains { !flags[$0] && values[$0] > 0 }
            let total = line[line.count - 1]
            let chosen: Position? = if nonZeroMember || hidden[total.row][total.column] {
                complement(in: values, hidden: flags).map { members[$0] }
            } else {
                total
            }
            if let chosen {
                hidden[chosen.row][chosen.column] = true
                changed = true
            }
        }
        return changed
    }
}

/// A place in the grid of a table with its totals.
struct Position: Hashable, Sendable {
    /// The row (the last is the row of column totals).
    var row: Int
    /// The column (the last is the column of row totals).
    var column: Int
}
