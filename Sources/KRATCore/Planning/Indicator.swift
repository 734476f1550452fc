import Foundation

/// A monitoring indicator of an objective: where it started, where it should be, by when.
///
/// Progress arithmetic lives in `Indicator+Progress.swift`.
public struct Indicator: Sendable, Hashable, Codable, Validatable {
    /// The stored id; nil until the indicator is stored.
    public var id: Int64?
    /// The objective it measures.
    public var objectiveID: Int64
    /// What is measured ("Punonjës publikë të trajnuar").
    public var name: String
    /// The unit ("persona", "%", "aktivitete").
    public var unit: String
    /// The value at the start of the plan.
    public var baseline: Double
    /// The value to reach by ``targetDate``.
    public var target: Double
    /// The day by which the target should be reached.
    public var targetDate: Day
    /// Whether higher or lower values are better.
    public var direction: IndicatorDirection
    /// Whether measurements add up or the latest one counts.
    public var accumulation: IndicatorAccumulation

    /// Creates an indicator.
    public init(id: Int64? = nil, objectiveID: Int64, name: String, unit: String, baseline: Double,
                target: Double, targetDate: Day, direction: IndicatorDirection = .higherIsBetter,
                accumulation: IndicatorAccumulation = .cumulative) {
        self.id = id
        self.objectiveID = objectiveID
        self.name = name
        self.unit = unit
        self.baseline = baseline
        self.target = target
        self.targetDate = targetDate
        self.direction = direction
        self.accumulation = accumulation
    }

    // MARK: - Validation

    /// Every problem: blank name or unit, non-finite numbers, or a target that does not
    /// improve on the baseline in the indicator's direction.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        check.requireText(name, "name")
        check.requireText(unit, "unit")
        check.require(baseline.isFinite, "baseline", "must be a finite number, not \(baseline)")
        check.require(target.isFinite, "target", "must be a finite number, not \(target)")
        if baseline.isFinite && target.isFinite {
            switch direction {
            case .higherIsBetter:
                check.require(target > baseline, "target",
                              "\(target) is not above the baseline \(baseline), but higher is better")
            case .lowerIsBetter:
                check.require(target < baseline, "target",
                              "\(target) is not below the baseline \(baseline), but lower is better")
            }
        }
        return check.issues
    }
}
