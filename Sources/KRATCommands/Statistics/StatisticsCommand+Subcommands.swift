import KRATCore
import KRATShell
import KRATStatistics
import KRATStorage

extension StatisticsCommand {
    // MARK: - Subcommands

    /// `stats compare [PERIOD] [by=DIM] [filters]`.
    func compare(_ invocation: Invocation, _ statistics: CaseStatistics) throws(ShellError) -> CommandOutput {
        let usage = "stats compare [PERIOD] [by=DIM] [filters]"
        let period = try invocation.periodArgument(positionalAt: 1, command: "stats compare", usage: usage)
            ?? Period.yearToDate(statistics.today)
        let dimension = try invocation.dimension("by") ?? .status
        let filter = try invocation.caseFilter()
        let table = try storage(name) { () throws(StorageError) in
            try statistics.compare(period: period, filter: filter, by: dimension)
        }
        return CommandOutput(table: table)
    }

    /// `stats trend [by=year|quarter|month] [split=DIM] [period=P] [filters]`, with a chart
    /// of the counts per period (the period totals when split).
    func trend(_ invocation: Invocation, _ statistics: CaseStatistics) throws(ShellError) -> CommandOutput {
        try invocation.requirePositionals(atMost: 1, command: "stats trend",
                                          usage: "stats trend [by=year|quarter|month] [split=DIM] [period=P] [filters]")
        var unit = TrendUnit.year
        if let text = invocation.value("by") {
            guard let parsed = TrendUnit(code: text) else {
                throw .invalidArgument(key: "by", value: text, expected: "year, quarter or month")
            }
            unit = parsed
        }
        let split = try invocation.dimension("split")
        let period = try invocation.period()
        let filter = try invocation.caseFilter()
        let table = try storage(name) { () throws(StorageError) in
            try statistics.trend(unit: unit, filter: filter, split: split, period: period)
        }
        var output = CommandOutput(table: table)
        if !table.rows.isEmpty {
            output.items.append(.chart(BarChart(table: Self.periodTotals(table, split: split),
                                                labelKey: "period", valueKey: "count")))
        }
        return output
    }

    /// `stats breakdown by=DIM[,DIM] [period=P] [filters]`.
    func breakdown(_ invocation: Invocation, _ statistics: CaseStatistics) throws(ShellError) -> CommandOutput {
        let usage = "stats breakdown by=DIM[,DIM] [period=P] [filters]"
        try invocation.requirePositionals(atMost: 1, command: "stats breakdown", usage: usage)
        guard let dimensions = try invocation.dimensions("by") else {
            throw .usage(command: "stats breakdown",
                         problem: "say what to break down by, e.g. by=sex or by=age_band,sex", usage: usage)
        }
        guard dimensions.count <= 2, Set(dimensions).count == dimensions.count else {
            throw .invalidArgument(key: "by", value: invocation.value("by") ?? "",
                                   expected: "one dimension or two different ones, such as by=age_band,sex")
        }
        let period = try invocation.period()
        let filter = try invocation.caseFilter()
        let table = try storage(name) { () throws(StorageError) in
            try statistics.breakdown(by: dimensions, period: period, filter: filter)
        }
        guard dimensions.count == 2 else { return CommandOutput(table: table) }
        return CommandOutput(crosstab: Crosstab(table: table, down: dimensions[0].code, across: dimensions[1].code,
                                                cell: .value("count")))
    }

    /// `stats flow [PERIOD] [filters]` (default: this year to date).
    func flow(_ invocation: Invocation, _ statistics: CaseStatistics) throws(ShellError) -> CommandOutput {
        let period = try invocation.periodArgument(positionalAt: 1, command: "stats flow",
                                                   usage: "stats flow [PERIOD] [filters]")
            ?? Period.yearToDate(statistics.today)
        let filter = try invocation.caseFilter()
        let table = try storage(name) { () throws(StorageError) in
            try statistics.flow(period: period, filter: filter, asOf: statistics.today)
        }
        return CommandOutput(table: table)
    }

    // MARK: - Chart

    /// The table of a trend as `period`, `count`: itself when not split, else its `total` rows.
    static func periodTotals(_ table: ResultTable, split: CaseDimension?) -> ResultTable {
        guard let split, let splitIndex = table.columnIndex(split.code),
              let periodIndex = table.columnIndex("period"), let countIndex = table.columnIndex("count") else {
            return table
        }
        let rows = table.rows.filter { $0[splitIndex].code == "total" }.map { [$0[periodIndex], $0[countIndex]] }
        return ResultTable(title: table.title,
                           columns: [table.columns[periodIndex], table.columns[countIndex]], rows: rows)
    }
}
