import KRATCore

/// Indicator progress of an action plan: each indicator against its baseline and target.
public enum IndicatorProgress {
    /// One row per indicator of `records.indicators` whose objective is in
    /// `records.objectives`, grouped by pillar (in the strategy's order), then objective, then name.
    ///
    /// Columns: `pillar`, `objective` (code: id), `indicator` (code: id), `unit`, `baseline`,
    /// `target`, `target_date`, `value` (reached by `asOf`), `measured_to` (the last day the
    /// latest measurement counted covers; none without one), `year_to_date` (cumulative: the
    /// measurements of `asOf`'s year so far; level: the change since the end of the previous
    /// year), `expected` (the target pro-rated on a straight line from `start` to the target
    /// date, on `measured_to`, or on `asOf` when nothing is measured yet), `progress` (share of
    /// the way from baseline to target), `track` (value against expected, honouring the
    /// direction). Measurements count once their period has ended, so the value and the
    /// expectation it is judged against are about the same day.
    public static func table(_ records: OrganisationRecords, asOf: Day, start: Day) -> ResultTable {
        let objectives = Dictionary(records.objectives.compactMap { o in o.id.map { ($0, o) } },
                                    uniquingKeysWith: { first, _ in first })
        let pillarOrder = Dictionary(uniqueKeysWithValues: Pillar.allCases.enumerated().map { ($1, $0) })
        let rows = records.indicators.compactMap { indicator -> (Objective, Indicator)? in
            objectives[indicator.objectiveID].map { ($0, indicator) }
        }.sorted { a, b in
            (pillarOrder[a.0.pillar] ?? 0, a.0.id ?? 0, a.1.name) < (pillarOrder[b.0.pillar] ?? 0, b.0.id ?? 0, b.1.name)
        }.map { objective, indicator in
            row(objective, indicator, records.measurements, asOf: asOf, start: start)
        }
        func measure(_ key: String, _ sq: String, _ en: String) -> ResultTable.Column {
            ResultTable.Column(key: key, label: Label(sq: sq, en: en))
        }
        return ResultTable(
            title: Label(sq: "Ecuria e treguesve më \(asOf)", en: "Indicator progress as of \(asOf)"),
            columns: [
                ResultTable.Column(key: "pillar", label: Label(sq: "Shtylla", en: "Pillar"), role: .dimension),
                ResultTable.Column(key: "objective", label: Label(sq: "Objektivi", en: "Objective"), role: .dimension),
                ResultTable.Column(key: "indicator", label: Label(sq: "Treguesi", en: "Indicator"), role: .dimension),
                ResultTable.Column(key: "unit", label: Label(sq: "Njësia", en: "Unit"), role: .dimension),
                measure("baseline", "Vlera bazë", "Baseline"), measure("target", "Synimi", "Target"),
                ResultTable.Column(key: "target_date", label: Label(sq: "Afati", en: "Target date"), role: .dimension),
                measure("value", "Vlera e arritur", "Value to date"),
                ResultTable.Column(key: "measured_to", label: Label(sq: "Matur deri më", en: "Measured to"),
                                   role: .dimension),
                measure("year_to_date", "Që nga fillimi i vitit", "Year to date"),
                measure("expected", "Vlera e pritshme në datën e matjes", "Expected on the measured date"),
                measure("progress", "Ecuria (pjesë e rrugës)", "Progress (share of the way)"),
                ResultTable.Column(key: "track", label: Label(sq: "Gjendja", en: "Track"), role: .dimension),
            ],
            rows: rows,
            notes: [Label(
                sq: "Vlera e pritshme llogaritet për ditën e fundit që mbulon matja e fundit (\"Matur deri më\"); pa asnjë matje, për \(asOf).",
                en: "The expected value is pro-rated to the last day the latest measurement covers (\"Measured to\"); with no measurement yet, to \(asOf).")])
    }

    /// The year-to-date figure of an indicator (see ``table(_:asOf:start:)``).
    public static func yearToDate(_ indicator: Indicator, asOf: Day, measurements: [IndicatorMeasurement]) -> Double {
        let yearStart = Period.year(asOf.year).start
        switch indicator.accumulation {
        case .cumulative:
            return indicator.measurements(measurements, asOf: asOf)
                .filter { $0.period.start >= yearStart }
                .reduce(0) { $0 + $1.value }
        case .level:
            return indicator.value(asOf: asOf, measurements: measurements)
                - indicator.value(asOf: yearStart.adding(days: -1), measurements: measurements)
        }
    }

    private static func row(_ objective: Objective, _ indicator: Indicator, _ measurements: [IndicatorMeasurement],
                            asOf: Day, start: Day) -> [ResultTable.Cell] {
        // The value stands on the day its latest measurement covers: judge it against the
        // expectation of that day, not of `asOf`.
        let measuredTo = indicator.measurements(measurements, asOf: asOf).map(\.period.end).max()
        let judged = measuredTo ?? asOf
        let onTrack = indicator.isOnTrack(asOf: judged, startingOn: start, measurements: measurements)
        return [
            .coded(objective.pillar),
            .coded(code: objective.id.map(String.init) ?? "", label: Label(objective.title)),
            .coded(code: indicator.id.map(String.init) ?? "", label: Label(indicator.name)),
            .text(indicator.unit),
            .decimal(indicator.baseline),
            .decimal(indicator.target),
            .text(indicator.targetDate.description),
            .decimal(indicator.value(asOf: asOf, measurements: measurements)),
            measuredTo.map { .text($0.description) } ?? .none,
            .decimal(yearToDate(indicator, asOf: asOf, measurements: measurements)),
            .decimal(indicator.expectedValue(asOf: judged, startingOn: start)),
            indicator.progress(asOf: asOf, measurements: measurements).map { .decimal($0) } ?? .none,
            .coded(onTrack ? TrackStatus.onTrack : TrackStatus.offTrack),
        ]
    }
}
