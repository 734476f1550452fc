/// The age bands used to publish ages: default 0–5, 6–11, 12–17, 18+; configurable per county.
public struct AgeBands: Sendable, Hashable, Codable {
    /// The age from which a person is an adult.
    public static let adultAge = 18

    /// The first age of each band, ascending, starting at 0.
    public let lowerBounds: [Int]

    /// The bands 0–5, 6–11, 12–17 and 18+.
    public static let standard = AgeBands(validated: [0, 6, 12, 18])

    /// Creates bands from their first ages; they must start at 0, ascend, and include 18
    /// so that every band is all children or all adults.
    public init(lowerBounds: [Int]) throws(ValidationError) {
        var check = IssueCollector()
        check.require(lowerBounds.first == 0, "age_bands", "must start at 0")
        check.require(zip(lowerBounds, lowerBounds.dropFirst()).allSatisfy { $0 < $1 }, "age_bands", "must ascend")
        check.require(lowerBounds.contains(AgeBands.adultAge), "age_bands", "must have a band starting at 18")
        check.require(lowerBounds.count <= 20, "age_bands", "at most 20 bands")
        if !check.issues.isEmpty { throw ValidationError(issues: check.issues) }
        self.lowerBounds = lowerBounds
    }

    private init(validated: [Int]) { self.lowerBounds = validated }

    /// Every band, youngest first.
    public var bands: [AgeBand] {
        lowerBounds.indices.map { index in
            let upper = index + 1 < lowerBounds.count ? lowerBounds[index + 1] - 1 : nil
            return AgeBand(lower: lowerBounds[index], upper: upper)
        }
    }

    /// The band an age falls in.
    public func band(forAge age: Int) -> AgeBand {
        let index = (lowerBounds.lastIndex { $0 <= age }) ?? 0
        return bands[index]
    }

    /// The band with a code (`0-5`, `18+`).
    public func band(code: String) -> AgeBand? { bands.first { $0.code == code } }
}

/// One age band.
public struct AgeBand: Sendable, Hashable, Codable, Comparable {
    /// The first age in the band.
    public let lower: Int
    /// The last age in the band; nil for the open top band.
    public let upper: Int?

    /// `0-5`, `12-17`, `18+`.
    public var code: String { upper.map { "\(lower)-\($0)" } ?? "\(lower)+" }
    /// "0–5 vjeç" / "0–5 years".
    public var label: Label {
        let span = upper.map { "\(lower)–\($0)" } ?? "\(lower)+"
        return Label(sq: "\(span) vjeç", en: "\(span) years")
    }
    /// Whether everyone in the band is a child.
    public var isChildren: Bool { lower < AgeBands.adultAge }

    public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool { lhs.lower < rhs.lower }
}
