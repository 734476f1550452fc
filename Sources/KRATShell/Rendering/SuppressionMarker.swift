import KRATCore

/// How a suppressed count is written in the shell: ``SuppressionSymbol/text`` (`[c]`),
/// with a note that names the threshold when it is known.
public struct SuppressionMarker: Sendable, Hashable {
    /// The publication threshold, if the caller knows it (named in the note only).
    public var threshold: Int?

    /// Creates a marker for `threshold`.
    public init(threshold: Int? = nil) { self.threshold = threshold }

    /// The text written in place of a suppressed count: `[c]`, whatever the threshold.
    public var text: String { SuppressionSymbol.text }

    /// The note printed under a table that has suppressed cells.
    public func note(_ language: Language) -> String {
        SuppressionSymbol.note(threshold: threshold).text(language)
    }
}
