import KRATCore

/// Renders a ``CommandOutput`` in one of the output modes.
public struct OutputRenderer: Sendable {
    /// The mode.
    public var mode: OutputMode
    /// How cells become text.
    public var formatter: CellFormatter
    /// Whether header rows are shown (table, box, csv).
    public var showsHeaders: Bool
    /// The longest bar of a chart, in columns.
    public var chartWidth: Int

    /// Creates a renderer.
    public init(mode: OutputMode, formatter: CellFormatter, showsHeaders: Bool = true, chartWidth: Int = 40) {
        self.mode = mode
        self.formatter = formatter
        self.showsHeaders = showsHeaders
        self.chartWidth = chartWidth
    }

    /// A renderer with the settings of `context`.
    public init(context: ShellContext) {
        self.init(mode: context.mode,
                  formatter: CellFormatter(language: context.language, suppression: context.suppressionMarker),
                  showsHeaders: context.showsHeaders,
                  chartWidth: context.chartWidth)
    }

    // MARK: - Rendering

    /// The whole output as text ending in `\n` (empty when there is nothing to show).
    ///
    /// In JSON mode this is exactly one JSON value. In the other modes tables, charts and
    /// messages follow each other, separated by a blank line in the modes for people.
    public func render(_ output: CommandOutput) -> String {
        if output.isEmpty { return "" }
        if mode == .json { return JSONRenderer().render(output) }
        var parts: [String] = []
        for item in output.items {
            switch item {
            case .table(let table): parts.append(render(table))
            case .message(let text): parts.append(text.hasSuffix("\n") ? text : text + "\n")
            case .chart(let chart):
                if mode == .table || mode == .box {
                    parts.append(chart.render(width: chartWidth, formatter: formatter))
                }
            }
        }
        return parts.filter { !$0.isEmpty }.joined(separator: mode.isForPeople || mode == .line ? "\n" : "")
    }

    /// One table in the current mode (JSON: an array of its rows).
    public func render(_ table: ResultTable) -> String {
        switch mode {
        case .table: GridRenderer(style: .ascii, formatter: formatter, showsHeaders: showsHeaders).render(table)
        case .box: GridRenderer(style: .box, formatter: formatter, showsHeaders: showsHeaders).render(table)
        case .csv: CSVRenderer(formatter: formatter, showsHeaders: showsHeaders).render(table)
        case .json: JSONRenderer().render(CommandOutput(table: table))
        case .markdown: MarkdownRenderer(formatter: formatter).render(table)
        case .line: LineRenderer(formatter: formatter).render(table)
        }
    }
}
