import KRATCore

/// A line a user can copy, with what it does: `.help NAME` lists a command's examples.
public struct CommandExample: Sendable, Hashable {
    /// The line as typed at the prompt.
    public var line: String
    /// What it does, in both languages; nil when the line says it all.
    public var explanation: Label?

    /// An example line, with what it does.
    public init(_ line: String, _ explanation: Label? = nil) {
        self.line = line
        self.explanation = explanation
    }
}
