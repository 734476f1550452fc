/// A table of labelled values: what statistics return and what every front end renders.
///
/// It holds numbers and labels, never formatted text, so the REPL, the CSV and JSON
/// writers and the HTML report each present it their own way and in either language.
public struct ResultTable: Sendable, Hashable, Codable {
    /// The table's title.
    public var title: Label
    /// The columns, in order.
    public var columns: [Column]
    /// The rows; each has one cell per column.
    public var rows: [[Cell]]
    /// Notes a reader must see with the numbers (how multi-valued fields count, what was suppressed).
    public var notes: [Label]

    /// Creates a table.
    public init(title: Label, columns: [Column], rows: [[Cell]] = [], notes: [Label] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }

    /// The index of the column with `key`, if any.
    public func columnIndex(_ key: String) -> Int? { columns.firstIndex { $0.key == key } }

    /// The cells of the column with `key`, top to bottom.
    public func column(_ key: String) -> [Cell] {
        guard let index = columnIndex(key) else { return [] }
        return rows.map { $0[index] }
    }

    /// The first row whose cell in column `key` has the code or text `value`.
    public func row(where key: String, is value: String) -> [Cell]? {
        guard let index = columnIndex(key) else { return nil }
        return rows.first { $0[index].code == value }
    }
}

extension ResultTable {
    /// A column of a result table.
    public struct Column: Sendable, Hashable, Codable {
        /// The stable snake_case key (a JSON object key, a CSV header).
        public var key: String
        /// The heading shown to people.
        public var label: Label
        /// Whether the column names things (a dimension) or counts them (a measure).
        public var role: Role

        /// Creates a column.
        public init(key: String, label: Label, role: Role = .measure) {
            self.key = key
            self.label = label
            self.role = role
        }

        /// What a column holds.
        public enum Role: String, Sendable, Hashable, Codable {
            /// Names what a row is about (a status, a year, a municipality).
            case dimension
            /// Holds a number about it.
            case measure
        }
    }

    /// One value of a result table.
    public enum Cell: Sendable, Hashable, Codable {
        /// An enumerated value: its code for machines, its label for people.
        case coded(code: String, label: Label)
        /// Free text that is the same in both languages (a name, a period).
        case text(String)
        /// A count or other whole number.
        case integer(Int)
        /// A decimal number (a percentage, a median).
        case decimal(Double)
        /// A count hidden to protect people: it is below the threshold, or it would
        /// let a hidden count be recovered by subtraction.
        case suppressed
        /// No value: unknown, or not defined (a change in percent from zero).
        case none

        /// A cell for an enumerated domain value.
        public static func coded<Value: Coded>(_ value: Value) -> Cell {
            .coded(code: value.code, label: value.label)
        }

        /// The code of a coded cell, the text of a text cell, or the number written plainly.
        public var code: String? {
            switch self {
            case .coded(let code, _): code
            case .text(let text): text
            case .integer(let n): String(n)
            case .decimal(let x): String(x)
            case .suppressed, .none: nil
            }
        }

        /// The whole number of an integer cell.
        public var integer: Int? {
            if case .integer(let n) = self { return n }
            return nil
        }

        /// The number of an integer or decimal cell.
        public var number: Double? {
            switch self {
            case .integer(let n): Double(n)
            case .decimal(let x): x
            default: nil
            }
        }
    }
}
