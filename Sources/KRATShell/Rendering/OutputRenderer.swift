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

    /// The widest a line of a table or chart may be (table and box modes), or nil for no limit.
    public var width: Int?
    /// When tables are shown one record per block (table and box modes).
    public var expanded: ExpandedMode

    /// Creates a renderer.
    public init(mode: OutputMode, formatter: CellFormatter, showsHeaders: Bool = true, chartWidth: Int = 40,
                width: Int? = nil, expanded: ExpandedMode = .auto) {
        self.mode = mode
        self.formatter = formatter
        self.showsHeaders = showsHeaders
        self.chartWidth = chartWidth
        self.width = width
        self.expanded = expanded
    }

    /// A renderer with the settings of `context`.
    public init(context: ShellContext) {
        self.init(mode: context.mode,
                  formatter: CellFormatter(language: context.language, suppression: context.suppressionMarker),
                  showsHeaders: context.showsHeaders,
                  chartWidth: context.chartWidth,
                  width: context.fittingWidth,
                  expanded: context.expanded)
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
            case .crosstab(let crosstab):
                parts.append(render(mode.isForPeople ? crosstab.pivoted(formatter: formatter) : crosstab.table))
            case .message(let text): parts.append(text.hasSuffix("\n") ? text : text + "\n")
            case .chart(let chart):
                if mode == .table || mode == .box {
                    parts.append(chart.render(width: chartWidth, formatter: formatter, lineWidth: width))
                }
            }
        }
        return parts.filter { !$0.isEmpty }.joined(separator: mode.isForPeople || mode == .line ? "\n" : "")
    }

    /// One table in the current mode (JSON: an array of its rows).
    public func render(_ table: ResultTable) -> String {
        switch mode {
        case .table: grid(.ascii).render(table)
        case .box: grid(.box).render(table)
        case .csv: CSVRenderer(formatter: formatter, showsHeaders: showsHeaders).render(table)
        case .json: JSONRenderer().render(CommandOutput(table: table))
        case .markdown: MarkdownRenderer(formatter: formatter).render(table)
        case .line: LineRenderer(formatter: formatter).render(table)
        }
    }

    private func grid(_ style: GridRenderer.Style) -> GridRenderer {
        GridRenderer(style: style, formatter: formatter, showsHeaders: showsHeaders, width: width, expanded: expanded)
    }
}
