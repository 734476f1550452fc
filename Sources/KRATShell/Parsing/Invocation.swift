import KRATCore

/// A parsed command line: the command word, its positional words and its `key=value` arguments.
public struct Invocation: Sendable, Hashable {
    /// The line as typed.
    public let line: String
    /// The command word as typed (may be a prefix of the command's name).
    public let commandWord: String
    /// The words after the command word that are not `key=value`, in order.
    public let positionals: [String]
    /// The `key=value` arguments, in the order given.
    public let options: OrderedArguments
    /// Every word after the command word, as written (without quotes).
    public let words: [String]

    /// Parses `line`; throws on unterminated quotes and on a key given twice.
    public init(parsing line: String) throws(ShellError) {
        let tokens = try Tokenizer.tokenize(line)
        self.line = line
        self.commandWord = tokens.first?.text ?? ""
        var positionals: [String] = []
        var options = OrderedArguments()
        for token in tokens.dropFirst() {
            if let key = token.key, let value = token.value {
                try options.add(key: key, value: value)
            } else {
                positionals.append(token.text)
            }
        }
        self.positionals = positionals
        self.options = options
        self.words = tokens.dropFirst().map(\.text)
    }

    // MARK: - Reading arguments

    /// The first positional word (a subcommand such as `show`), if any.
    public var subcommand: String? { positionals.first }

    /// The value of `key=`, if given.
    public func value(_ key: String) -> String? { options[key] }

    /// The whole number given as `key=N`, or `nil` if not given.
    public func integer(_ key: String, in range: ClosedRange<Int> = 0...Int.max) throws(ShellError) -> Int? {
        guard let text = options[key] else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw .invalidArgument(key: key, value: text,
                                   expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// The period given as `key=…` (default `period`), or `nil` if not given.
    public func period(_ key: String = "period") throws(ShellError) -> Period? {
        guard let text = options[key] else { return nil }
        do { return try Period(parsing: text) } catch {
            throw .invalidArgument(key: key, value: text,
                                   expected: "a period such as 2023, 2023-Q4, 2023-10 or 2023-01-01..2023-10-31")
        }
    }

    /// Throws if any key is not in `known`, naming the command and the keys it knows.
    public func requireKnownKeys(_ known: [String], command: String) throws(ShellError) {
        for key in options.keys where !known.contains(key) {
            throw .unknownArgument(command: command, key: key, known: known)
        }
    }
}

/// `key=value` arguments in the order they were given, each key at most once.
public struct OrderedArguments: Sendable, Hashable, Sequence {
    /// The pairs, in order.
    public private(set) var pairs: [(key: String, value: String)] = []

    /// Creates an empty list.
    public init() {}

    /// Adds a pair; throws if the key is already there.
    public mutating func add(key: String, value: String) throws(ShellError) {
        guard self[key] == nil else { throw .duplicateArgument(key: key) }
        pairs.append((key, value))
    }

    /// The value for `key`.
    public subscript(key: String) -> String? { pairs.first { $0.key == key }?.value }

    /// The keys, in order.
    public var keys: [String] { pairs.map(\.key) }

    /// The number of pairs.
    public var count: Int { pairs.count }

    /// Whether there are no pairs.
    public var isEmpty: Bool { pairs.isEmpty }

    /// Iterates over the pairs in order.
    public func makeIterator() -> IndexingIterator<[(key: String, value: String)]> { pairs.makeIterator() }

    /// Two lists are equal when they hold the same pairs in the same order.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0.key == $1.key && $0.value == $1.value }
    }

    /// Hashes the pairs in order.
    public func hash(into hasher: inout Hasher) {
        for pair in pairs { hasher.combine(pair.key); hasher.combine(pair.value) }
    }
}
