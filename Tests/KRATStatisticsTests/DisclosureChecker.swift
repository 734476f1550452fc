import KRATStatistics

/// An attacker, written independently of the suppression code: given the published cells
/// (hidden ones nil) of a table whose totals are sums, which hidden values can be worked out?
enum DisclosureChecker {
    /// The grid with totals: `grid[r][c]`, the last column row totals, the last row column totals.
    static func grid(_ table: CountTable, _ pattern: SuppressionPattern) -> [[Int?]] {
        var grid: [[Int?]] = table.cells.enumerated().map { r, row in
            row.enumerated().map { c, v in pattern.cells[r][c] ? nil : v }
                + [pattern.rowTotals[r] ? nil : table.rowTotals[r]]
        }
        grid.append(table.columnTotals.enumerated().map { c, v in pattern.columnTotals[c] ? nil : v }
                    + [pattern.grandTotal ? nil : table.grandTotal])
        return grid
    }

    /// Attack 1: repeatedly take any row or column with one unknown left and subtract.
    /// Returns the (row, column) of every hidden cell recovered this way.
    static func bySubtraction(_ published: [[Int?]]) -> Set<[Int]> {
        var grid = published
        let rows = grid.count, columns = grid[0].count
        var recovered = Set<[Int]>()
        var progress = true
        while progress {
            progress = false
            let lines: [[(Int, Int)]] = (0..<rows).map { r in (0..<columns).map { (r, $0) } }
                + (0..<columns).map { c in (0..<rows).map { ($0, c) } }
            for line in lines {
                let unknown = line.filter { grid[$0.0][$0.1] == nil }
                guard unknown.count == 1, let (r, c) = unknown.first else { continue }
                let members = line.dropLast(), total = line[line.count - 1]
                let value: Int
                if (r, c) == total {
                    value = members.reduce(0) { $0 + (grid[$1.0][$1.1] ?? 0) }
                } else {
                    let others = members.reduce(0) { $0 + (grid[$1.0][$1.1] ?? 0) }
                    value = (grid[total.0][total.1] ?? 0) - others
                }
                grid[r][c] = value
                recovered.insert([r, c])
                progress = true
            }
        }
        return recovered
    }

    /// Attack 2: linear algebra over every row and column equation at once. A hidden cell
    /// is determined exactly when its unit vector lies in the row space of the equations
    /// restricted to the hidden cells. Returns every such cell.
    static func byLinearAlgebra(_ published: [[Int?]]) -> Set<[Int]> {
        let rows = published.count, columns = published[0].count
        let unknowns = (0..<rows).flatMap { r in (0..<columns).filter { published[r][$0] == nil }.map { [r, $0] } }
        let index = Dictionary(uniqueKeysWithValues: unknowns.enumerated().map { ($1, $0) })
        var equations: [[Double]] = []
        for r in 0..<rows {
            var e = [Double](repeating: 0, count: unknowns.count)
            for c in 0..<columns { if let i = index[[r, c]] { e[i] += c == columns - 1 ? -1 : 1 } }
            equations.append(e)
        }
        for c in 0..<columns {
            var e = [Double](repeating: 0, count: unknowns.count)
            for r in 0..<rows { if let i = index[[r, c]] { e[i] += r == rows - 1 ? -1 : 1 } }
            equations.append(e)
        }
        let base = rank(equations)
        var determined = Set<[Int]>()
        for (i, cell) in unknowns.enumerated() {
            var unit = [Double](repeating: 0, count: unknowns.count)
            unit[i] = 1
            if rank(equations + [unit]) == base { determined.insert(cell) }
        }
        return determined
    }

    /// Attack 3, across tables: named unknowns tied by linear equations (each a map from
    /// unknown to coefficient, summing to zero once the published values are substituted).
    /// Returns every unknown whose value the equations fix.
    static func determined(_ unknowns: [String], equations: [[String: Double]]) -> Set<String> {
        let index = Dictionary(uniqueKeysWithValues: unknowns.enumerated().map { ($1, $0) })
        let matrix = equations.map { equation in
            var row = [Double](repeating: 0, count: unknowns.count)
            for (name, coefficient) in equation { if let i = index[name] { row[i] += coefficient } }
            return row
        }
        let base = rank(matrix)
        var fixed = Set<String>()
        for (i, name) in unknowns.enumerated() {
            var unit = [Double](repeating: 0, count: unknowns.count)
            unit[i] = 1
            if rank(matrix + [unit]) == base { fixed.insert(name) }
        }
        return fixed
    }

    private static func rank(_ matrix: [[Double]]) -> Int {
        var m = matrix
        guard let width = m.first?.count else { return 0 }
        var rank = 0
        for column in 0..<width where rank < m.count {
            guard let pivot = (rank..<m.count).max(by: { abs(m[$0][column]) < abs(m[$1][column]) }),
                  abs(m[pivot][column]) > 1e-9 else { continue }
            m.swapAt(rank, pivot)
            for r in 0..<m.count where r != rank {
                let factor = m[r][column] / m[rank][column]
                if factor != 0 { for c in 0..<width { m[r][c] -= factor * m[rank][c] } }
            }
            rank += 1
        }
        return rank
    }
}
