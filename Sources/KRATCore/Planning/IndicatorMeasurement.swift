import Foundation

/// A value reported for an indicator over a period (*tregues monitorimi*).
///
/// Not called `Measurement`, which would clash with Foundation's `Measurement` in every
/// file that imports both modules.
public struct IndicatorMeasurement: Sendable, Hashable, Codable, Validatable {
    /// The stored id; nil until the measurement is stored.
    public var id: Int64?
    /// The indicator measured.
    public var indicatorID: Int64
    /// The period the value is for (January–April 2018, say).
    public var period: Period
    /// The value: what happened in the period for a cumulative indicator, the level at
    /// its end for a level indicator.
    public var value: Double
    /// The institution that reported it, if recorded.
    public var reportedBy: Int64?

    /// Creates a measurement.
    public init(id: Int64? = nil, indicatorID: Int64, period: Period, value: Double, reportedBy: Int64? = nil) {
        self.id = id
        self.indicatorID = indicatorID
        self.period = period
        self.value = value
        self.reportedBy = reportedBy
    }

    /// Every problem: a value that is not a finite number.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        check.require(value.isFinite, "value", "must be a finite number, not \(value)")
        return check.issues
    }
}
