import KRATCore

/// Everything that can go wrong while the shell reads and runs a command.
///
/// Each case renders as one line that says what went wrong, where, and what to do,
/// so the shell can print it after `Error: ` and go on.
public enum ShellError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A quote opened at `column` (1-based) is never closed.
    case unterminatedQuote(quote: Character, column: Int)
    /// The line ends with a backslash that escapes nothing.
    case danglingEscape(column: Int)
    /// No command has this name or prefix.
    case unknownCommand(String)
    /// The prefix matches more than one command.
    case ambiguousCommand(String, candidates: [String])
    /// A command with this name is already registered.
    case duplicateCommand(String)
    /// A command name that cannot be typed as one word.
    case invalidCommandName(String)
    /// The command was called the wrong way; `usage` shows the right way.
    case usage(command: String, problem: String, usage: String)
    /// An argument has a value the command cannot use.
    case invalidArgument(key: String, value: String, expected: String)
    /// The same `key=` was given twice.
    case duplicateArgument(key: String)
    /// A key the command does not know.
    case unknownArgument(command: String, key: String, known: [String])
    /// The command needs an open database and there is none.
    case noSession(command: String)
    /// A file could not be read or written.
    case file(path: String, reason: String)
    /// A line of a script failed; `source` is `FILE:LINE`.
    indirect case inScript(source: String, error: ShellError)
    /// A script ended inside an SQL statement.
    case unterminatedStatement(source: String)
    /// `.read` nested deeper than the shell allows (a file reading itself).
    case scriptTooDeep(path: String, limit: Int)
    /// The database refused an SQL statement.
    case sql(message: String)
    /// A feature this build of the program does not contain.
    case notAvailable(feature: String, remedy: String)
    /// A domain command failed for a reason it explains itself.
    case failed(command: String, reason: String)

    /// The one-line message: what, where, what to do.
    public var description: String {
        switch self {
        case .unterminatedQuote(let quote, let column):
            "unterminated \(quote) quote opened at column \(column); close it with \(quote)"
        case .danglingEscape(let column):
            "backslash at column \(column) ends the line; remove it or escape a character with it"
        case .unknownCommand(let name):
            "unknown command '\(name)'; type .help for the list of commands"
        case .ambiguousCommand(let prefix, let candidates):
            "'\(prefix)' could be \(candidates.joined(separator: ", ")); type more letters"
        case .duplicateCommand(let name):
            "a command named '\(name)' is already registered; choose another name or use replace(_:)"
        case .invalidCommandName(let name):
            "'\(name)' cannot be a command name; use lowercase letters, digits, '-' and '_'"
        case .usage(let command, let problem, let usage):
            "\(command): \(problem); usage: \(usage)"
        case .invalidArgument(let key, let value, let expected):
            "\(key)=\(value) is not valid; expected \(expected)"
        case .duplicateArgument(let key):
            "\(key)= is given twice; give it once (separate several values with commas)"
        case .unknownArgument(let command, let key, let known):
            "\(command) has no argument '\(key)'; known: \(known.isEmpty ? "none" : known.joined(separator: ", "))"
        case .noSession(let command):
            "\(command) needs an open database; start krat with a FILE or --demo"
        case .file(let path, let reason):
            "\(path): \(reason)"
        case .inScript(let source, let error):
            "\(source): \(error.description)"
        case .unterminatedStatement(let source):
            "\(source): the SQL statement is not finished; end it with ';'"
        case .scriptTooDeep(let path, let limit):
            "\(path): .read nested more than \(limit) deep; does the file read itself?"
        case .sql(let message):
            "SQL: \(message)"
        case .notAvailable(let feature, let remedy):
            "\(feature) is not available in this build; \(remedy)"
        case .failed(let command, let reason):
            "\(command): \(reason)"
        }
    }
}
