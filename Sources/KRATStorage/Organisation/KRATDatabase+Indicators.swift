import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Indicators (case worker writes)

    /// Stores a new monitoring indicator of an objective. Returns it with its new id.
    @discardableResult
    public func insert(_ indicator: Indicator) throws(StorageError) -> Indicator {
        try insertRecord(IndicatorRecord.self, indicator, "indicator '\(indicator.name)'", issues: indicator.validate()) { db in
            try Self.requireRecord(ObjectiveRecord.self, db, id: indicator.objectiveID)
        }
    }

    /// Replaces a stored indicator; its measurements stay.
    @discardableResult
    public func update(_ indicator: Indicator) throws(StorageError) -> Indicator {
        try updateRecord(IndicatorRecord.self, indicator, unsaved: "indicator '\(indicator.name)'", issues: indicator.validate())
    }

    /// Deletes an indicator with its measurements.
    public func deleteIndicator(id: Int64) throws(StorageError) {
        try deleteRecord(IndicatorRecord.self, id: id)
    }

    /// The indicator with this id, or nil.
    public func indicator(id: Int64) throws(StorageError) -> Indicator? {
        try read("reading indicator \(id)") { db in try Self.value(IndicatorRecord.self, db, id: id) }
    }

    /// The indicators of an objective, in the order they were stored.
    public func indicators(objectiveID: Int64) throws(StorageError) -> [Indicator] {
        try read("listing the indicators of objective \(objectiveID)") { db in
            try Self.values(db, IndicatorRecord.filter { $0.objectiveID == objectiveID })
        }
    }

    // MARK: - Measurements (case worker writes)

    /// Stores a new measurement of an indicator. Returns it with its new id.
    @discardableResult
    public func insert(_ measurement: IndicatorMeasurement) throws(StorageError) -> IndicatorMeasurement {
        let what = "measurement of indicator \(measurement.indicatorID) for \(measurement.period)"
        return try insertRecord(IndicatorMeasurementRecord.self, measurement, what, issues: measurement.validate()) { db in
            try Self.requireRecord(IndicatorRecord.self, db, id: measurement.indicatorID)
        }
    }

    /// Replaces a stored measurement.
    @discardableResult
    public func update(_ measurement: IndicatorMeasurement) throws(StorageError) -> IndicatorMeasurement {
        try updateRecord(IndicatorMeasurementRecord.self, measurement, unsaved: "measurement for \(measurement.period)",
                         issues: measurement.validate())
    }

    /// Deletes a measurement.
    public func deleteIndicatorMeasurement(id: Int64) throws(StorageError) {
        try deleteRecord(IndicatorMeasurementRecord.self, id: id)
    }

    /// The measurement with this id, or nil.
    public func indicatorMeasurement(id: Int64) throws(StorageError) -> IndicatorMeasurement? {
        try read("reading measurement \(id)") { db in try Self.value(IndicatorMeasurementRecord.self, db, id: id) }
    }

    /// The measurements of an indicator by the end of their period; with `period`, only
    /// those whose period ends within it.
    public func measurements(indicatorID: Int64, endingIn period: Period? = nil) throws(StorageError) -> [IndicatorMeasurement] {
        try read("listing the measurements of indicator \(indicatorID)") { db in
            var measurements = IndicatorMeasurementRecord.filter { $0.indicatorID == indicatorID }
            if let period {
                let days = period.start.description...period.end.description
                measurements = measurements.filter { days.contains($0.periodEnd) }
            }
            return try Self.values(db, measurements)
        }
    }
}
