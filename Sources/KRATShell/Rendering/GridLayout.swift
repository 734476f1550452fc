/// How a bordered table's columns fit a width: all of them at full width, narrowed with long
/// cells wrapped, some left out behind a marker, or one record per block.
///
/// The choice follows DuckDB's and psql's terminals: a table that fits is left alone; one a
/// little too wide has its widest columns narrowed first (no column below
/// ``narrowestWrap``); one that cannot be narrowed enough is shown one record per block
/// (``ExpandedMode/auto``) or loses middle columns (``ExpandedMode/off``).
public enum GridLayout: Sendable, Equatable {
    /// The columns shown, in order (an index into the table's columns, or nil for the marker
    /// that stands for left-out columns), and the width of each.
    case columns(shown: [Int?], widths: [Int])
    /// One record per block.
    case records

    /// The narrowest a column is wrapped to before the table is shown another way.
    public static let narrowestWrap = 10

    /// The layout for columns of `natural` widths in `width` columns (nil: no limit).
    public static func choose(natural: [Int], width: Int?, expanded: ExpandedMode) -> GridLayout {
        if expanded == .on { return .records }
        let all = natural.indices.map { Optional($0) }
        guard let width, !natural.isEmpty else { return .columns(shown: all, widths: natural) }
        if let widths = narrowed(natural, to: width - borders(natural.count), narrowest: narrowestWrap) {
            return .columns(shown: all, widths: widths)
        }
        if expanded == .auto { return .records }
        return elided(natural, width: width) ?? .records
    }

    /// The columns a line of cells of `count` columns spends on borders and padding: `| a | b |`.
    public static func borders(_ count: Int) -> Int { 3 * count + 1 }

    /// The width of a grid line with columns of `widths`.
    public static func lineWidth(_ widths: [Int]) -> Int { widths.reduce(0, +) + borders(widths.count) }

    // MARK: - Narrowing

    /// `natural` with the widest columns narrowed to a common level so that they add up to at
    /// most `available`, the spare columns given back one each; nil when a narrowed column would
    /// fall below `narrowest`.
    public static func narrowed(_ natural: [Int], to available: Int, narrowest: Int) -> [Int]? {
        guard available >= 0 else { return nil }
        if natural.reduce(0, +) <= available { return natural }
        var level = natural.max() ?? 0
        while level > 0, natural.reduce(0, { $0 + min($1, level) }) > available { level -= 1 }
        if level < narrowest { return nil }
        var widths = natural.map { min($0, level) }
        var spare = available - widths.reduce(0, +)
        for index in widths.indices where natural[index] > widths[index] && spare > 0 {
            widths[index] += 1
            spare -= 1
        }
        return widths
    }

    // MARK: - Leaving columns out

    /// The first and last columns that fit beside a one-column marker, taken from both ends
    /// inwards (first, last, second, second to last…), narrowed to fit; nil when none fits.
    static func elided(_ natural: [Int], width: Int) -> GridLayout? {
        var order: [Int] = []
        var front = 0, back = natural.count - 1
        while front <= back {
            order.append(front)
            if back != front { order.append(back) }
            front += 1
            back -= 1
        }
        var kept: [Int] = []
        for index in order {
            let trial = (kept + [index]).map { min(natural[$0], narrowestWrap) } + [1]
            guard lineWidth(trial) <= width else { break }
            kept.append(index)
        }
        kept.sort()
        guard !kept.isEmpty,
              let widths = narrowed(kept.map { natural[$0] }, to: width - borders(kept.count + 1) - 1,
                                    narrowest: min(narrowestWrap, kept.map { natural[$0] }.min() ?? 1)) else {
            return nil
        }
        let split = kept.indices.first { $0 > 0 && kept[$0] != kept[$0 - 1] + 1 } ?? kept.count
        let shown = kept[..<split].map { Optional($0) } + [nil] + kept[split...].map { Optional($0) }
        return .columns(shown: shown, widths: Array(widths[..<split]) + [1] + Array(widths[split...]))
    }
}
