import Foundation

/// Where "today" comes from: the one clock a database, a shell or a report reads.
///
/// KRATCore has no clock of its own. A front end gives the computer's clock (KRATStorage's
/// ``DayClock/system``); tests and examples give a fixed day, so that their results do not
/// depend on the day they run.
///
/// ```swift
/// let clock = DayClock.fixed(Day(year: 2025, month: 10, day: 18)!)
/// clock.today   // 2025-10-18, whatever the date
/// ```
public struct DayClock: Sendable {
    private let read: @Sendable () -> Day

    /// A clock that asks `read` for the day each time it is read.
    public init(_ read: @escaping @Sendable () -> Day) {
        self.read = read
    }

    /// The current day by this clock.
    public var today: Day { read() }

    /// A clock that always reads `day`.
    public static func fixed(_ day: Day) -> DayClock {
        DayClock { day }
    }
}
