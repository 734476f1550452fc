import Foundation

extension Indicator {
    // MARK: - Value reached

    /// The measurements that count for this indicator as of `day`: those whose period has
    /// ended by `day` and, when the indicator is stored, that belong to it.
    public func measurements(_ measurements: [IndicatorMeasurement], asOf day: Day) -> [IndicatorMeasurement] {
        measurements.filter { measurement in
            measurement.period.end <= day && (id.map { measurement.indicatorID == $0 } ?? true)
        }
    }

    /// The indicator's value as of `day`.
    ///
    /// Cumulative: the baseline plus every measurement whose period has ended by `day`.
    /// Level: the measurement whose period ends last (the latest-starting one on a tie,
    /// then the last given); the baseline when there is none yet.
    public func value(asOf day: Day, measurements all: [IndicatorMeasurement]) -> Double {
        let counted = measurements(all, asOf: day)
        switch accumulation {
        case .cumulative:
            return counted.reduce(baseline) { $0 + $1.value }
        case .level:
            let latest = counted.enumerated().max { a, b in
                (a.element.period.end, a.element.period.start, a.offset)
                    < (b.element.period.end, b.element.period.start, b.offset)
            }
            return latest?.element.value ?? baseline
        }
    }

    // MARK: - Value expected

    /// The value expected on `day` when progress runs in a straight line from the baseline
    /// on `start` to the target on ``targetDate``: the baseline up to `start`, the target
    /// from ``targetDate`` on.
    public func expectedValue(asOf day: Day, startingOn start: Day) -> Double {
        if day >= targetDate { return target }
        if day <= start { return baseline }
        let elapsed = Double(start.distance(to: day))
        let total = Double(start.distance(to: targetDate))
        return baseline + (target - baseline) * elapsed / total
    }

    /// Whether the value reached on `day` is at least as good as the expected one,
    /// honouring the indicator's direction.
    public func isOnTrack(asOf day: Day, startingOn start: Day, measurements: [IndicatorMeasurement]) -> Bool {
        let reached = value(asOf: day, measurements: measurements)
        let expected = expectedValue(asOf: day, startingOn: start)
        switch direction {
        case .higherIsBetter: return reached >= expected
        case .lowerIsBetter: return reached <= expected
        }
    }

    /// Whether the target has been reached by `day`, honouring the indicator's direction.
    public func isAchieved(asOf day: Day, measurements: [IndicatorMeasurement]) -> Bool {
        let reached = value(asOf: day, measurements: measurements)
        switch direction {
        case .higherIsBetter: return reached >= target
        case .lowerIsBetter: return reached <= target
        }
    }

    /// The share of the way from baseline to target covered by `day`: 0 at the baseline,
    /// 1 at the target, below 0 when things got worse; nil when target equals baseline.
    public func progress(asOf day: Day, measurements: [IndicatorMeasurement]) -> Double? {
        guard target != baseline else { return nil }
        return (value(asOf: day, measurements: measurements) - baseline) / (target - baseline)
    }
}
