import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Writing institutions (case worker)

    /// Stores a new institution with its services. Returns it with its new id.
    @discardableResult
    public func insert(_ institution: Institution) throws(StorageError) -> Institution {
        try insertRecord(InstitutionRecord.self, institution, "institution '\(institution.name)'",
                         issues: institution.validate() + OrganisationRows.countyIssues(institution.county, scope: scope))
    }

    /// Replaces a stored institution's name, kind, municipality and services.
    @discardableResult
    public func update(_ institution: Institution) throws(StorageError) -> Institution {
        try updateRecord(InstitutionRecord.self, institution, unsaved: "institution '\(institution.name)'",
                         issues: institution.validate() + OrganisationRows.countyIssues(institution.county, scope: scope))
    }

    /// Deletes an institution that nothing refers to any more. One that is still a member,
    /// an attendee, an owner or responsible somewhere is refused with the places it is used.
    public func deleteInstitution(id: Int64) throws(StorageError) {
        let what = "institution \(id)"
        try writeOrganisation("deleting \(what)") { db in
            try Self.requireRecord(InstitutionRecord.self, db, id: id)
            let old = try Self.value(InstitutionRecord.self, db, id: id)
            let uses = try Self.institutionUses(db, id: id)
            guard uses.isEmpty else {
                throw StorageError.invalid(what: "deleting \(what)", issues: [ValidationIssue(field: "id",
                    message: "still referred to by " + uses.joined(separator: ", ")
                        + "; remove or reassign those records first")])
            }
            try InstitutionRecord.deleteOne(db, key: id)
            try appendDeletion(db, InstitutionRecord.self, id: id, old: old)
        }
    }

    // MARK: - Reading institutions

    /// The institution with this id, or nil.
    public func institution(id: Int64) throws(StorageError) -> Institution? {
        try read("reading institution \(id)") { db in
            try Self.value(InstitutionRecord.self, db, id: id)
        }
    }

    /// Every institution, optionally of one kind only, ordered by kind (in the order of
    /// ``InstitutionKind``) and name.
    public func institutions(kind: InstitutionKind? = nil) throws(StorageError) -> [Institution] {
        try read("listing institutions") { db in
            let all = try Self.values(db, kind.map { kind in InstitutionRecord.filter { $0.kind == kind.code } }
                                              ?? InstitutionRecord.all())
            let order = Dictionary(uniqueKeysWithValues: InstitutionKind.allCases.enumerated().map { ($1, $0) })
            return all.sorted { (order[$0.kind] ?? 0, $0.name) < (order[$1.kind] ?? 0, $1.name) }
        }
    }

    // MARK: - Helpers

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
