import KRATCore
import KRATStorage

extension OrganisationRecords {
    /// Loads the records the organisation statistics need for `years` from a county
    /// database, through the organisational stores (no SQL here).
    ///
    /// - Institutions: all of them. Memberships: of every committee of the county.
    /// - Objectives, planned activities and indicators: of the action plans of `years`,
    ///   with every measurement of those indicators.
    /// - Meetings: from the start of the year before the first year to the end of the
    ///   last, so decisions taken in December and due in January are counted.
    /// - Awareness activities: dated in `years`.
    ///
    /// ```swift
    /// let records = try OrganisationRecords.load(from: database, years: 2022...2023)
    /// ```
    public static func load(from database: KRATDatabase, years: ClosedRange<Int>,
                            county: County? = nil) throws(StorageError) -> OrganisationRecords {
        let span = try period(years)
        let meetingSpan = try period((years.lowerBound - 1)...years.upperBound)
        var records = OrganisationRecords()
        records.institutions = try database.institutions()
        for committee in try database.committees(of: county) {
            guard let id = committee.id else { continue }
            records.memberships += try database.memberships(committeeID: id)
        }
        for year in years {
            guard let plan = try database.actionPlan(year: year, county: county) else { continue }
            records.objectives += plan.objectives.map(\.objective)
            records.activities += plan.activities
            records.indicators += plan.indicators
        }
        for indicator in records.indicators {
            guard let id = indicator.id else { continue }
            records.measurements += try database.measurements(indicatorID: id)
        }
        records.meetings = try database.meetings(in: meetingSpan)
        records.awareness = try database.awarenessActivities(in: span)
        return records
    }

    /// From the first day of the first year to the last day of the last.
    static func period(_ years: ClosedRange<Int>) throws(StorageError) -> Period {
        do {
            return try Period(from: Period.year(years.lowerBound).start, through: Period.year(years.upperBound).end)
        } catch {
            throw .invalid(what: "years \(years.lowerBound)–\(years.upperBound)", issues: error.issues)
        }
    }

    /// The records a year's organisation questions read, from a county or national database:
    /// every institution; the memberships of the database's committees; the meetings,
    /// the action plans' objectives, planned activities and indicators (with all their
    /// measurements) and the awareness activities of `year` and of the year before, so
    /// that ``InstitutionPerformance`` can compare the two.
    ///
    /// Organisational records hold no case data, so every role may load them.
    public static func load(from database: KRATDatabase, year: Int) throws(StorageError) -> OrganisationRecords {
        try load(from: database, years: (year - 1)...year)
    }

    /// The part of these records that belongs to one action plan: its objectives, their
    /// planned activities and indicators, and those indicators' measurements, with every
    /// institution (for names). What ``IndicatorProgress/table(_:asOf:start:)`` reads for
    /// one plan.
    public func restricted(toObjectives objectiveIDs: Set<Int64>) -> OrganisationRecords {
        let objectives = objectives.filter { $0.id.map(objectiveIDs.contains) ?? false }
        let indicators = indicators.filter { objectiveIDs.contains($0.objectiveID) }
        let indicatorIDs = Set(indicators.compactMap(\.id))
        return OrganisationRecords(
            institutions: institutions,
            activities: activities.filter { objectiveIDs.contains($0.objectiveID) },
            objectives: objectives, indicators: indicators,
            measurements: measurements.filter { indicatorIDs.contains($0.indicatorID) })
    }
}
