import KRATCore
import KRATShell
import KRATStatistics
import KRATStorage

/// `stats compare|trend|breakdown|flow …`: the case statistics the committee asks for.
///
/// - `stats compare [PERIOD] [by=DIM] [filters]`: the period (default: this year to date)
///   against the same dates one year earlier.
/// - `stats trend [by=year|quarter|month] [split=DIM] [period=P] [filters]`: counts per
///   period, with a bar chart in table and box modes.
/// - `stats breakdown by=DIM[,DIM] [period=P] [filters]`: counts by one or two dimensions.
/// - `stats flow [PERIOD] [filters]`: how the cases of the period moved.
///
/// For the public role the tables are suppressed by ``CaseStatistics``.
public struct StatisticsCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `stats`.
    public var name: String { "stats" }
    /// One line for `.help`.
    public var summary: Label {
        Label(sq: "Statistika: krahasim, prirje, ndarje, rrjedha e rasteve",
              en: "Statistics: comparison, trend, breakdown, case flow")
    }
    public var examples: [CommandExample] {
        [CommandExample("stats compare", Label(sq: "viti deri sot kundrejt të njëjtave data të vitit të kaluar", en: "the year so far against the same dates last year")),
         CommandExample("stats trend by=year split=status", Label(sq: "rastet sipas vitit dhe statusit, me grafik", en: "cases per year, by status, with a chart")),
         CommandExample("stats breakdown by=sex,age_band period=2024", Label(sq: "tabelë e kryqëzuar: gjinia poshtë, grupmoshat anash", en: "a crosstab: sex down, age bands across")),
         CommandExample("stats flow 2024", Label(sq: "kohorta e vitit: referuar, shërbyer, konfirmuar, mbyllur", en: "the year's cohort: referred, served, confirmed, closed"))]
    }
    /// How to call it.
    public var usage: String {
        "stats compare [PERIOD] [by=DIM] [filters] | stats trend [by=year|quarter|month] [split=DIM] [period=P] [filters]"
            + " | stats breakdown by=DIM[,DIM] [period=P] [filters] | stats flow [PERIOD] [filters]"
    }
    /// `compare`, `trend`, `breakdown`, `flow`.
    public var subcommands: [String] { ["compare", "trend", "breakdown", "flow"] }

    /// The `key=` arguments each subcommand accepts besides the case filters.
    static let extraKeys: [String: [String]] = [
        "compare": ["by", "period"], "trend": ["by", "split", "period"],
        "breakdown": ["by", "period"], "flow": ["period"],
    ]

    /// Runs the subcommand.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        guard let subcommand = invocation.subcommand else {
            throw .usage(command: name, problem: "say which statistics: compare, trend, breakdown or flow", usage: usage)
        }
        guard let keys = Self.extraKeys[subcommand] else {
            throw .usage(command: name, problem: "unknown subcommand '\(subcommand)'; use compare, trend, breakdown or flow",
                         usage: usage)
        }
        try invocation.requireKnownKeys(keys + CaseFilter.keys, command: "\(name) \(subcommand)")
        let statistics = CaseStatistics(try context.database(for: name))
        switch subcommand {
        case "compare": return try compare(invocation, statistics)
        case "trend": return try trend(invocation, statistics)
        case "breakdown": return try breakdown(invocation, statistics)
        default: return try flow(invocation, statistics)
        }
    }

    /// Subcommands first; after `by=` the units (trend) or the dimensions; after `split=`
    /// the dimensions; then the keys the subcommand accepts that are not given yet.
    public func completions(for arguments: [String], partial: String, context: ShellContext) -> [String] {
        guard let subcommand = arguments.first, let keys = Self.extraKeys[subcommand] else {
            return arguments.isEmpty ? subcommands.filter { $0.hasPrefix(partial) } : []
        }
        if let last = arguments.last, last.hasSuffix("=") || last.hasSuffix(",") {
            let key = String(last.prefix { $0 != "=" })
            if key == "by" && subcommand == "trend" {
                return TrendUnit.codes.filter { $0.hasPrefix(partial) }
            }
            if key == "by" || key == "split" {
                return CaseDimension.codes.filter { $0.hasPrefix(partial) }
            }
            return context.completionVocabulary.values(for: key, matching: partial)
        }
        let given = Set(arguments.compactMap { $0.split(separator: "=", maxSplits: 1).first.map(String.init) })
        return (keys + CaseFilter.keys).filter { !given.contains($0) && $0.hasPrefix(partial) }.map { $0 + "=" }
    }
}
