/// What tab completion offers for the word at the cursor.
public struct ShellCompletion: Sendable, Equatable {
    /// Replacements for the word at the cursor (the text after the last of
    /// ``Shell/wordBreakCharacters``), sorted as offered.
    public var candidates: [String]
    /// Whether the word is a file name, which the front end completes from the file system.
    public var completesFilePath: Bool

    /// Creates a completion.
    public init(candidates: [String] = [], completesFilePath: Bool = false) {
        self.candidates = candidates
        self.completesFilePath = completesFilePath
    }

    /// Whether a space should follow a single accepted candidate (not after `key=`).
    public var appendsSpace: Bool { !candidates.contains { $0.hasSuffix("=") } }
}
