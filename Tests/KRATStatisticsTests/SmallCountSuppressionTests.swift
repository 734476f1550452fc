import Testing
import KRATStatistics

@Suite struct SmallCountSuppressionTests {
    let rule = SmallCountSuppression(threshold: 10)

    func hiddenCells(_ pattern: SuppressionPattern) -> Set<[Int]> {
        var set = Set<[Int]>()
        for (r, row) in pattern.cells.enumerated() { for (c, h) in row.enumerated() where h { set.insert([r, c]) } }
        return set
    }

    @Test func zeroIsShownAndOneToNineAreHidden() {
        #expect(!rule.isBelowThreshold(0))
        #expect(rule.isBelowThreshold(1))
        #expect(rule.isBelowThreshold(9))
        #expect(!rule.isBelowThreshold(10))
    }

    @Test func oneWayNaiveThresholdLeaksAndSecondaryHidesTheSmallestComplement() {
        // Naively hiding only the 3 leaks it: 38 - 20 - 15 = 3.
        let pattern = rule.suppress(counts: [3, 20, 15], total: 38)
        #expect(pattern == LineSuppression(counts: [true, false, true], total: false))
    }

    @Test func oneWayZerosAreNotComplementsAndTheTotalIsHiddenWhenNothingElseIs() {
        // Non-additive total (a multi-valued dimension): the only complement is the total.
        #expect(rule.suppress(counts: [5, 0], total: 12) == LineSuppression(counts: [true, false], total: true))
        // A small total is hidden by itself, and it already protects the small count.
        #expect(rule.suppress(counts: [4, 0, 0], total: 4) == LineSuppression(counts: [true, false, false], total: true))
        #expect(rule.suppress(counts: [12, 0, 30], total: 42) == LineSuppression(counts: [false, false, false], total: false))
    }

    @Test func twoWayNaiveThresholdLeaksBySubtraction() {
        let table = CountTable(cells: [[3, 20, 25], [15, 30, 40], [22, 35, 18]])
        // The naive pattern: hide only the cell below the threshold.
        let naive = SuppressionPattern.naive(table, threshold: 10)
        #expect(DisclosureChecker.bySubtraction(DisclosureChecker.grid(table, naive)) == [[0, 0]])

        let pattern = rule.suppress(table)
        #expect(hiddenCells(pattern) == [[0, 0], [0, 1], [1, 0], [1, 1]])
        #expect(pattern.rowTotals == [false, false, false])
        #expect(pattern.columnTotals == [false, false, false])
        #expect(!pattern.grandTotal)
        #expect(pattern.primaryCount == 1)
        let published = DisclosureChecker.grid(table, pattern)
        #expect(DisclosureChecker.bySubtraction(published).isEmpty)
        #expect(DisclosureChecker.byLinearAlgebra(published).isEmpty)
    }

    @Test func aSmallRowTotalIsHiddenAndProtected() {
        let table = CountTable(cells: [[4, 0], [30, 25]])
        let pattern = rule.suppress(table)
        #expect(hiddenCells(pattern) == [[0, 0], [1, 0]])
        #expect(pattern.rowTotals == [true, true])
        #expect(pattern.columnTotals == [false, false])
        let published = DisclosureChecker.grid(table, pattern)
        #expect(DisclosureChecker.bySubtraction(published).isEmpty)
        #expect(DisclosureChecker.byLinearAlgebra(published).isEmpty)
    }

    @Test func whenALineHasNoOtherNonZeroCountItsTotalIsHidden() {
        // Totals count distinct cases (exploitation), so row 0's total exceeds its cells.
        let table = CountTable(cells: [[5, 0], [20, 30]], rowTotals: [12, 45], columnTotals: [25, 30], grandTotal: 57)
        let pattern = rule.suppress(table)
        #expect(hiddenCells(pattern) == [[0, 0], [1, 0]])
        #expect(pattern.rowTotals == [true, true])
        #expect(pattern.columnTotals == [false, false])
        #expect(!pattern.grandTotal)
    }

    @Test func aCellThatRowsAndColumnsTogetherGiveBackIsProtected() {
        // Every line has 0 or at least 2 hidden cells, yet (0, 2) is the sum of rows 0 and 1
        // minus the sum of columns 0 and 1: a line-by-line rule alone would publish it.
        let table = CountTable(cells: [[2, 3, 4, 50], [5, 6, 40, 60], [30, 45, 7, 8], [35, 25, 9, 1]])
        let naive = SuppressionPattern.naive(table, threshold: 10)
        let naiveGrid = DisclosureChecker.grid(table, naive)
        #expect(DisclosureChecker.bySubtraction(naiveGrid).isEmpty)
        #expect(DisclosureChecker.byLinearAlgebra(naiveGrid) == [[0, 2]])

        let pattern = rule.suppress(table)
        let primary: Set<[Int]> = [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [2, 2], [2, 3], [3, 2], [3, 3]]
        #expect(hiddenCells(pattern) == primary.union([[3, 1]]))
        #expect(pattern.rowTotals.allSatisfy { !$0 } && pattern.columnTotals.allSatisfy { !$0 })
        #expect(DisclosureChecker.byLinearAlgebra(DisclosureChecker.grid(table, pattern)).isEmpty)
    }

    @Test func noHiddenCellIsEverRecoverableInManyRandomTables() {
        var seed: UInt64 = 0x9E3779B97F4A7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<300 {
            let rows = 1 + next(5), columns = 1 + next(5)
            let cells = (0..<rows).map { _ in (0..<columns).map { _ in next(4) == 0 ? next(10) : next(60) } }
            let table = CountTable(cells: cells)
            let pattern = rule.suppress(table)
            let published = DisclosureChecker.grid(table, pattern)
            #expect(DisclosureChecker.byLinearAlgebra(published).isEmpty, "table \(cells)")
            for (r, row) in cells.enumerated() {
                for (c, v) in row.enumerated() where rule.isBelowThreshold(v) { #expect(pattern.cells[r][c]) }
            }
        }
    }
}

extension SuppressionPattern {
    /// Only the primary cells hidden: what a naive threshold publishes. Built through the
    /// public API with an additive table that has no totals below the threshold.
    static func naive(_ table: CountTable, threshold: Int) -> SuppressionPattern {
        var pattern = SmallCountSuppression(threshold: 1).suppress(table)
        pattern.cells = table.cells.map { $0.map { $0 > 0 && $0 < threshold } }
        pattern.rowTotals = table.rowTotals.map { $0 > 0 && $0 < threshold }
        pattern.columnTotals = table.columnTotals.map { $0 > 0 && $0 < threshold }
        pattern.grandTotal = table.grandTotal > 0 && table.grandTotal < threshold
        return pattern
    }
}
