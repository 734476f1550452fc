import KRATCore

/// The fixed days tests run on: never the real date, so results do not depend on when the
/// suite runs. `KratProcess` gives `krat` the same day through `KRAT_TODAY`.
public enum TestDay {
    /// The day the shell and end-to-end tests take as today: a Tuesday in the Anti-Trafficking
    /// Month, late enough in the year that "this year" holds data, before its end so that
    /// year-to-date and partial-year paths are exercised.
    public static let today = Day(year: 2025, month: 10, day: 21) ?? Day(ordinal: 0)

    /// A clock that always reads ``today``.
    public static let clock = DayClock.fixed(today)
}
