import KRATCore
import KRATShell

extension Invocation {
    /// What a period must look like, for error messages.
    static let periodExamples = "a period such as 2023, 2023-Q4, 2023-10 or 2023-01-01..2023-10-31"

    /// The case dimension given as `key=CODE`, or `nil` if not given.
    public func dimension(_ key: String) throws(ShellError) -> CaseDimension? {
        guard let text = value(key) else { return nil }
        guard let dimension = CaseDimension(code: text) else {
            throw .invalidArgument(key: key, value: text, expected: "one of \(CaseDimension.codes.joined(separator: ", "))")
        }
        return dimension
    }

    /// The case dimensions given as `key=CODE[,CODE]`, or `nil` if not given.
    public func dimensions(_ key: String) throws(ShellError) -> [CaseDimension]? {
        guard let text = value(key) else { return nil }
        var found: [CaseDimension] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            guard let dimension = CaseDimension(code: part) else {
                throw .invalidArgument(key: key, value: text,
                                       expected: "one or two of \(CaseDimension.codes.joined(separator: ", ")), separated by a comma")
            }
            found.append(dimension)
        }
        return found
    }

    /// The period written as the positional word at `index` or as `period=`; `nil` when
    /// neither is given; an error when both are, or when the text is not a period.
    public func periodArgument(positionalAt index: Int, command: String, usage: String) throws(ShellError) -> Period? {
        let keyed = try period()
        guard positionals.count > index else { return keyed }
        guard positionals.count == index + 1 else {
            throw .usage(command: command, problem: "too many words after '\(positionals[index])'", usage: usage)
        }
        guard keyed == nil else {
            throw .usage(command: command, problem: "give the period once, either as a word or as period=", usage: usage)
        }
        let text = positionals[index]
        do { return try Period(parsing: text) } catch {
            throw .usage(command: command, problem: "'\(text)' is not \(Self.periodExamples)", usage: usage)
        }
    }

    /// The year written as the positional word at `index`, or `nil` if there is none.
    public func year(positionalAt index: Int, command: String, usage: String) throws(ShellError) -> Int? {
        guard positionals.count > index else { return nil }
        let text = positionals[index]
        guard let year = Int(text), (1900...2200).contains(year) else {
            throw .usage(command: command, problem: "'\(text)' is not a year such as 2023", usage: usage)
        }
        return year
    }

    /// Throws a usage error when more than `count` positional words were given.
    public func requirePositionals(atMost count: Int, command: String, usage: String) throws(ShellError) {
        guard positionals.count > count else { return }
        throw .usage(command: command, problem: "unexpected '\(positionals[count])'", usage: usage)
    }

    /// The day given as `key=YYYY-MM-DD`, or `nil` if not given.
    public func day(_ key: String) throws(ShellError) -> Day? {
        guard let text = value(key) else { return nil }
        guard let day = Day(iso: text) else {
            throw .invalidArgument(key: key, value: text, expected: "a day written YYYY-MM-DD")
        }
        return day
    }
}
