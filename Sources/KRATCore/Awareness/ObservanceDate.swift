import Foundation

/// A national observance in one year, with the days it covers.
public struct ObservanceDate: Sendable, Hashable, Codable {
    /// Which observance.
    public var observance: NationalObservance
    /// The days it covers that year (one day, or October).
    public var period: Period

    /// Creates an observance date.
    public init(observance: NationalObservance, period: Period) {
        self.observance = observance
        self.period = period
    }
}
