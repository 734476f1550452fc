/// Picks values with given relative weights, reproducibly.
struct Weighted<Value: Sendable>: Sendable {
    private let values: [Value]
    private let cumulative: [Double]

    init(_ pairs: [(Value, Double)]) {
        values = pairs.map(\.0)
        var sum = 0.0
        cumulative = pairs.map { sum += $0.1; return sum }
    }

    func pick(_ random: inout SeededGenerator) -> Value {
        let target = Double.random(in: 0..<(cumulative.last ?? 1), using: &random)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] <= target { low = mid + 1 } else { high = mid }
        }
        return values[low]
    }
}
