import KRATCore

/// Numbers of cases, grouped by some dimensions.
///
/// Each key holds one code per dimension, in ``dimensions`` order; `""` means unknown
/// (no municipality recorded, no age, no exploitation type). Booleans are `true`/`false`.
public struct CaseCounts: Sendable, Hashable {
    /// The dimensions of each key.
    public let dimensions: [CaseDimension]
    /// The number of cases per combination of codes. Combinations with no case are absent.
    public private(set) var counts: [[String]: Int]
    /// The number of distinct cases counted. With a multi-valued dimension (exploitation)
    /// the counts add up to more than this, because a case counts under each of its values.
    public private(set) var total: Int

    /// Creates counts.
    public init(dimensions: [CaseDimension], counts: [[String]: Int] = [:], total: Int = 0) {
        self.dimensions = dimensions
        self.counts = counts
        self.total = total
    }

    /// The count for one combination of codes (0 when absent).
    public subscript(key: [String]) -> Int { counts[key] ?? 0 }

    /// The count for a single-dimension key.
    public subscript(code: String) -> Int { counts[[code]] ?? 0 }

    /// Adds other counts over the same dimensions.
    public mutating func add(_ other: CaseCounts) {
        precondition(other.dimensions == dimensions, "adding counts over different dimensions")
        for (key, value) in other.counts { counts[key, default: 0] += value }
        total += other.total
    }

    mutating func add(key: [String], count: Int) { counts[key, default: 0] += count }
    mutating func addTotal(_ count: Int) { total += count }
}
