import KRATCore

/// How the report writes numbers, days and table cells in one language.
///
/// Albanian: `1 234,5` and `13 shkurt 2019`; English: `1,234.5` and `13 February 2019`.
/// A suppressed count is written ``SuppressionSymbol/text`` (`[c]`), explained in a note.
public struct ReportFormat: Sendable {
    /// The language written.
    public var language: Language
    /// The suppression threshold, named in the note that explains hidden counts.
    public var threshold: Int

    /// Creates a format.
    public init(language: Language, threshold: Int) {
        self.language = language
        self.threshold = threshold
    }

    /// The text of a hidden count: `[c]`, never `<10` (a count hidden by secondary suppression may be large).
    public var suppressedText: String { SuppressionSymbol.text }

    /// A label in the report's language.
    public func callAsFunction(_ label: Label) -> String { label.text(language) }

    /// A whole number with thousands separated.
    public func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += language == .sq ? "\u{00A0}" : "," }
            grouped.append(digit)
        }
        return (value < 0 ? "−" : "") + grouped
    }

    /// A decimal number with at most one decimal place.
    public func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = integer(tenths / 10)
        let fraction = abs(tenths % 10)
        if fraction == 0 { return tenths < 0 && tenths / 10 == 0 ? "−0" : whole }
        let sign = tenths < 0 && tenths / 10 == 0 ? "−" : ""
        return sign + whole + (language == .sq ? "," : ".") + String(fraction)
    }

    /// A signed change: `+3`, `−2`, `0`.
    public func change(_ value: Double) -> String {
        value > 0 ? "+" + decimal(value) : decimal(value)
    }

    /// A day written out: `13 shkurt 2019`, `13 February 2019`.
    public func day(_ day: Day) -> String {
        let sq = ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor"]
        let en = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]
        let names = language == .sq ? sq : en
        return "\(day.dayOfMonth) \(names[(day.month - 1) % 12]) \(day.year)"
    }

    /// A short month name for chart axes.
    public func month(_ month: Int) -> String {
        let sq = ["Jan", "Shk", "Mar", "Pri", "Maj", "Qer", "Kor", "Gus", "Sht", "Tet", "Nën", "Dhj"]
        let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return (language == .sq ? sq : en)[(month - 1) % 12]
    }

    /// A table cell as text: labels in the language, numbers formatted, hidden counts as `[c]`.
    public func cell(_ cell: ResultTable.Cell) -> String {
        switch cell {
        case .coded(_, let label): label.text(language)
        case .text(let text): text
        case .integer(let n): integer(n)
        case .decimal(let x): decimal(x)
        case .suppressed: suppressedText
        case .none: "–"
        }
    }

    /// A chart datum for a count cell: no value when hidden, the `[c]` text then.
    public func datum(_ label: String, _ cell: ResultTable.Cell, highlighted: Bool = false) -> ChartDatum {
        ChartDatum(label: label, value: cell.number, valueText: self.cell(cell), highlighted: highlighted)
    }
}
