import KRATCore
import KRATExport

/// A transfer file's records with every id replaced by what it stands for (an institution
/// by its name, a committee by its kind, a strategy by its title, a plan's own rows by their
/// position) and the county fixed, so files from two databases compare equal when their
/// records do.
struct Canonical {
    var calendar: [AwarenessActivity] = []
    var meetings: [Meeting] = []
    var plans: [ActionPlanBundle] = []

    init(_ file: CalendarTransferFile) {
        let key = Keys(file.institutions, [], [])
        calendar = file.records.map {
            var record = $0
            record.id = nil
            record.county = .durres
            record.organiserID = key.institution($0.organiserID)
            return record
        }
    }

    init(_ file: MeetingsTransferFile) {
        let key = Keys(file.institutions, file.committees, [])
        meetings = file.records.map {
            var record = $0
            record.id = nil
            record.committeeID = key.committee($0.committeeID)
            record.attendees = $0.attendees.map {
                Attendee(institutionID: key.institution($0.institutionID), person: $0.person, function: $0.function)
            }
            record.decisions = $0.decisions.map {
                var decision = $0
                decision.ownerInstitutionID = key.institution($0.ownerInstitutionID)
                return decision
            }
            return record
        }
    }

    init(_ file: PlanTransferFile) {
        let key = Keys(file.institutions, [], file.strategies)
        plans = file.records.map { bundle in
            let objectiveIndex = Dictionary(uniqueKeysWithValues: bundle.objectives.enumerated().map { ($1.id ?? -1, Int64($0)) })
            let indicatorIndex = Dictionary(uniqueKeysWithValues: bundle.indicators.enumerated().map { ($1.id ?? -1, Int64($0)) })
            var plan = bundle.plan
            plan.id = nil
            plan.county = .durres
            plan.strategyID = plan.strategyID.map(key.strategy)
            let objectives = bundle.objectives.enumerated().map { index, objective in
                Objective(id: Int64(index), planID: 0, pillar: objective.pillar, title: objective.title,
                          responsibleInstitutionIDs: objective.responsibleInstitutionIDs.map(key.institution))
            }
            let activities = bundle.activities.map {
                var activity = $0
                activity.id = nil
                activity.objectiveID = objectiveIndex[$0.objectiveID] ?? -1
                activity.responsibleInstitutionID = key.institution($0.responsibleInstitutionID)
                return activity
            }
            let indicators = bundle.indicators.enumerated().map { index, indicator in
                var copy = indicator
                copy.id = Int64(index)
                copy.objectiveID = objectiveIndex[indicator.objectiveID] ?? -1
                return copy
            }
            let measurements = bundle.measurements.map {
                var measurement = $0
                measurement.id = nil
                measurement.indicatorID = indicatorIndex[$0.indicatorID] ?? -1
                measurement.reportedBy = $0.reportedBy.map(key.institution)
                return measurement
            }
            return ActionPlanBundle(plan: plan, objectives: objectives, activities: activities,
                                    indicators: indicators, measurements: measurements)
        }
    }
}

/// Refs to stable numbers derived from what they stand for.
private struct Keys {
    let institutions: [Int64: String]
    let committees: [Int64: String]
    let strategies: [Int64: String]

    init(_ institutions: [TransferInstitution], _ committees: [TransferCommittee], _ strategies: [TransferStrategy]) {
        self.institutions = Dictionary(uniqueKeysWithValues: institutions.map {
            ($0.ref, "\($0.name)|\($0.kind.code)|\($0.services.map(\.code))")
        })
        self.committees = Dictionary(uniqueKeysWithValues: committees.map { ($0.ref, $0.kind.code) })
        self.strategies = Dictionary(uniqueKeysWithValues: strategies.map { ($0.ref, "\($0.title.en)|\($0.firstYear)") })
    }

    func institution(_ ref: Int64) -> Int64 { Self.number(institutions[ref]) }
    func committee(_ ref: Int64) -> Int64 { Self.number(committees[ref]) }
    func strategy(_ ref: Int64) -> Int64 { Self.number(strategies[ref]) }

    private static func number(_ text: String?) -> Int64 { Int64(truncatingIfNeeded: (text ?? "unknown").hashValue) }
}
