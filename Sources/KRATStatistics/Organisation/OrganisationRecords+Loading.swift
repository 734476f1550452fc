import KRATCore
import KRATStorage

extension OrganisationRecords {
    // MARK: - Loading from a database

    /// The records a year's organisation questions read, from a county or national database:
    /// every institution; the memberships of the database's committees; the meetings,
    /// the action plans' objectives, planned activities and indicators (with all their
    /// measurements) and the awareness activities of `year` and of the year before, so
    /// that ``InstitutionPerformance`` can compare the two.
    ///
    /// Organisational records hold no case data, so every role may load them.
    public static func load(from database: KRATDatabase, year: Int) throws(StorageError) -> OrganisationRecords {
        let span: Period
        do {
            span = try Period(from: Period.year(year - 1).start, through: Period.year(year).end)
        } catch {
            span = .year(year)
        }
        var records = OrganisationRecords()
        records.institutions = try database.institutions()
        for committee in try database.committees() {
            guard let id = committee.id else { continue }
            records.memberships += try database.memberships(committeeID: id)
        }
        records.meetings = try database.meetings(in: span)
        records.awareness = try database.awarenessActivities(in: span)
        for planYear in [year - 1, year] {
            guard let plan = try database.actionPlan(year: planYear) else { continue }
            for detail in plan.objectives {
                records.objectives.append(detail.objective)
                records.activities += detail.activities
                records.indicators += detail.indicators
                for indicator in detail.indicators {
                    guard let id = indicator.id else { continue }
                    records.measurements += try database.measurements(indicatorID: id)
                }
            }
        }
        return records
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
