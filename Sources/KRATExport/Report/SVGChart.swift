import Foundation

/// Inline SVG charts for the report: columns, horizontal bars, grouped bars, lines and
/// progress bars. Each returns one `<svg>` element, well-formed, sized by its `viewBox`
/// so it scales to the page, with a `<title>` for screen readers. Nothing is fetched.
public enum SVGChart {
    /// The colour of ordinary bars.
    public static let primary = "#2f5d8a"
    /// The colour of the highlighted bar (the report's year).
    public static let accent = "#c0392b"
    /// The colour of the comparison series (the previous year).
    public static let muted = "#9fb3c8"

    /// Vertical columns, one per datum, value above and label below.
    public static func columns(_ data: [ChartDatum], title: String, width: Double = 680, height: Double = 240) -> String {
        let top = 22.0, bottom = 28.0, left = 8.0
        let plot = height - top - bottom
        let maximum = max(data.compactMap(\.value).max() ?? 0, 1)
        let slot = (width - 2 * left) / Double(max(data.count, 1))
        var svg = open(width: width, height: height, title: title)
        svg += line(x1: left, y1: top + plot, x2: width - left, y2: top + plot, color: "#666")
        for (index, datum) in data.enumerated() {
            let x = left + Double(index) * slot
            let barHeight = (datum.value ?? 0) / maximum * plot
            let color = datum.highlighted ? accent : primary
            if barHeight > 0 {
                svg += rect(x: x + slot * 0.15, y: top + plot - barHeight, width: slot * 0.7, height: barHeight, color: color)
            }
            svg += text(datum.valueText, x: x + slot / 2, y: top + plot - barHeight - 5, anchor: "middle", size: 11, bold: datum.highlighted)
            svg += text(datum.label, x: x + slot / 2, y: height - 9, anchor: "middle", size: 11, bold: datum.highlighted)
        }
        return svg + "</svg>"
    }

    /// Horizontal bars, one row per datum: label on the left, value at the bar's end.
    public static func horizontalBars(_ data: [ChartDatum], title: String, width: Double = 680,
                                      labelWidth: Double = 230, color: String = primary) -> String {
        let row = 20.0, height = Double(max(data.count, 1)) * row + 8
        let plot = width - labelWidth - 60
        let maximum = max(data.compactMap(\.value).max() ?? 0, 1)
        var svg = open(width: width, height: height, title: title)
        for (index, datum) in data.enumerated() {
            let y = 4 + Double(index) * row
            let barWidth = (datum.value ?? 0) / maximum * plot
            svg += text(clip(datum.label, to: labelWidth), x: labelWidth - 6, y: y + 14, anchor: "end", size: 11, bold: false)
            if barWidth > 0 {
                svg += rect(x: labelWidth, y: y + 3, width: max(barWidth, 1), height: row - 6,
                            color: datum.highlighted ? accent : color)
            }
            svg += text(datum.valueText, x: labelWidth + barWidth + 5, y: y + 14, anchor: "start", size: 11, bold: false)
        }
        return svg + "</svg>"
    }

    /// Horizontal bars in groups: one group per category, one bar per series, with a legend.
    public static func groupedBars(categories: [String], series: [ChartSeries], title: String,
                                   width: Double = 680, labelWidth: Double = 170) -> String {
        let bar = categories.count > 8 ? 10.0 : 15.0, gap = categories.count > 8 ? 6.0 : 10.0, legend = 24.0
        let group = Double(series.count) * bar + gap
        let height = legend + Double(max(categories.count, 1)) * group + 4
        let plot = width - labelWidth - 60
        let maximum = max(series.flatMap { $0.data.compactMap(\.value) }.max() ?? 0, 1)
        var svg = open(width: width, height: height, title: title)
        svg += legendItems(series, x: labelWidth, y: 4)
        for (index, category) in categories.enumerated() {
            let y = legend + Double(index) * group
            svg += text(clip(category, to: labelWidth), x: labelWidth - 6, y: y + Double(series.count) * bar / 2 + 4,
                        anchor: "end", size: 11, bold: false)
            for (position, one) in series.enumerated() where index < one.data.count {
                let datum = one.data[index]
                let barY = y + Double(position) * bar
                let barWidth = (datum.value ?? 0) / maximum * plot
                if barWidth > 0 {
                    svg += rect(x: labelWidth, y: barY + 1, width: max(barWidth, 1), height: bar - 2, color: one.color)
                }
                svg += text(datum.valueText, x: labelWidth + barWidth + 5, y: barY + bar - 3, anchor: "start",
                            size: bar < 15 ? 9 : 10, bold: false)
            }
        }
        return svg + "</svg>"
    }

