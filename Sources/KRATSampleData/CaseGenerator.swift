import Foundation
import KRATCore

/// Generates realistic sample cases, deterministically, in order of identification date.
///
/// Proportions follow what the seeds describe: mostly women and girls, many children,
/// sexual and labour exploitation first, begging among children in street situations
/// (more in the tourist season), most cases identified by the police and the State Social
/// Service. The sequence is lazy: a million cases stream without being held in memory.
public struct CaseGenerator: Sequence, Sendable {
    /// The counties the cases belong to.
    public let counties: [County]
    /// The years the cases span.
    public let years: ClosedRange<Int>
    /// How many cases.
    public let count: Int
    /// The seed: the same seed gives the same cases.
    public let seed: UInt64
    /// No date is after this day.
    public let asOf: Day
    /// Whether cases carry (invented) personal data.
    public let withPersonalData: Bool

    private let months: [Int]
    private let cumulative: [Double]

    /// Creates a generator of `count` cases over `years` for `counties`.
    public init(counties: [County], years: ClosedRange<Int>, count: Int, seed: UInt64 = 1,
                asOf: Day, withPersonalData: Bool = true) {
        self.counties = counties
        self.years = years
        self.count = count
        self.seed = seed
        self.asOf = asOf
        self.withPersonalData = withPersonalData
        var months: [Int] = []
        var cumulative: [Double] = []
        var sum = 0.0
        for year in years {
            for month in 1...12 {
                let index = year * 12 + month - 1
                guard Day.firstOfMonth(index: index) <= asOf else { break }
                let season: Double = switch month {
                case 6, 7, 8: 1.4
                case 10: 1.3
                case 12, 1, 2: 0.8
                default: 1.0
                }
                let trend = 1.0 + 0.2 * sin(Double(year) / 2.5)  // slow waves over the years, no jumps
                sum += season * trend
                months.append(index)
                cumulative.append(sum)
            }
        }
        self.months = months
        self.cumulative = cumulative
    }

    /// The case at a position of the sequence (the same whatever was generated before).
    public func generate(at position: Int) -> CaseRecord {
        var random = SeededGenerator(seed: seed &* 0x2545_F491_4F6C_DD1D &+ UInt64(position))
        _ = random.next()
        let month = monthIndex(at: position)
        let first = Day.firstOfMonth(index: month)
        let lastDay = Swift.min(first.endOfMonth, asOf)
        let day = first.adding(days: Int.random(in: 0...first.distance(to: lastDay), using: &random))
        let county = counties.count == 1 ? counties[0] : Self.countyWeights(counties).pick(&random)
        return CaseFactory(county: county, day: day, position: position, asOf: asOf,
                           withPersonalData: withPersonalData).make(&random)
    }

    private func monthIndex(at position: Int) -> Int {
        guard let total = cumulative.last, !months.isEmpty else { return asOf.monthIndex }
        let target = (Double(position) + 0.5) / Double(Swift.max(count, 1)) * total
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] <= target { low = mid + 1 } else { high = mid }
        }
        return months[low]
    }

    static func countyWeights(_ counties: [County]) -> Weighted<County> {
        let weights: [County: Double] = [.tirane: 25, .durres: 10, .elbasan: 9, .fier: 9, .shkoder: 8, .vlore: 8,
                                         .korce: 7, .berat: 5, .lezhe: 4, .diber: 4, .kukes: 4, .gjirokaster: 3]
        return Weighted(counties.map { ($0, weights[$0] ?? 5) })
    }

    // MARK: - Sequence

    /// Iterates the cases in order.
    public struct Iterator: IteratorProtocol {
        let generator: CaseGenerator
        var position = 0

        public mutating func next() -> CaseRecord? {
            guard position < generator.count else { return nil }
            defer { position += 1 }
            return generator.generate(at: position)
        }
    }

    public func makeIterator() -> Iterator { Iterator(generator: self) }
    public var underestimatedCount: Int { count }
}
