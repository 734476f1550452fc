/// Splits a command line into words, the way a POSIX shell does.
///
/// - Spaces and tabs separate words.
/// - `'…'` keeps everything inside literally.
/// - `"…"` keeps everything inside; `\"` and `\\` inside stand for `"` and `\`.
/// - Outside quotes, `\` makes the next character literal (`a\ b` is one word).
/// - A word that starts with a name and an unquoted `=` (`status=vt`, `name="A B"`)
///   is an argument `key=value`; a quoted `=` (`"a=b"`) is not.
public enum Tokenizer {
    /// One word of a command line.
    public struct Token: Sendable, Hashable {
        /// The word with its quotes and escapes removed.
        public var text: String
        /// The key, when the word is written `key=value`.
        public var key: String?
        /// The value, when the word is written `key=value`.
        public var value: String?
        /// The 1-based column where the word starts.
        public var column: Int
    }

    // MARK: - Splitting

    /// The words of `line`; throws on an unterminated quote or a trailing backslash.
    public static func tokenize(_ line: String) throws(ShellError) -> [Token] {
        var tokens: [Token] = []
        var current = TokenBuilder()
        var quote: (mark: Character, column: Int)?
        var escape: Escape?
        var column = 0

        for character in line {
            column += 1
            switch escape {
            case .outsideQuotes?:
                current.append(character, quoted: true, column: column)
                escape = nil
                continue
            case .insideDoubleQuotes?:
                if character != "\"" && character != "\\" { current.append("\\", quoted: true, column: column) }
                current.append(character, quoted: true, column: column)
                escape = nil
                continue
            case nil:
                break
            }
            if let open = quote {
                if character == open.mark {
                    quote = nil
                } else if character == "\\", open.mark == "\"" {
                    escape = .insideDoubleQuotes
                } else {
                    current.append(character, quoted: true, column: column)
                }
                continue
            }
            switch character {
            case " ", "\t", "\n", "\r":
                if let token = current.finish() { tokens.append(token) }
            case "'", "\"":
                quote = (character, column)
                current.start(column: column)
            case "\\":
                escape = .outsideQuotes
                current.start(column: column)
            default:
                current.append(character, quoted: false, column: column)
            }
        }
        if let open = quote { throw .unterminatedQuote(quote: open.mark, column: open.column) }
        if escape != nil { throw .danglingEscape(column: column) }
        if let token = current.finish() { tokens.append(token) }
        return tokens
    }

    // MARK: - Private

    private enum Escape { case outsideQuotes, insideDoubleQuotes }

    /// Collects one word and notices a leading `name=` written without quotes.
    private struct TokenBuilder {
        var text = ""
        var column: Int?
        var allUnquoted = true
        var keyEnd: String.Index?

        mutating func start(column: Int) {
            if self.column == nil { self.column = column }
            allUnquoted = keyEnd != nil ? allUnquoted : false
        }

        mutating func append(_ character: Character, quoted: Bool, column: Int) {
            if self.column == nil { self.column = column }
            if quoted, keyEnd == nil { allUnquoted = false }
            if character == "=", !quoted, keyEnd == nil, allUnquoted, Self.isName(text) {
                keyEnd = text.endIndex
            }
            text.append(character)
        }

        mutating func finish() -> Token? {
            defer { self = TokenBuilder() }
            guard let column else { return nil }
            guard let keyEnd else { return Token(text: text, key: nil, value: nil, column: column) }
            let key = String(text[..<keyEnd])
            let value = String(text[text.index(after: keyEnd)...])
            return Token(text: text, key: key, value: value, column: column)
        }

        static func isName(_ text: String) -> Bool {
            guard let first = text.first, first.isLetter || first == "_" else { return false }
            return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        }
    }
}
