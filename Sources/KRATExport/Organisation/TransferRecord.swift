import KRATCore
import KRATStorage

/// What a reference in a transfer record points to.
enum TransferTarget: Sendable, Hashable {
    case institution, committee, strategy
}

/// One id a record holds that points outside it, with the field it is in.
struct TransferReference: Sendable, Hashable {
    let target: TransferTarget
    let field: String
    let ref: Int64
}

/// The target database's ids for the file's refs.
struct ReferenceMap: Sendable {
    var institutions: [Int64: Int64] = [:]
    var committees: [Int64: Int64] = [:]
    var strategies: [Int64: Int64] = [:]

    /// The target id of a ref, or the ref itself when unmapped (never written: unmapped refs are problems).
    func institution(_ ref: Int64) -> Int64 { institutions[ref] ?? ref }
    func committee(_ ref: Int64) -> Int64 { committees[ref] ?? ref }
    func strategy(_ ref: Int64) -> Int64 { strategies[ref] ?? ref }
}

/// A record kind that a transfer file can carry.
protocol TransferRecord: Codable, Sendable, Hashable, Validatable {
    /// The file kind that holds it.
    static var transferKind: TransferKind { get }
    /// Every id it holds that points to an institution, committee or strategy.
    var references: [TransferReference] { get }
    /// Municipality codes it holds, with their field.
    var municipalityCodes: [(field: String, code: String)] { get }
    /// The record as stored in `county`'s database: references mapped, county set, own ids cleared.
    func resolved(_ map: ReferenceMap, county: County) -> Self

    // Identity and storing: TransferRecord+Storing.swift

    /// What makes two records the same within a county (a meeting's committee by kind).
    func identity(committeeKinds: [Int64: CommitteeKind]) -> String
    /// The identity for people ("awareness activity of 2024-10-18 “Title”").
    var identityDescription: String { get }
    /// The field a second record with the same identity is reported on, when identities are
    /// unique (plans); nil when records may repeat (the n-th repeat in the file then matches
    /// the n-th stored record with that identity).
    static var uniqueIdentityField: String? { get }
    /// The stored ids of the county's records already present, by identity, in storage order.
    static func stored(in database: KRATDatabase, county: County, like records: [Self]) throws(StorageError) -> [String: [Int64]]
    /// Stores the resolved record as new rows, or in place of the stored record `replacing`.
    func store(in database: KRATDatabase, replacing: Int64?) throws(StorageError)
}

extension AwarenessActivity: TransferRecord {
    static var transferKind: TransferKind { .calendar }

    var references: [TransferReference] {
        [TransferReference(target: .institution, field: "organiser_id", ref: organiserID)]
    }

    var municipalityCodes: [(field: String, code: String)] {
        municipalityCode.map { [("municipality_code", $0)] } ?? []
    }

    func resolved(_ map: ReferenceMap, county: County) -> AwarenessActivity {
        var copy = self
        copy.id = nil
        copy.county = county
        copy.organiserID = map.institution(organiserID)
        return copy
    }
}

extension Meeting: TransferRecord {
    static var transferKind: TransferKind { .meetings }

    var references: [TransferReference] {
        [TransferReference(target: .committee, field: "committee_id", ref: committeeID)]
            + attendees.enumerated().map {
                TransferReference(target: .institution, field: "attendees[\($0)].institution_id", ref: $1.institutionID)
            }
            + decisions.enumerated().map {
                TransferReference(target: .institution, field: "decisions[\($0)].owner_institution_id", ref: $1.ownerInstitutionID)
            }
    }

    var municipalityCodes: [(field: String, code: String)] { [] }

    func resolved(_ map: ReferenceMap, county: County) -> Meeting {
        var copy = self
        copy.id = nil
        copy.committeeID = map.committee(committeeID)
        copy.attendees = attendees.map {
            Attendee(institutionID: map.institution($0.institutionID), person: $0.person, function: $0.function)
        }
        copy.decisions = decisions.map {
            var decision = $0
            decision.ownerInstitutionID = map.institution($0.ownerInstitutionID)
            return decision
        }
        return copy
    }
}

extension ActionPlanBundle: TransferRecord {
    static var transferKind: TransferKind { .plan }

    var references: [TransferReference] {
        var all: [TransferReference] = []
        if let strategyID = plan.strategyID {
            all.append(TransferReference(target: .strategy, field: "plan.strategy_id", ref: strategyID))
        }
        for (index, objective) in objectives.enumerated() {
            for (position, id) in objective.responsibleInstitutionIDs.enumerated() {
                all.append(TransferReference(target: .institution,
                                             field: "objectives[\(index)].responsible_institution_ids[\(position)]", ref: id))
            }
        }
        for (index, activity) in activities.enumerated() {
            all.append(TransferReference(target: .institution, field: "activities[\(index)].responsible_institution_id",
                                         ref: activity.responsibleInstitutionID))
        }
        for (index, measurement) in measurements.enumerated() {
            if let reporter = measurement.reportedBy {
                all.append(TransferReference(target: .institution, field: "measurements[\(index)].reported_by", ref: reporter))
            }
        }
        return all
    }

    var municipalityCodes: [(field: String, code: String)] { [] }

    /// Maps the references and sets the county; the plan-internal ids (plan, objective,
    /// indicator) stay as in the file until ``OrganisationTransferWriter`` replaces them
    /// with the fresh ids of the stored rows.
    func resolved(_ map: ReferenceMap, county: County) -> ActionPlanBundle {
        var copy = self
        copy.plan.county = county
        copy.plan.strategyID = plan.strategyID.map(map.strategy)
        copy.objectives = objectives.map {
            var objective = $0
            objective.responsibleInstitutionIDs = $0.responsibleInstitutionIDs.map(map.institution)
            return objective
        }
        copy.activities = activities.map {
            var activity = $0
            activity.responsibleInstitutionID = map.institution($0.responsibleInstitutionID)
            return activity
        }
        copy.measurements = measurements.map {
            var measurement = $0
            measurement.reportedBy = $0.reportedBy.map(map.institution)
            return measurement
        }
        return copy
    }
}
