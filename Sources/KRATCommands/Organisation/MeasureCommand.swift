import KRATCore
import KRATShell
import KRATStorage

/// `measure INDICATOR PERIOD VALUE [reported_by=INSTITUTION]`: the value an indicator reached
/// over a period of its plan's year.
public struct MeasureCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `measure`.
    public var name: String { "measure" }
    /// One line for `.help`.
    public var summary: Label { Label(sq: "Regjistron një matje të treguesit", en: "Records an indicator measurement") }
    /// How to call it.
    public var usage: String { "measure INDICATOR PERIOD VALUE [reported_by=INSTITUTION]" }
    /// Lines to copy.
    public var examples: [CommandExample] {
        [CommandExample("measure 1 2025-Q3 120", Label(sq: "treguesi 1, tremujori i tretë", en: "indicator 1, third quarter")),
         CommandExample("measure 2 2025-10 3 reported_by=\"Bashkia Durrës\"")]
    }

    /// Stores the measurement, refusing a period outside the plan's year or one already measured.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let database = try context.database(for: name)
        try invocation.requireKnownKeys(["reported_by"], command: name)
        try invocation.requirePositionals(atMost: 3, command: name, usage: usage)
        try Recording.requireWriter(database, "recording a measurement", command: name)
        let indicatorID = try Recording.id(try Recording.positional(invocation, 0, "indicator's number", command: name, usage: usage),
                                           "indicator")
        let periodText = try Recording.positional(invocation, 1, "period (2025-Q3, 2025-10)", command: name, usage: usage)
        let period: Period
        do { period = try Period(parsing: periodText) } catch {
            throw .invalidArgument(key: "period", value: periodText, expected: "a period such as 2025-Q3, 2025-10 or 2025-01-01..2025-04-30")
        }
        let value = try Recording.number(try Recording.positional(invocation, 2, "value", command: name, usage: usage), key: "value")
        let reporter = try invocation.value("reported_by").map { text throws(ShellError) in
            try Recording.institution(text, in: try Recording.institutions(database, command: name), key: "reported_by")
        }
        guard let indicator = try storage(name, { () throws(StorageError) in try database.indicator(id: indicatorID) }) else {
            throw .failed(command: name, reason: "there is no indicator \(indicatorID); list them with `indicators`")
        }
        let year = try storage(name) { () throws(StorageError) in
            guard let objective = try database.objective(id: indicator.objectiveID) else { return nil as Int? }
            return try database.actionPlan(id: objective.planID)?.year
        } ?? period.start.year
        let measurement = IndicatorMeasurement(indicatorID: indicatorID, period: period, value: value, reportedBy: reporter?.id)
        let what = "measurement of indicator \(indicatorID) for \(period)"
        let stored = try storage(name) { () throws(StorageError) in
            try database.transaction("recording the \(what)") {
                try Recording.check(RecordChecks.measurement(measurement, planYear: year,
                                                             existing: try database.measurements(indicatorID: indicatorID)), what)
                return try database.insert(measurement)
            }
        }
        return Recording.done(Label(sq: "U ruajt matja \(stored.id ?? 0): treguesi \(indicatorID), \(period), \(value).",
                                    en: "Stored measurement \(stored.id ?? 0): indicator \(indicatorID), \(period), \(value)."), context)
    }
}
