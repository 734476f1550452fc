import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Indicators (case worker writes)

    /// Stores a new monitoring indicator of an objective. Returns it with its new id.
    @discardableResult
    public func insert(_ indicator: Indicator) throws(StorageError) -> Indicator {
        let what = "indicator '\(indicator.name)'"
        try OrganisationRows.require(indicator.validate(), what)
        return try write("storing \(what)") { db in
            try OrganisationRows.requireRow(db, "objective", indicator.objectiveID, "objective \(indicator.objectiveID)")
            try db.execute(sql: """
                INSERT INTO indicator (objective_id, name, unit, baseline, target, target_date, direction, accumulation)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: Self.indicatorArguments(indicator))
            var stored = indicator
            stored.id = db.lastInsertedRowID
            return stored
        }
    }

    /// Replaces a stored indicator; its measurements stay.
    @discardableResult
    public func update(_ indicator: Indicator) throws(StorageError) -> Indicator {
        let id = try OrganisationRows.storedID(indicator.id, "indicator '\(indicator.name)'")
        try OrganisationRows.require(indicator.validate(), "indicator \(id)")
        return try write("updating indicator \(id)") { db in
            try db.execute(sql: """
                UPDATE indicator SET objective_id = ?, name = ?, unit = ?, baseline = ?, target = ?, target_date = ?,
                direction = ?, accumulation = ? WHERE id = ?
                """, arguments: Self.indicatorArguments(indicator) + [id])
            try OrganisationRows.requireChange(db, "indicator \(id)")
            return indicator
        }
    }

    /// Deletes an indicator with its measurements.
    public func deleteIndicator(id: Int64) throws(StorageError) {
        try deleteRow("indicator", id, "indicator \(id)")
    }

    /// The indicator with this id, or nil.
    public func indicator(id: Int64) throws(StorageError) -> Indicator? {
        try read("reading indicator \(id)") { db in try Self.indicators(db, where: "id = ?", [id]).first }
    }

    /// The indicators of an objective, in the order they were stored.
    public func indicators(objectiveID: Int64) throws(StorageError) -> [Indicator] {
        try read("listing the indicators of objective \(objectiveID)") { db in
            try Self.indicators(db, where: "objective_id = ?", [objectiveID])
        }
    }

    // MARK: - Measurements (case worker writes)

    /// Stores a new measurement of an indicator. Returns it with its new id.
    @discardableResult
    public func insert(_ measurement: IndicatorMeasurement) throws(StorageError) -> IndicatorMeasurement {
        let what = "measurement of indicator \(measurement.indicatorID) for \(measurement.period)"
        try OrganisationRows.require(measurement.validate(), what)
        return try write("storing \(what)") { db in
            try OrganisationRows.requireRow(db, "indicator", measurement.indicatorID, "indicator \(measurement.indicatorID)")
            try db.execute(sql: """
                INSERT INTO indicator_measurement (indicator_id, period, period_start, period_end, value, reported_by)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: Self.measurementArguments(measurement))
            var stored = measurement
            stored.id = db.lastInsertedRowID
            return stored
        }
    }

    /// Replaces a stored measurement.
    @discardableResult
    public func update(_ measurement: IndicatorMeasurement) throws(StorageError) -> IndicatorMeasurement {
        let id = try OrganisationRows.storedID(measurement.id, "measurement for \(measurement.period)")
        try OrganisationRows.require(measurement.validate(), "measurement \(id)")
        return try write("updating measurement \(id)") { db in
            try db.execute(sql: """
                UPDATE indicator_measurement SET indicator_id = ?, period = ?, period_start = ?, period_end = ?,
                value = ?, reported_by = ? WHERE id = ?
                """, arguments: Self.measurementArguments(measurement) + [id])
            try OrganisationRows.requireChange(db, "measurement \(id)")
            return measurement
        }
    }

    /// Deletes a measurement.
    public func deleteIndicatorMeasurement(id: Int64) throws(StorageError) {
        try deleteRow("indicator_measurement", id, "measurement \(id)")
    }

    /// The measurement with this id, or nil.
    public func indicatorMeasurement(id: Int64) throws(StorageError) -> IndicatorMeasurement? {
        try read("reading measurement \(id)") { db in try Self.measurements(db, where: "id = ?", [id]).first }
    }

    /// The measurements of an indicator by the end of their period; with `period`, only
    /// those whose period ends within it.
    public func measurements(indicatorID: Int64, endingIn period: Period? = nil) throws(StorageError) -> [IndicatorMeasurement] {
        try read("listing the measurements of indicator \(indicatorID)") { db in
            try Self.measurements(db, where: "indicator_id = ? AND (?2 IS NULL OR period_end BETWEEN ?2 AND ?3)",
                                  [indicatorID, period?.start.description, period?.end.description])
        }
    }

    // MARK: - Helpers

    static func indicatorArguments(_ indicator: Indicator) -> StatementArguments {
        [indicator.objectiveID, indicator.name, indicator.unit, indicator.baseline, indicator.target,
         indicator.targetDate.description, indicator.direction.code, indicator.accumulation.code]
    }

    static func indicators(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [Indicator] {
        try Row.fetchAll(db, sql: "SELECT * FROM indicator WHERE \(condition) ORDER BY id", arguments: arguments)
            .map { row throws(StorageError) in
                let what = "indicator \(row["id"] as Int64)"
                return Indicator(id: row["id"], objectiveID: row["objective_id"], name: row["name"], unit: row["unit"],
                                 baseline: row["baseline"], target: row["target"],
                                 targetDate: try OrganisationRows.day(row, "target_date", what),
                                 direction: try OrganisationRows.code(row, "direction", what),
                                 accumulation: try OrganisationRows.code(row, "accumulation", what))
            }
    }

    static func measurementArguments(_ measurement: IndicatorMeasurement) -> StatementArguments {
        [measurement.indicatorID, measurement.period.description, measurement.period.start.description,
         measurement.period.end.description, measurement.value, measurement.reportedBy]
    }

    static func measurements(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [IndicatorMeasurement] {
        try Row.fetchAll(db, sql: "SELECT * FROM indicator_measurement WHERE \(condition) ORDER BY period_end, period_start, id",
                         arguments: arguments)
            .map { row throws(StorageError) in
                let text: String = row["period"]
                guard let period = try? Period(parsing: text) else {
                    throw .corrupt(what: "measurement \(row["id"] as Int64): period '\(text)'")
                }
                return IndicatorMeasurement(id: row["id"], indicatorID: row["indicator_id"], period: period,
                                            value: row["value"], reportedBy: row["reported_by"])
            }
    }
}
