import Foundation

/// What went wrong reading or writing a CSV file. Messages name the file, never a field's value.
public enum CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or created.
    case cannotOpen(path: String, reason: String)
    /// Reading failed part way.
    case readFailed(path: String, reason: String)
    /// Writing failed part way (disk full, closed handle).
    case writeFailed(path: String, reason: String)
    /// A record is malformed (strict reading only; see ``CSVProblem``).
    case malformed(path: String, problem: CSVProblem)

    /// One line: what, where, and what to do.
    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): "\(path): cannot open: \(reason). Check the path and its permissions."
        case let .readFailed(path, reason): "\(path): reading failed: \(reason)."
        case let .writeFailed(path, reason): "\(path): writing failed: \(reason). Check free disk space and permissions."
        case let .malformed(path, problem): "\(path):\(problem.line): \(problem.message)"
        }
    }

    /// The text of the C library's last error.
    static func systemReason() -> String { String(cString: strerror(errno)) }
}

/// A record the reader could read but that breaks RFC 4180 or the expected shape.
///
/// The reader recovers: it reads on to the end of the record and carries on with the next,
/// so a caller can report every malformed record of a file, not only the first.
public struct CSVProblem: Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public enum Kind: Sendable, Hashable {
        /// A quote inside a field that did not start with a quote.
        case strayQuote
        /// A closing quote followed by something other than a comma or a line end.
        case textAfterClosingQuote
        /// A quoted field still open at the end of the file.
        case unterminatedQuote
        /// Bytes that are not UTF-8.
        case invalidUTF8
        /// The record has a different number of fields than the header.
        case fieldCount(expected: Int, found: Int)
    }

    /// What is wrong.
    public var kind: Kind
    /// The line where the record starts (1-based).
    public var line: Int
    /// Where the offending character is, when there is one.
    public var position: CSVPosition?
    /// The index of the field at fault (0-based), when there is one.
    public var fieldIndex: Int?

    /// Creates a problem.
    public init(kind: Kind, line: Int, position: CSVPosition? = nil, fieldIndex: Int? = nil) {
        self.kind = kind
        self.line = line
        self.position = position
        self.fieldIndex = fieldIndex
    }

    /// What is wrong and what is expected, without the record's content.
    public var message: String {
        let at = position.map { " at line \($0.line), column \($0.column)" } ?? ""
        switch kind {
        case .strayQuote:
            return "a quote (\") inside an unquoted field\(at); expected the whole field in quotes with each inner quote doubled (\"\")"
        case .textAfterClosingQuote:
            return "text after a closing quote\(at); expected a comma or a line end after a quoted field (write an inner quote as \"\")"
        case .unterminatedQuote:
            return "a quoted field opened\(at) is never closed before the end of the file; expected a closing quote (\")"
        case .invalidUTF8:
            return "bytes that are not UTF-8\(at); save the file as UTF-8 (in Excel: CSV UTF-8)"
        case let .fieldCount(expected, found):
            return "\(found) fields, expected \(expected) as in the header; quote fields that contain commas"
        }
    }

    /// `line N: message`.
    public var description: String { "line \(line): \(message)" }
}

/// A place in a text file: line and column, both 1-based; columns count characters.
public struct CSVPosition: Sendable, Hashable {
    /// The line.
    public var line: Int
    /// The column, in characters.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
