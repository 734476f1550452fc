import KRATCore

/// One cell as JSON: a code or text as a string, a number, or `null` (unknown or suppressed).
public enum JSONCell: Sendable, Hashable, Codable {
    /// A code or text.
    case string(String)
    /// A whole number.
    case integer(Int)
    /// A decimal number.
    case decimal(Double)
    /// Unknown, not defined, or suppressed.
    case null

    /// The JSON form of a table cell.
    public init(_ cell: ResultTable.Cell) {
        switch cell {
        case .coded(let code, _): self = .string(code)
        case .text(let text): self = .string(text)
        case .integer(let n): self = .integer(n)
        case .decimal(let x): self = .decimal(x)
        case .suppressed, .none: self = .null
        }
    }

    /// Decodes a string, a number or null.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let n = try? container.decode(Int.self) { self = .integer(n) }
        else if let x = try? container.decode(Double.self) { self = .decimal(x) }
        else { self = .string(try container.decode(String.self)) }
    }

    /// Encodes a string, a number or null.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .integer(let n): try container.encode(n)
        case .decimal(let x): try container.encode(x)
        case .null: try container.encodeNil()
        }
    }
}
