import Foundation

extension Period {
    /// Reads a period as people write it: `2023`, `2023-Q4`, `2023-10`, `2023-10-05`,
    /// or a range `2023-01-01..2023-10-31` (either end may itself be a year, quarter or month).
    public init(parsing text: String) throws(ValidationError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let range = trimmed.range(of: "..") {
            let first = try Period(parsingSingle: String(trimmed[..<range.lowerBound]), whole: trimmed)
            let last = try Period(parsingSingle: String(trimmed[range.upperBound...]), whole: trimmed)
            guard first.start <= last.end else {
                throw ValidationError(field: "period",
                    message: "'\(trimmed)' ends before it starts; write the earlier end first, like 2023-01-01..2023-10-31")
            }
            self = try Period(from: first.start, through: last.end)
            return
        }
        self = try Period(parsingSingle: trimmed, whole: trimmed)
    }

    private init(parsingSingle raw: String, whole: String) throws(ValidationError) {
        let text = raw.trimmingCharacters(in: .whitespaces).uppercased()
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let bad = ValidationError(field: "period",
            message: "'\(whole)' is not a period; write 2023, 2023-Q4, 2023-10, 2023-10-05 or 2023-01-01..2023-10-31")
        guard let yearText = parts.first, yearText.count == 4, let year = Int(yearText), year >= 1 else { throw bad }
        switch parts.count {
        case 1:
            self = .year(year)
        case 2 where parts[1].hasPrefix("Q"):
            guard let q = Int(parts[1].dropFirst()), (1...4).contains(q) else { throw bad }
            self = .quarter(q, of: year)
        case 2:
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { throw bad }
            self = .month(m, of: year)
        case 3:
            guard let day = Day(iso: text) else {
                throw ValidationError(field: "period", message: "'\(raw)' is not a day of the calendar; write YYYY-MM-DD")
            }
            self = .day(day)
        default:
            throw bad
        }
    }
}
