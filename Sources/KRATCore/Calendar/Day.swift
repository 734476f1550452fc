import Foundation

/// A calendar day (no time, no time zone), the unit of every date in the domain.
///
/// Stored as the number of days since 1970-01-01, so comparisons, differences and
/// range checks are integer operations. Written and read as `YYYY-MM-DD`.
public struct Day: Sendable, Hashable, Comparable, Strideable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let ordinal: Int32

    /// Creates a day from its ordinal (days since 1970-01-01).
    public init(ordinal: Int32) {
        self.ordinal = ordinal
    }

    /// Creates a day from year, month and day of month, or nil when no such day exists.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.ordinal = Int32(Day.ordinalFrom(year: year, month: month, day: day))
    }

    /// Parses `YYYY-MM-DD`; nil for anything else, including impossible days such as 2023-02-30.
    public init?(iso text: some StringProtocol) {
        let utf8 = Array(text.utf8)
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = utf8[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    // MARK: - Components

    /// Year, month and day of month.
    public var components: (year: Int, month: Int, day: Int) { Day.civil(from: Int(ordinal)) }
    /// The year.
    public var year: Int { components.year }
    /// The month, 1 to 12.
    public var month: Int { components.month }
    /// The day of the month, 1 to 31.
    public var dayOfMonth: Int { components.day }
    /// The quarter, 1 to 4.
    public var quarter: Int { (month - 1) / 3 + 1 }
    /// A month number that increases across years: `year * 12 + month - 1`.
    public var monthIndex: Int { let c = components; return c.year * 12 + c.month - 1 }

    /// `YYYY-MM-DD`.
    public var description: String {
        let c = components
        var utf8: [UInt8] = []
        utf8.reserveCapacity(10)
        func digits(_ value: Int, _ width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            var rest = value
            while divisor > 0 {
                utf8.append(UInt8(48 + (rest / divisor) % 10))
                rest %= divisor
                divisor /= 10
            }
        }
        digits(c.year, 4)
        utf8.append(UInt8(ascii: "-"))
        digits(c.month, 2)
        utf8.append(UInt8(ascii: "-"))
        digits(c.day, 2)
        return String(decoding: utf8, as: UTF8.self)
    }

    // MARK: - Arithmetic

    /// The day `n` days later (earlier when negative).
    public func adding(days n: Int) -> Day { Day(ordinal: ordinal + Int32(n)) }

    /// The same day of the month `n` years later; 29 February becomes 28 February in a common year.
    public func adding(years n: Int) -> Day {
        let c = components
        let y = c.year + n
        let d = min(c.day, Day.daysIn(month: c.month, year: y))
        return Day(ordinal: Int32(Day.ordinalFrom(year: y, month: c.month, day: d)))
    }

    /// Whole years from `self` to `later` (an age at a date).
    public func years(until later: Day) -> Int {
        let a = components, b = later.components
        var years = b.year - a.year
        if (b.month, b.day) < (a.month, a.day) { years -= 1 }
        return years
    }

    /// The first day of this day's month.
    public var startOfMonth: Day { let c = components; return Day(ordinal: Int32(Day.ordinalFrom(year: c.year, month: c.month, day: 1))) }
    /// The last day of this day's month.
    public var endOfMonth: Day {
        let c = components
        return Day(ordinal: Int32(Day.ordinalFrom(year: c.year, month: c.month, day: Day.daysIn(month: c.month, year: c.year))))
    }

    /// The first day of a month given as ``monthIndex``.
    public static func firstOfMonth(index: Int) -> Day {
        Day(ordinal: Int32(ordinalFrom(year: index / 12, month: index % 12 + 1, day: 1)))
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }
    public func distance(to other: Day) -> Int { Int(other.ordinal - ordinal) }
    public func advanced(by n: Int) -> Day { adding(days: n) }

    // MARK: - From an instant

    /// The day an instant falls on in a time zone (Albania's is `Europe/Tirane`).
    ///
    /// A pure conversion: KRATCore never reads the computer's clock. Today's date comes in
    /// as a value, through a ``DayClock``.
    public init(_ instant: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: instant)
        self = Day(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) ?? Day(ordinal: 0)
    }

    // MARK: - Civil calendar (proleptic Gregorian, H. Hinnant's algorithms)

    /// Whether `year` has a 29 February.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// The number of days in a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func ordinalFrom(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(from ordinal: Int) -> (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

extension Day: Codable {
    /// Decodes `YYYY-MM-DD`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container,
                debugDescription: "'\(text)' is not a date; expected YYYY-MM-DD")
        }
        self = day
    }

    /// Encodes `YYYY-MM-DD`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
