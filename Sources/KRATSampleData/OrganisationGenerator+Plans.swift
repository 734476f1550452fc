import KRATCore
import KRATStorage

extension OrganisationGenerator {
    // MARK: - Strategy and action plans

    /// Adds a national strategy over the generated years and, for every year begun by
    /// ``asOf``, a regional action plan approved at that year's annual analysis, with
    /// objectives under all four pillars, their activities, indicators and measurements.
    func addPlans(_ database: KRATDatabase, roster: Roster, approvals: [Int: Day],
                  summary: inout OrganisationSummary) throws(StorageError) {
        let strategy = try database.insert(Strategy(
            title: Label(sq: "Strategjia Kombëtare e Luftës kundër Trafikimit \(years.lowerBound)–\(years.upperBound)",
                         en: "National Anti-Trafficking Strategy \(years.lowerBound)–\(years.upperBound)"),
            firstYear: years.lowerBound, lastYear: years.upperBound))
        summary.strategies += 1
        var random = SeededGenerator.stream(3, of: seed)
        for year in startedYears {
            let plan = try database.insert(ActionPlan(
                county: county, year: year, strategyID: strategy.id, approvedOn: approvals[year],
                title: "Plani Rajonal i Veprimit \(year), Qarku \(county.name)"))
            summary.actionPlans += 1
            for template in SampleTexts.objectives {
                let responsible = template.responsible(roster)
                let objective = try database.insert(Objective(planID: plan.id ?? 0, pillar: template.pillar,
                                                              title: template.title, responsibleInstitutionIDs: responsible))
                summary.objectives += 1
                let objectiveID = objective.id ?? 0
                for title in template.activities {
                    let owner = random.pick(responsible) ?? roster.prefecture
                    try database.insert(activity(title, objectiveID: objectiveID, owner: owner, year: year, using: &random))
                    summary.plannedActivities += 1
                }
                let indicator = try database.insert(template.indicator.indicator(objectiveID: objectiveID, year: year,
                                                                                 using: &random))
                summary.indicators += 1
                summary.measurements += try addMeasurements(database, indicator: indicator,
                                                            reportedBy: responsible.first, using: &random)
            }
        }
    }

    /// A planned activity due at the end of a quarter: done on time, done late, overdue,
    /// cancelled, or still under way; never completed after ``asOf``.
    func activity(_ title: String, objectiveID: Int64, owner: Int64, year: Int,
                  using random: inout SeededGenerator) -> PlannedActivity {
        let deadline = Period.quarter(random.int(in: 1...4), of: year).end
        let outcome = random.int(in: 1...100)
        var status = ActivityStatus.planned
        var completedOn: Day?
        switch outcome {
        case 1...55:
            status = .done
            completedOn = deadline.adding(days: -random.int(in: 0...60))
        case 56...75:
            status = .done
            completedOn = deadline.adding(days: random.int(in: 1...75))
        case 76...80:
            status = .cancelled
        case 81...90:
            status = .inProgress
        default:
            break
        }
        if let completed = completedOn, completed > asOf {
            status = .inProgress
            completedOn = nil
        }
        return PlannedActivity(objectiveID: objectiveID, title: title, responsibleInstitutionID: owner,
                               deadline: deadline, status: status, completedOn: completedOn)
    }

    /// Quarterly measurements for every quarter of the indicator's year ended by ``asOf``.
    func addMeasurements(_ database: KRATDatabase, indicator: Indicator, reportedBy: Int64?,
                         using random: inout SeededGenerator) throws(StorageError) -> Int {
        let year = indicator.targetDate.year
        let step = (indicator.target - indicator.baseline) / 4
        var level = indicator.baseline
        var count = 0
        for quarter in 1...4 {
            let period = Period.quarter(quarter, of: year)
            guard period.end <= asOf else { break }
            let factor = Double(random.int(in: 40...140)) / 100
            let value: Double
            switch indicator.accumulation {
            case .cumulative:
                value = max(0, (step * factor).rounded())
            case .level:
                level += step * factor
                value = max(0, level.rounded())
            }
            try database.insert(IndicatorMeasurement(indicatorID: indicator.id ?? 0, period: period,
                                                     value: value, reportedBy: reportedBy))
            count += 1
        }
        return count
    }
}
