import KRATCore
import KRATStorage

extension AwarenessActivity {
    func identity(committeeKinds: [Int64: CommitteeKind]) -> String {
        "\(date)|\(NameKey.make(title))|\(NameKey.make(place))"
    }
    var identityDescription: String { "awareness activity of \(date) “\(title)”" }
    static var uniqueIdentityField: String? { nil }

    static func stored(in database: KRATDatabase, county: County,
                       like records: [AwarenessActivity]) throws(StorageError) -> [String: [Int64]] {
        guard let first = records.map(\.date).min(), let last = records.map(\.date).max(),
              let period = try? Period(from: first, through: last) else { return [:] }
        let stored = try database.awarenessActivities(in: period).filter { $0.county == county }
        return Dictionary(grouping: stored.compactMap { item in item.id.map { (item.identity(committeeKinds: [:]), $0) } },
                          by: \.0).mapValues { $0.map(\.1) }
    }

    func store(in database: KRATDatabase, replacing: Int64?) throws(StorageError) {
        var row = self
        row.id = replacing
        if replacing == nil { try database.insert(row) } else { try database.update(row) }
    }
}

extension Meeting {
    func identity(committeeKinds: [Int64: CommitteeKind]) -> String {
        "\(committeeKinds[committeeID]?.code ?? "committee \(committeeID)")|\(date)|\(kind.code)"
    }
    var identityDescription: String { "\(kind.code) meeting of \(date)" }
    static var uniqueIdentityField: String? { nil }

    static func stored(in database: KRATDatabase, county: County, like records: [Meeting]) throws(StorageError) -> [String: [Int64]] {
        guard let first = records.map(\.date).min(), let last = records.map(\.date).max(),
              let period = try? Period(from: first, through: last) else { return [:] }
        let kinds = Dictionary(try database.committees(of: county).compactMap { item in item.id.map { ($0, item.kind) } },
                               uniquingKeysWith: { first, _ in first })
        let stored = try database.meetings(in: period).filter { kinds[$0.committeeID] != nil }
        return Dictionary(grouping: stored.compactMap { item in item.id.map { (item.identity(committeeKinds: kinds), $0) } },
                          by: \.0).mapValues { $0.map(\.1) }
    }

    func store(in database: KRATDatabase, replacing: Int64?) throws(StorageError) {
        var row = self
        row.id = replacing
        if replacing == nil { try database.insert(row) } else { try database.update(row) }
    }
}

extension ActionPlanBundle {
    func identity(committeeKinds: [Int64: CommitteeKind]) -> String { "\(plan.year)" }
    var identityDescription: String { "action plan \(plan.year)" }
    static var uniqueIdentityField: String? { "plan.year" }

    static func stored(in database: KRATDatabase, county: County,
                       like records: [ActionPlanBundle]) throws(StorageError) -> [String: [Int64]] {
        Dictionary(grouping: try database.actionPlans(of: county).compactMap { item in item.id.map { ("\(item.year)", $0) } },
                   by: \.0).mapValues { $0.map(\.1) }
    }

    /// Stores the plan and everything under it as new rows with fresh ids, keeping the links
    /// (objective → plan, activity and indicator → objective, measurement → indicator).
    /// Replacing keeps the stored plan's id and replaces everything under it.
    func store(in database: KRATDatabase, replacing: Int64?) throws(StorageError) {
        var row = plan
        let planID: Int64
        if let replacing {
            row.id = replacing
            try database.update(row)
            for objective in try database.objectives(planID: replacing) {
                if let id = objective.id { try database.deleteObjective(id: id) }
            }
            planID = replacing
        } else {
            row.id = nil
            planID = try Self.id(try database.insert(row).id, "action plan \(plan.year)")
        }
        var objectiveIDs: [Int64: Int64] = [:]
        for objective in objectives {
            var child = objective
            child.id = nil
            child.planID = planID
            let id = try Self.id(try database.insert(child).id, "objective")
            if let old = objective.id { objectiveIDs[old] = id }
        }
        for activity in activities {
            var child = activity
            child.id = nil
            child.objectiveID = try Self.id(objectiveIDs[activity.objectiveID], "objective of a planned activity")
            try database.insert(child)
        }
        var indicatorIDs: [Int64: Int64] = [:]
        for indicator in indicators {
            var child = indicator
            child.id = nil
            child.objectiveID = try Self.id(objectiveIDs[indicator.objectiveID], "objective of an indicator")
            let id = try Self.id(try database.insert(child).id, "indicator")
            if let old = indicator.id { indicatorIDs[old] = id }
        }
        for measurement in measurements {
            var child = measurement
            child.id = nil
            child.indicatorID = try Self.id(indicatorIDs[measurement.indicatorID], "indicator of a measurement")
            try database.insert(child)
        }
    }

    private static func id(_ id: Int64?, _ what: String) throws(StorageError) -> Int64 {
        guard let id else { throw .corrupt(what: "\(what): no id after storing or in the plan") }
        return id
    }
}
