import KRATCore

/// How a suppressed count is written: `<10` when the threshold is known, `*` otherwise.
public struct SuppressionMarker: Sendable, Hashable {
    /// The publication threshold, if the caller knows it.
    public var threshold: Int?

    /// Creates a marker for `threshold` (or `*` without one).
    public init(threshold: Int? = nil) { self.threshold = threshold }

    /// The text written in place of a suppressed count.
    public var text: String {
        if let threshold { "<\(threshold)" } else { "*" }
    }

    /// The note printed under a table that has suppressed cells.
    public func note(_ language: Language) -> String {
        switch (threshold, language) {
        case (let n?, .sq): "<\(n) = numër më i vogël se \(n), i fshehur për të mbrojtur personat"
        case (let n?, .en): "<\(n) = a count below \(n), hidden to protect the people counted"
        case (nil, .sq): "* = numër i fshehur për të mbrojtur personat (i vogël, ose do ta zbulonte një tjetër)"
        case (nil, .en): "* = a count hidden to protect the people counted (small, or it would reveal another)"
        }
    }
}
