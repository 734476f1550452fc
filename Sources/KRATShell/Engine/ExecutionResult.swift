/// What running one entry produced: text for standard output, and the error if one happened.
public struct ExecutionResult: Sendable, Equatable {
    /// Text for standard output (empty when the output went to a file or there was none).
    public var output: String
    /// The error that stopped the entry, if any.
    public var error: ShellError?
    /// Whether `.quit` or `.exit` asked the program to end.
    public var shouldQuit: Bool

    /// Creates a result.
    public init(output: String = "", error: ShellError? = nil, shouldQuit: Bool = false) {
        self.output = output
        self.error = error
        self.shouldQuit = shouldQuit
    }

    /// Whether an error happened.
    public var failed: Bool { error != nil }

    /// The line to print on standard error: `Error: what, where, what to do`.
    public var errorLine: String? { error.map { "Error: \($0.description)" } }

    /// Appends the output of a later entry, keeping its error and request to quit.
    public mutating func append(_ other: ExecutionResult) {
        output += other.output
        if other.error != nil { error = other.error }
        shouldQuit = shouldQuit || other.shouldQuit
    }
}
