import KRATCore

/// Writes a command's output as exactly one JSON value: an array of objects.
///
/// Each row is an object keyed by column key, in column order: numbers as JSON
/// numbers, coded values as their code, suppressed and empty cells as `null`. When a
/// command returns several tables, every object also carries `"table"` (the English
/// title) so the rows can be told apart. Messages become `{"message": "…"}` objects
/// at the end. Charts are for people and are left out.
public struct JSONRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The output as one JSON array, ending in `\n`.
    public func render(_ output: CommandOutput) -> String {
        let tables = output.tables
        var objects: [String] = []
        for table in tables {
            let tag = tables.count > 1 ? [("table", Self.string(table.title.en))] : []
            for row in table.rows {
                let fields = tag + zip(table.columns, row).map { ($0.key, Self.value($1)) }
                objects.append("{" + fields.map { Self.string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}")
            }
        }
        objects += output.messages.map { "{\"message\":" + Self.string($0) + "}" }
        if objects.isEmpty { return "[]\n" }
        return "[\n" + objects.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
    }

    // MARK: - Values

    /// The JSON text of one cell.
    public static func value(_ cell: ResultTable.Cell) -> String {
        switch cell {
        case .coded(let code, _): string(code)
        case .text(let text): string(text)
        case .integer(let n): String(n)
        case .decimal(let x): x.isFinite ? String(x) : "null"
        case .suppressed, .none: "null"
        }
    }

    /// `text` as a JSON string literal.
    public static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
