import KRATCore

/// The steps of a trend as far as the data reach: no step after the last day counted, and
/// the step that day falls in cut short at it and marked as partial.
struct TrendSteps: Sendable {
    /// The periods counted, in order; the last one ends on ``asOf`` when it is partial.
    let periods: [Period]
    /// The periods' cells: the code of the whole step (`2026-11`), and for a partial one a
    /// label that says so in both languages.
    let cells: [ResultTable.Cell]
    /// Whether some step is partial.
    let hasPartial: Bool

    /// The steps of `candidates` (whole or clipped steps, in order) up to `asOf`.
    init(_ candidates: [Period], asOf: Day) {
        var periods: [Period] = []
        var cells: [ResultTable.Cell] = []
        for period in candidates where period.start <= asOf {
            guard period.end > asOf else {
                periods.append(period)
                cells.append(.text(period.description))
                continue
            }
            periods.append((try? Period(from: period.start, through: asOf)) ?? period)
            cells.append(.coded(code: period.description, label: TrendSteps.partialLabel(period.description)))
        }
        self.periods = periods
        self.cells = cells
        hasPartial = cells.contains { if case .coded = $0 { true } else { false } }
    }

    /// "2026-11 (e pjesshme)", "2026-11 (partial)".
    static func partialLabel(_ step: String) -> Label {
        Label(sq: "\(step) (e pjesshme)", en: "\(step) (partial)")
    }

    /// The note under a trend with a partial step.
    static func partialNote(asOf: Day) -> Label {
        Label(sq: "(e pjesshme): periudha nuk ka mbaruar; numërohen rastet deri më \(asOf).",
              en: "(partial): the period is not over; cases are counted up to \(asOf).")
    }
}
