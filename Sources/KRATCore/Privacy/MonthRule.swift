/// Who sees days, and which periods the others may count: months, not days.
///
/// A case's identification day is personal (with a few filters it singles a person out), so
/// every role but the case worker counts whole months: a period must start on the first of a
/// month and end on the last day of one, or on the data day (today, or the same month and day
/// of an earlier year: "so far this year against the same period last year"). Counts over a
/// day, or over two ranges a day apart, are refused, so no day can be found by subtraction.
public enum MonthRule {
    /// Whether `role` may count any period, day by day.
    public static func seesDays(_ role: Role) -> Bool { role.mayReadPersonalData }

    /// Whether a role that sees months only may count `period`, on the data day `today`.
    public static func allows(_ period: Period, today: Day) -> Bool {
        let start = period.start, end = period.end
        guard start == Period.month(start.month, of: start.year).start else { return false }
        if end == end.endOfMonth { return true }
        // The data day, this year or the same month and day of an earlier one.
        return end.month == today.month && end.dayOfMonth == today.dayOfMonth && end.year <= today.year
    }

    /// Why a period is refused, and what to ask instead (the month it starts in).
    public static func refusal(_ period: Period) -> String {
        "counts are by whole months for every role but the case worker (a day could single a person out); "
            + "ask for period=\(String(period.start.description.prefix(7))), a range of whole months "
            + "(2025-01-01..2025-03-31), or the year so far"
    }
}
