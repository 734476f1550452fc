import Foundation
import KRATCore

extension DayClock {
    /// The environment variable that fixes the system clock's day: `KRAT_TODAY=2025-10-18`.
    public static let environmentKey = "KRAT_TODAY"

    /// The computer's clock, read as a day in Albania (`Europe/Tirane`).
    ///
    /// This is KRATKit's only reading of the real date. `KRAT_TODAY=YYYY-MM-DD` in the
    /// environment fixes it, so that a test run, a script or a report can be reproduced as of
    /// a given day; a value that is not a valid day is ignored.
    public static let system = DayClock {
        if let fixed = ProcessInfo.processInfo.environment[environmentKey], let day = Day(iso: fixed) {
            return day
        }
        return Day(Date(), in: TimeZone(identifier: "Europe/Tirane") ?? .current)
    }
}
