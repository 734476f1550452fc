/// A span of whole days that a question is asked about: a year, a quarter, a month or any range.
///
/// Both ends are inclusive. Written as `2023`, `2023-Q4`, `2023-10`, `2023-10-05` or
/// `2023-01-01..2023-10-31`, and read back from the same forms by ``init(parsing:)``.
public struct Period: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What kind of span this is; it decides how the period is written.
    public enum Kind: String, Sendable, Hashable, Codable {
        case year, quarter, month, day, range
    }

    /// The first day, included.
    public let start: Day
    /// The last day, included.
    public let end: Day
    /// The kind of span.
    public let kind: Kind

    /// A range of days; throws when `end` is before `start`.
    public init(from start: Day, through end: Day) throws(ValidationError) {
        guard start <= end else {
            throw ValidationError(field: "period", message: "ends (\(end)) before it starts (\(start))")
        }
        self.init(start: start, end: end, kind: start == end ? .day : .range)
    }

    private init(start: Day, end: Day, kind: Kind) {
        self.start = start
        self.end = end
        // A range of one day is a day, so that it is written and read back as one.
        self.kind = kind == .range && start == end ? .day : kind
    }

    /// A calendar year.
    public static func year(_ year: Int) -> Period {
        let first = Day(ordinal: Int32(Day.ordinalFrom(year: year, month: 1, day: 1)))
        let last = Day(ordinal: Int32(Day.ordinalFrom(year: year, month: 12, day: 31)))
        return Period(start: first, end: last, kind: .year)
    }

    /// A quarter, 1 to 4, of a year.
    public static func quarter(_ quarter: Int, of year: Int) -> Period {
        let q = min(max(quarter, 1), 4)
        let first = Day.firstOfMonth(index: year * 12 + (q - 1) * 3)
        let last = Day.firstOfMonth(index: year * 12 + (q - 1) * 3 + 2).endOfMonth
        return Period(start: first, end: last, kind: .quarter)
    }

    /// A month, 1 to 12, of a year.
    public static func month(_ month: Int, of year: Int) -> Period {
        let first = Day.firstOfMonth(index: year * 12 + min(max(month, 1), 12) - 1)
        return Period(start: first, end: first.endOfMonth, kind: .month)
    }

    /// A single day.
    public static func day(_ day: Day) -> Period { Period(start: day, end: day, kind: .day) }

    /// From the first of January of `day`'s year to `day`: "so far this year".
    public static func yearToDate(_ day: Day) -> Period {
        Period(start: Period.year(day.year).start, end: day, kind: .range)
    }

    // MARK: - Questions

    /// The number of days in the period.
    public var dayCount: Int { start.distance(to: end) + 1 }

    /// Whether `day` falls in the period.
    public func contains(_ day: Day) -> Bool { start <= day && day <= end }

    /// The same dates one year earlier, as the committee compares them.
    ///
    /// A year, quarter or month stays one; 29 February becomes 28 February.
    public var samePeriodPreviousYear: Period { shifted(years: -1) }

    /// The same dates `n` years later (earlier when negative).
    public func shifted(years n: Int) -> Period {
        switch kind {
        case .year: return .year(start.year + n)
        case .quarter: return .quarter(start.quarter, of: start.year + n)
        case .month: return .month(start.month, of: start.year + n)
        case .day: return .day(start.adding(years: n))
        case .range:
            // An end on the last day of February stays on the last day of February.
            let end = self.end
            let endsFebruary = end.month == 2 && end == end.endOfMonth
            let newEnd = endsFebruary ? end.adding(years: n).endOfMonth : end.adding(years: n)
            return Period(start: start.adding(years: n), end: newEnd, kind: .range)
        }
    }

    /// The periods of one kind (year, quarter or month) that cover this period, each clipped to it.
    public func split(by unit: TrendUnit) -> [Period] {
        var result: [Period] = []
        var cursor = start
        while cursor <= end {
            let whole: Period = switch unit {
            case .year: .year(cursor.year)
            case .quarter: .quarter(cursor.quarter, of: cursor.year)
            case .month: .month(cursor.month, of: cursor.year)
            }
            if whole.start >= start && whole.end <= end {
                result.append(whole)
            } else {
                result.append(Period(start: max(whole.start, start), end: min(whole.end, end), kind: .range))
            }
            cursor = whole.end.adding(days: 1)
        }
        return result
    }

    /// `2023`, `2023-Q4`, `2023-10`, `2023-10-05` or `2023-01-01..2023-10-31`.
    public var description: String {
        switch kind {
        case .year: String(start.year)
        case .quarter: "\(start.year)-Q\(start.quarter)"
        case .month: String(start.description.prefix(7))
        case .day: start.description
        case .range: "\(start)..\(end)"
        }
    }

    // MARK: - Codable as its written form

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do { self = try Period(parsing: text) } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// The step of a trend: by year, quarter or month.
public enum TrendUnit: String, Coded {
    case year, quarter, month

    public var label: Label {
        switch self {
        case .year: Label(sq: "Viti", en: "Year")
        case .quarter: Label(sq: "Tremujori", en: "Quarter")
        case .month: Label(sq: "Muaji", en: "Month")
        }
    }
}
