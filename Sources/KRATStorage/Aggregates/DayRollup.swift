/// Cases per day, summed ahead (prefix sums), for the combinations of values of one or two
/// cube columns. With it a period's count for every combination is one subtraction, so a
/// question that touches at most two columns (in its filter and its grouping together) does
/// not scan the cube at all.
///
/// Built from a ``CellBlock`` in one pass when a question first needs it, kept with that
/// block, and dropped with it when the data changes.
struct DayRollup: Sendable {
    /// The cube columns, ascending.
    let columns: [Int]
    /// The number of distinct values of each column (its dictionary's size).
    let sizes: [Int]
    /// Combinations per day: the product of ``sizes``.
    let keyCount: Int
    /// `prefix[d * keyCount + key]` = cases with that combination on the block's first `d` distinct days.
    let prefix: [Int32]

    /// The largest number of combinations worth keeping (beyond it, scanning is as good).
    static let maximumKeys = 4096

    init?(block: CellBlock, days: DayIndex, columns: [Int]) {
        let sizes = columns.map { block.dictionaries[$0].count }
        let keyCount = sizes.reduce(1, *)
        guard keyCount <= Self.maximumKeys, keyCount * (days.count + 1) <= 64_000_000 else { return nil }
        var prefix = [Int32](repeating: 0, count: (days.count + 1) * keyCount)
        let cells = block.count
        block.values.withUnsafeBufferPointer { values in
            block.counts.withUnsafeBufferPointer { counts in
                prefix.withUnsafeMutableBufferPointer { prefix in
                    for d in 0..<days.count {
                        let row = (d + 1) * keyCount
                        for i in days.cells(ofDay: d) {
                            var key = 0, stride = 1
                            for (k, column) in columns.enumerated() {
                                key += Int(values[column * cells + i]) * stride
                                stride *= sizes[k]
                            }
                            prefix[row + key] += counts[i]
                        }
                    }
                    for index in keyCount..<prefix.count { prefix[index] += prefix[index - keyCount] }
                }
            }
        }
        self.columns = columns
        self.sizes = sizes
        self.keyCount = keyCount
        self.prefix = prefix
    }

    /// The value index of `column` (one of ``columns``) in a combination.
    func value(of position: Int, in key: Int) -> Int {
        var rest = key
        for k in 0..<position { rest /= sizes[k] }
        return rest % sizes[position]
    }
}

/// The distinct days of a ``CellBlock`` and where each one's cells start.
struct DayIndex: Sendable {
    /// The distinct days, ascending.
    let days: [Int32]
    /// `starts[d]` is the first cell of `days[d]`; `starts[days.count]` is the block's cell count.
    let starts: [Int]

    init(_ block: CellBlock) {
        var days: [Int32] = []
        var starts: [Int] = []
        for (index, day) in block.days.enumerated() where days.last != day {
            days.append(day)
            starts.append(index)
        }
        starts.append(block.count)
        self.days = days
        self.starts = starts
    }

    /// The number of distinct days.
    var count: Int { days.count }

    /// The cells of the `d`-th distinct day.
    func cells(ofDay d: Int) -> Range<Int> { starts[d]..<starts[d + 1] }

    /// The distinct days within `first...last`, as positions `lower..<upper`.
    func positions(from first: Int32, through last: Int32) -> Range<Int> {
        lowerBound(first)..<lowerBound(last + 1)
    }

    private func lowerBound(_ day: Int32) -> Int {
        var low = 0, high = days.count
        while low < high {
            let mid = (low + high) / 2
            if days[mid] < day { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
