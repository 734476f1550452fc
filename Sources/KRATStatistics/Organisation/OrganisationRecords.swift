import KRATCore

/// The committee's organisational records that the organisation statistics read:
/// plain KRATCore values, however they were loaded.
public struct OrganisationRecords: Sendable, Hashable {
    /// Institutions, stored (with ids).
    public var institutions: [Institution]
    /// Memberships of committees.
    public var memberships: [Membership]
    /// Meetings, with attendees and decisions.
    public var meetings: [Meeting]
    /// Planned activities of the action plans.
    public var activities: [PlannedActivity]
    /// Awareness activities of the calendar.
    public var awareness: [AwarenessActivity]
    /// Objectives of the action plans.
    public var objectives: [Objective]
    /// Monitoring indicators.
    public var indicators: [Indicator]
    /// Indicator measurements.
    public var measurements: [IndicatorMeasurement]

    /// Creates records; leave out what a question does not need.
    public init(institutions: [Institution] = [], memberships: [Membership] = [], meetings: [Meeting] = [],
                activities: [PlannedActivity] = [], awareness: [AwarenessActivity] = [],
                objectives: [Objective] = [], indicators: [Indicator] = [],
                measurements: [IndicatorMeasurement] = []) {
        self.institutions = institutions
        self.memberships = memberships
        self.meetings = meetings
        self.activities = activities
        self.awareness = awareness
        self.objectives = objectives
        self.indicators = indicators
        self.measurements = measurements
    }

    /// The cell naming an institution: its id as code, its name as label.
    func institutionCell(_ id: Int64) -> ResultTable.Cell {
        let name = institutions.first { $0.id == id }?.name
        return .coded(code: String(id), label: name.map { Label($0) }
                      ?? Label(sq: "Institucioni \(id)", en: "Institution \(id)"))
    }

    /// A share in percent rounded to one decimal place; nil when nothing was due.
    static func percent(_ part: Int, of whole: Int) -> Double? {
        guard whole > 0 else { return nil }
        return (Double(part) / Double(whole) * 1000).rounded() / 10
    }
}
