/// A small, fast, seeded random number generator (SplitMix64), so that sample data is the
/// same on every run and every machine for the same seed.
///
/// Not for cryptography. Use it with the standard library's `random(in:using:)`, or with
/// the helpers below.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    /// The generator's state; advanced by every draw.
    private var state: UInt64

    /// Creates a generator whose whole sequence is fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits (SplitMix64, Steele, Lea and Flood 2014).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    // MARK: - Helpers

    /// A generator for one part of the data, independent of how much other parts draw:
    /// the same seed and `stream` always give the same sequence.
    public static func stream(_ stream: UInt64, of seed: UInt64) -> SeededGenerator {
        var mixer = SeededGenerator(seed: seed ^ (stream &* 0xD6E8_FEB8_6659_FD93))
        return SeededGenerator(seed: mixer.next())
    }

    /// True with probability `probability` (0 to 1).
    public mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    /// A whole number in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// An element of a collection; nil when it is empty.
    public mutating func pick<C: RandomAccessCollection>(_ elements: C) -> C.Element? {
        elements.randomElement(using: &self)
    }

    /// Up to `count` distinct elements, in their original order.
    public mutating func sample<T>(_ elements: [T], count: Int) -> [T] {
        let chosen = Set(elements.indices.shuffled(using: &self).prefix(max(0, count)))
        return elements.indices.filter { chosen.contains($0) }.map { elements[$0] }
    }

    /// `count` random bytes.
    public mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
    }
}
