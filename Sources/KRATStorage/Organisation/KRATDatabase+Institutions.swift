import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Writing institutions (case worker)

    /// Stores a new institution with its services. Returns it with its new id.
    @discardableResult
    public func insert(_ institution: Institution) throws(StorageError) -> Institution {
        let what = "institution '\(institution.name)'"
        try OrganisationRows.require(institution.validate()
            + OrganisationRows.countyIssues(institution.county, scope: scope), what)
        return try write("storing \(what)") { db in
            try db.execute(sql: "INSERT INTO institution (name, kind, county, municipality) VALUES (?, ?, ?, ?)",
                           arguments: Self.institutionArguments(institution))
            var stored = institution
            stored.id = db.lastInsertedRowID
            try Self.insertServices(db, stored)
            return stored
        }
    }

    /// Replaces a stored institution's name, kind, municipality and services.
    @discardableResult
    public func update(_ institution: Institution) throws(StorageError) -> Institution {
        let id = try OrganisationRows.storedID(institution.id, "institution '\(institution.name)'")
        let what = "institution \(id)"
        try OrganisationRows.require(institution.validate()
            + OrganisationRows.countyIssues(institution.county, scope: scope), what)
        return try write("updating \(what)") { db in
            try db.execute(sql: "UPDATE institution SET name = ?, kind = ?, county = ?, municipality = ? WHERE id = ?",
                           arguments: Self.institutionArguments(institution) + [id])
            try OrganisationRows.requireChange(db, what)
            try db.execute(sql: "DELETE FROM institution_service WHERE institution_id = ?", arguments: [id])
            try Self.insertServices(db, institution)
            return institution
        }
    }

    /// Deletes an institution that nothing refers to any more. One that is still a member,
    /// an attendee, an owner or responsible somewhere is refused with the places it is used.
    public func deleteInstitution(id: Int64) throws(StorageError) {
        let what = "institution \(id)"
        try write("deleting \(what)") { db in
            try OrganisationRows.requireRow(db, "institution", id, what)
            let uses = try Self.institutionUses(db, id: id)
            guard uses.isEmpty else {
                throw StorageError.invalid(what: "deleting \(what)", issues: [ValidationIssue(field: "id",
                    message: "still referred to by " + uses.joined(separator: ", ")
                        + "; remove or reassign those records first")])
            }
            try db.execute(sql: "DELETE FROM institution WHERE id = ?", arguments: [id])
        }
    }

    // MARK: - Reading institutions

    /// The institution with this id, or nil.
    public func institution(id: Int64) throws(StorageError) -> Institution? {
        try read("reading institution \(id)") { db in
            try Self.institutions(db, where: "id = ?", [id]).first
        }
    }

    /// Every institution, optionally of one kind only, ordered by kind (in the order of
    /// ``InstitutionKind``) and name.
    public func institutions(kind: InstitutionKind? = nil) throws(StorageError) -> [Institution] {
        try read("listing institutions") { db in
            let all = try kind.map { try Self.institutions(db, where: "kind = ?", [$0.code]) }
                ?? Self.institutions(db, where: "1", [])
            let order = Dictionary(uniqueKeysWithValues: InstitutionKind.allCases.enumerated().map { ($1, $0) })
            return all.sorted { (order[$0.kind] ?? 0, $0.name) < (order[$1.kind] ?? 0, $1.name) }
        }
    }

    // MARK: - Helpers

    static func institutionArguments(_ institution: Institution) -> StatementArguments {
        [institution.name, institution.kind.code, institution.county.code, institution.municipalityCode]
    }

    static func insertServices(_ db: Database, _ institution: Institution) throws {
        guard let id = institution.id else { return }
        let statement = try db.cachedStatement(sql: "INSERT INTO institution_service VALUES (?, ?)")
        for service in institution.services.sorted(by: { $0.code < $1.code }) {
            try statement.execute(arguments: [id, service.code])
        }
    }

    static func institutions(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [Institution] {
        let services = try Row.fetchAll(db, sql: "SELECT institution_id, service FROM institution_service")
        var byInstitution: [Int64: Set<ProviderService>] = [:]
        for row in services {
            let service: ProviderService = try OrganisationRows.code(row, "service", "institution \(row["institution_id"] as Int64)")
            byInstitution[row["institution_id"], default: []].insert(service)
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM institution WHERE \(condition) ORDER BY id", arguments: arguments)
            .map { row throws(StorageError) in
                let id: Int64 = row["id"]
                let what = "institution \(id)"
                return Institution(id: id, name: row["name"], kind: try OrganisationRows.code(row, "kind", what),
                                   county: try OrganisationRows.code(row, "county", what),
                                   municipalityCode: row["municipality"], services: byInstitution[id] ?? [])
            }
    }

    /// The places an institution is referred to, as "3 memberships", for an error message.
    static func institutionUses(_ db: Database, id: Int64) throws -> [String] {
        let references = [
            ("membership", "institution_id", "memberships"), ("meeting_attendee", "institution_id", "meeting attendees"),
            ("decision", "owner_institution_id", "decisions"), ("objective_responsible", "institution_id", "objectives"),
            ("planned_activity", "responsible_institution_id", "planned activities"),
            ("indicator_measurement", "reported_by", "indicator measurements"),
            ("awareness_activity", "organiser_id", "awareness activities"),
        ]
        var uses: [String] = []
        for (table, column, label) in references {
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE \(column) = ?", arguments: [id]) ?? 0
            if count > 0 { uses.append("\(count) \(label)") }
        }
        return uses
    }
}
