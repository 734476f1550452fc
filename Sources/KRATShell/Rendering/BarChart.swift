import KRATCore

/// Horizontal bars drawn with block characters, one per row of a table.
///
/// The longest bar is the largest value and fills the width; the others are scaled
/// to it in eighths of a column (`█` and `▏▎▍▌▋▊▉`). A suppressed count has no bar.
///
/// ```
/// 2021    21 │██████████▌
/// 2022    40 │████████████████████
/// ```
public struct BarChart: Sendable, Hashable {
    /// The table whose rows are drawn.
    public var table: ResultTable
    /// The key of the column that names each bar.
    public var labelKey: String
    /// The key of the column holding the counts.
    public var valueKey: String

    /// Creates a chart of `valueKey` against `labelKey`.
    public init(table: ResultTable, labelKey: String, valueKey: String) {
        self.table = table
        self.labelKey = labelKey
        self.valueKey = valueKey
    }

    /// The eighth-column blocks, from none to seven eighths.
    public static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    // MARK: - Drawing

    /// The chart as lines ending in `\n`, bars at most `width` columns long, and shorter when
    /// a whole line (label, value and bar) would be wider than `lineWidth`.
    public func render(width: Int, formatter: CellFormatter, lineWidth: Int? = nil) -> String {
        guard let labelIndex = table.columnIndex(labelKey), let valueIndex = table.columnIndex(valueKey) else {
            return ""
        }
        let labels = table.rows.map { TextWidth.singleLine(formatter.display($0[labelIndex])) }
        let texts = table.rows.map { formatter.display($0[valueIndex]) }
        let values = table.rows.map { $0[valueIndex].number ?? 0 }
        let maximum = values.max() ?? 0
        let labelWidth = labels.map(TextWidth.columns).max() ?? 0
        let valueWidth = texts.map(TextWidth.columns).max() ?? 0
        let width = lineWidth.map { min(width, max(1, $0 - labelWidth - valueWidth - 3)) } ?? width
        return table.rows.indices.map { index in
            TextWidth.pad(labels[index], to: labelWidth) + " "
                + TextWidth.pad(texts[index], to: valueWidth, rightAligned: true) + " │"
                + Self.bar(value: values[index], maximum: maximum, width: width) + "\n"
        }.joined()
    }

    /// A bar for `value` on a scale where `maximum` fills `width` columns.
    public static func bar(value: Double, maximum: Double, width: Int) -> String {
        guard maximum > 0, value > 0, width > 0 else { return "" }
        let units = Int((min(value, maximum) / maximum * Double(width * 8)).rounded())
        return String(repeating: "█", count: units / 8) + eighths[units % 8]
    }
}
