

extension CSVField {
    /// The field of a statistics cell: numbers as numbers, the code of a coded value, text as
    /// text, `suppressedText` for a suppressed count and empty for no value.
    public init(_ cell: ResultTable.Cell, suppressedText: String) {
        switch cell {
        case .integer(let number): self = .integer(number)
        case .decimal(let number): self = .decimal(number)
        case .coded(let code, _): self = .text(code)
        case .text(let text): self = .text(text)
        case .suppressed: self = .text(suppressedText)
        case .none: self = .text("")
        }
    }
}
