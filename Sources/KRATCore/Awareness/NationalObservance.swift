import Foundation

/// A day or month of the national anti-trafficking calendar, around which awareness
/// activities peak.
public enum NationalObservance: String, Coded {
    /// World Day against Trafficking in Persons, 30 July.
    case worldDayAgainstTrafficking = "world_day_against_trafficking"
    /// European Anti-Trafficking Day, 18 October.
    case europeanAntiTraffickingDay = "european_anti_trafficking_day"
    /// The Anti-Trafficking Month, October.
    case antiTraffickingMonth = "anti_trafficking_month"

    /// The label shown to people.
    public var label: Label {
        switch self {
        case .worldDayAgainstTrafficking:
            Label(sq: "Dita Botërore kundër Trafikimit të Personave", en: "World Day against Trafficking in Persons")
        case .europeanAntiTraffickingDay:
            Label(sq: "Dita Evropiane kundër Trafikimit", en: "European Anti-Trafficking Day")
        case .antiTraffickingMonth: Label(sq: "Muaji Antitrafik", en: "Anti-Trafficking Month")
        }
    }

    // MARK: - Dates

    /// The days the observance covers in `year`: a single day, or the whole month of October.
    public func period(in year: Int) -> Period {
        switch self {
        case .worldDayAgainstTrafficking: .day(Period.month(7, of: year).start.adding(days: 29))
        case .europeanAntiTraffickingDay: .day(Period.month(10, of: year).start.adding(days: 17))
        case .antiTraffickingMonth: .month(10, of: year)
        }
    }

    /// Every observance of `year` with its days, in calendar order (by first day, then
    /// shorter first).
    public static func observances(in year: Int) -> [ObservanceDate] {
        allCases.map { ObservanceDate(observance: $0, period: $0.period(in: year)) }
            .sorted { ($0.period.start, $0.period.dayCount) < ($1.period.start, $1.period.dayCount) }
    }

    /// The observances that `day` falls in.
    public static func observances(on day: Day) -> [NationalObservance] {
        allCases.filter { $0.period(in: day.year).contains(day) }
    }
}
