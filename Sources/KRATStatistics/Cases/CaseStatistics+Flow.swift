import KRATCore
import KRATStorage

extension CaseStatistics {
    // MARK: - Case flow

    /// How the cases identified in `period` stood on its last day, or on `asOf` (today
    /// unless given) when that is earlier, as a table of measures.
    ///
    /// Every row is about that cohort, as of that day: cases identified after `asOf` are
    /// left out, and a status change, referral, service or closure recorded after it does
    /// not count yet. Columns: `measure` (coded) and `value`. Counts: `identified`, which
    /// `identified_vmt`, `identified_vt` and `identified_not_victim` add up to;
    /// `vmt_became_vt`, `vmt_became_not_victim` and `vmt_still_vmt`, which add up to
    /// `identified_vmt`; `referred`, `served`, `status_changed` and `open_at_end`.
    /// Medians in days: `median_days_to_referral`, `median_days_to_first_service`,
    /// `median_days_to_status_change` (none without cases). For the public role the VMT
    /// outcomes are suppressed as a one-way table with their total, other counts below the
    /// threshold are hidden, and a median over fewer cases than the threshold is hidden.
    ///
    /// The public role may ask for a whole year that has ended, without a filter
    /// (``PublicationRules``), and sees the split by status at identification (VMT, VT and
    /// not a victim identified, the VMT outcomes) as hidden: it is a second division of the
    /// year's cases by status, beside `stats breakdown by=status`, whose hidden counts need
    /// not agree with it, so subtracting one from the other could give a hidden count back.
    public func flow(period: Period, filter: CaseFilter = CaseFilter(),
                     asOf: Day? = nil) throws(StorageError) -> ResultTable {
        try checkPublished(period: period, filter: filter, request: "the case flow of \(period)")
        let facts = try database.exactCaseFlow(in: period, filter: filter, asOf: asOf ?? today)
        let outcomes = isPublication
            ? LineSuppression(counts: [true, true, true], total: true)
            : suppression?.suppress(counts: [facts.becameVictims, facts.becameNotVictims, facts.stillPotentialVictims],
                                    total: facts.identifiedAsPotentialVictims)
        func count(_ value: Int, hidden: Bool? = nil) -> ResultTable.Cell {
            (hidden ?? suppression?.isBelowThreshold(value) ?? false) ? .suppressed : .integer(value)
        }
        func median(_ interval: DayIntervals) -> ResultTable.Cell {
            if let suppression, interval.cases < suppression.threshold, interval.cases > 0 { return .suppressed }
            return interval.medianDays.map { .decimal($0) } ?? ResultTable.Cell.none
        }
        let rows: [(FlowMeasure, ResultTable.Cell)] = [
            (.identified, count(facts.identified)),
            (.identifiedVMT, count(facts.identifiedAsPotentialVictims, hidden: outcomes?.total)),
            (.vmtBecameVT, count(facts.becameVictims, hidden: outcomes?.counts[0])),
            (.vmtBecameNotVictim, count(facts.becameNotVictims, hidden: outcomes?.counts[1])),
            (.vmtStillVMT, count(facts.stillPotentialVictims, hidden: outcomes?.counts[2])),
            (.identifiedVT, count(facts.identifiedAsVictims, hidden: isPublication ? true : nil)),
            (.identifiedNotVictim, count(facts.identifiedAsNotVictims, hidden: isPublication ? true : nil)),
            (.referred, count(facts.toReferral.cases)),
            (.medianDaysToReferral, median(facts.toReferral)),
            (.served, count(facts.toFirstService.cases)),
            (.medianDaysToFirstService, median(facts.toFirstService)),
            (.statusChanged, count(facts.toStatusChange.cases)),
            (.medianDaysToStatusChange, median(facts.toStatusChange)),
            (.openAtEnd, count(facts.openAtEnd)),
        ]
        let day = facts.asOf
        return ResultTable(
            title: Label(sq: "Rrjedha e rasteve të identifikuara në \(period), gjendja më \(day)",
                         en: "Flow of the cases identified in \(period), as of \(day)"),
            columns: [ResultTable.Column(key: "measure", label: Label(sq: "Treguesi", en: "Measure"), role: .dimension),
                      ResultTable.Column(key: "value", label: Label(sq: "Vlera", en: "Value"))],
            rows: rows.map { [.coded($0.0), $0.1] },
            notes: [Label(
                sq: "Çdo rresht numëron vetëm rastet e identifikuara në \(period) deri më \(day), me statusin, referimin, shërbimin dhe mbylljen e tyre më \(day).",
                en: "Every row counts only the cases identified in \(period) up to \(day), with their status, referral, service and closure as of \(day).")]
                + notes(dimensions: []))
    }
}
