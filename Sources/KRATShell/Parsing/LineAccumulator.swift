import Foundation

/// Gathers typed lines into complete entries: one line for a command, up to `;` for SQL.
///
/// A line that starts with `SELECT` or `WITH` (any case) begins an SQL statement,
/// which continues over lines until a `;` outside quotes and outside `--` comments.
/// Several statements on one line come out one by one. Every other line (meta
/// commands `.x`, domain commands) is complete by itself; blank lines and lines
/// starting with `--` or `#` are skipped.
public struct LineAccumulator: Sendable {
    private var pending = ""
    private var quote: Character?

    /// Creates an empty accumulator.
    public init() {}

    /// Whether an SQL statement has begun and is not finished (show the continuation prompt).
    public var isContinuing: Bool { !pending.isEmpty }

    /// The unfinished statement so far.
    public var pendingText: String { pending }

    /// Forgets the unfinished statement (Ctrl-C).
    public mutating func reset() {
        pending = ""
        quote = nil
    }

    /// Adds one line and returns the entries it completes, in order.
    public mutating func add(_ line: String) -> [String] {
        if pending.isEmpty {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("--") || trimmed.hasPrefix("#") { return [] }
            if !Self.startsSQL(trimmed) { return [trimmed] }
        }
        return scanSQL(line)
    }

    /// Whether `text` begins with the word SELECT or WITH, in any case.
    public static func startsSQL(_ text: String) -> Bool {
        let word = text.prefix { $0.isLetter }.uppercased()
        return word == "SELECT" || word == "WITH"
    }

    // MARK: - Private

    private mutating func scanSQL(_ line: String) -> [String] {
        var complete: [String] = []
        if !pending.isEmpty { pending.append("\n") }
        var previous: Character?
        var inComment = false
        for character in line {
            defer { previous = character }
            if inComment { pending.append(character); continue }
            if let open = quote {
                if character == open { quote = nil }
                pending.append(character)
                continue
            }
            switch character {
            case "'", "\"":
                quote = character
                pending.append(character)
            case "-" where previous == "-":
                inComment = true
                pending.append(character)
            case ";":
                let statement = pending.trimmingCharacters(in: .whitespacesAndNewlines)
                if !statement.isEmpty { complete.append(statement) }
                pending = ""
            default:
                if !(pending.isEmpty && character.isWhitespace) { pending.append(character) }
            }
        }
        if pending.allSatisfy(\.isWhitespace) { pending = "" }
        return complete
    }
}