    /// Lines over shared categories (months), one per series, with points and a legend.
    public static func lines(categories: [String], series: [ChartSeries], title: String,
                             width: Double = 680, height: Double = 240) -> String {
        let top = 30.0, bottom = 26.0, left = 40.0, right = 16.0
        let plot = (width: width - left - right, height: height - top - bottom)
        let maximum = max(series.flatMap { $0.data.compactMap(\.value) }.max() ?? 0, 1)
        let step = plot.width / Double(max(categories.count - 1, 1))
        var svg = open(width: width, height: height, title: title)
        svg += legendItems(series, x: left, y: 4)
        for fraction in [0.0, 0.5, 1.0] {
            let y = top + plot.height * (1 - fraction)
            svg += line(x1: left, y1: y, x2: width - right, y2: y, color: fraction == 0 ? "#666" : "#ddd")
            svg += text(number(maximum * fraction), x: left - 5, y: y + 4, anchor: "end", size: 10, bold: false)
        }
        for (index, category) in categories.enumerated() {
            svg += text(category, x: left + Double(index) * step, y: height - 8, anchor: "middle", size: 10, bold: false)
        }
        for one in series {
            let points = one.data.enumerated().compactMap { index, datum in
                datum.value.map { (left + Double(index) * step, top + plot.height * (1 - $0 / maximum)) }
            }
            guard !points.isEmpty else { continue }
            let path = points.enumerated().map { index, point in
                "\(index == 0 ? "M" : "L")\(number(point.0)) \(number(point.1))"
            }.joined(separator: " ")
            svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(one.color)\" stroke-width=\"2.5\"/>"
            for point in points {
                svg += "<circle cx=\"\(number(point.0))\" cy=\"\(number(point.1))\" r=\"3\" fill=\"\(one.color)\"/>"
            }
        }
        return svg + "</svg>"
    }

    /// A small progress bar: the share reached (0…1, drawn clipped), a tick at the share
    /// expected by now, green when on track and red when not.
    public static func progress(_ share: Double?, expected: Double?, onTrack: Bool, title: String) -> String {
        let width = 120.0, height = 14.0
        var svg = open(width: width, height: height, title: title)
        svg += "<rect x=\"0\" y=\"2\" width=\"\(number(width))\" height=\"10\" rx=\"2\" fill=\"#e6e9ee\"/>"
        let reached = min(max(share ?? 0, 0), 1) * width
        svg += rect(x: 0, y: 2, width: max(reached, 0.5), height: 10, color: onTrack ? "#2e8b57" : accent)
        if let expected {
            let x = min(max(expected, 0), 1) * width
            svg += line(x1: x, y1: 0, x2: x, y2: height, color: "#222")
        }
        return svg + "</svg>"
    }

    // MARK: - Pieces

    private static func open(width: Double, height: Double, title: String) -> String {
        "<svg class=\"chart\" viewBox=\"0 0 \(number(width)) \(number(height))\" width=\"\(number(width))\" "
            + "height=\"\(number(height))\" role=\"img\" font-family=\"inherit\"><title>\(HTMLDocument.escape(title))</title>"
    }

    private static func legendItems(_ series: [ChartSeries], x: Double, y: Double) -> String {
        var svg = "", offset = x
        for one in series {
            svg += rect(x: offset, y: y + 2, width: 12, height: 12, color: one.color)
            svg += text(one.name, x: offset + 16, y: y + 12, anchor: "start", size: 11, bold: false)
            offset += 30 + Double(one.name.count) * 6.5
        }
        return svg
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, color: String) -> String {
        "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(width))\" height=\"\(number(height))\" fill=\"\(color)\"/>"
    }

    private static func line(x1: Double, y1: Double, x2: Double, y2: Double, color: String) -> String {
        "<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\" stroke=\"\(color)\" stroke-width=\"1\"/>"
    }

    private static func text(_ content: String, x: Double, y: Double, anchor: String, size: Int, bold: Bool) -> String {
        "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\" font-size=\"\(size)\""
            + (bold ? " font-weight=\"bold\"" : "") + ">\(HTMLDocument.escape(content))</text>"
    }

    /// Shortens a label that would not fit in `width` points at 11 px.
    private static func clip(_ label: String, to width: Double) -> String {
        let fits = Int(width / 6.2)
        return label.count <= fits ? label : String(label.prefix(max(fits - 1, 1))) + "…"
    }

    /// A coordinate with at most one decimal place, written with a point.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
