import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Committees (case worker writes)

    /// Stores a new committee of this database's county. Returns it with its new id.
    @discardableResult
    public func insert(_ committee: Committee) throws(StorageError) -> Committee {
        let what = "committee '\(committee.name)'"
        try OrganisationRows.require(committee.validate() + OrganisationRows.countyIssues(committee.county, scope: scope), what)
        return try write("storing \(what)") { db in
            try db.execute(sql: "INSERT INTO committee (county, kind, name) VALUES (?, ?, ?)",
                           arguments: [committee.county.code, committee.kind.code, committee.name])
            var stored = committee
            stored.id = db.lastInsertedRowID
            return stored
        }
    }

    /// Replaces a stored committee's county, kind and name.
    @discardableResult
    public func update(_ committee: Committee) throws(StorageError) -> Committee {
        let id = try OrganisationRows.storedID(committee.id, "committee '\(committee.name)'")
        let what = "committee \(id)"
        try OrganisationRows.require(committee.validate() + OrganisationRows.countyIssues(committee.county, scope: scope), what)
        return try write("updating \(what)") { db in
            try db.execute(sql: "UPDATE committee SET county = ?, kind = ?, name = ? WHERE id = ?",
                           arguments: [committee.county.code, committee.kind.code, committee.name, id])
            try OrganisationRows.requireChange(db, what)
            return committee
        }
    }

    /// Deletes a committee with its memberships and meetings.
    public func deleteCommittee(id: Int64) throws(StorageError) {
        try write("deleting committee \(id)") { db in
            try db.execute(sql: "DELETE FROM committee WHERE id = ?", arguments: [id])
            try OrganisationRows.requireChange(db, "committee \(id)")
        }
    }

    /// The committee with this id, or nil.
    public func committee(id: Int64) throws(StorageError) -> Committee? {
        try read("reading committee \(id)") { db in try Self.committees(db, where: "id = ?", [id]).first }
    }

    /// The committees of a county (default: this database's first county), KRAT first.
    public func committees(of county: County? = nil) throws(StorageError) -> [Committee] {
        let county = county ?? scope.counties.first ?? .durres
        return try read("listing the committees of \(county.name)") { db in
            try Self.committees(db, where: "county = ?", [county.code])
                .sorted { ($0.kind == .krat ? 0 : 1, $0.name) < ($1.kind == .krat ? 0 : 1, $1.name) }
        }
    }

    // MARK: - Memberships (case worker writes)

    /// Stores a new membership. Refused when it gives the committee two chairs at once.
    @discardableResult
    public func insert(_ membership: Membership) throws(StorageError) -> Membership {
        let what = "membership of institution \(membership.institutionID) in committee \(membership.committeeID)"
        try OrganisationRows.require(membership.validate(), what)
        return try write("storing \(what)") { db in
            try Self.checkChairs(db, membership, what)
            try db.execute(sql: """
                INSERT INTO membership (committee_id, institution_id, role, joined, left_on, representative)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: Self.membershipArguments(membership))
            var stored = membership
            stored.id = db.lastInsertedRowID
            return stored
        }
    }

    /// Replaces a stored membership. Refused when it gives the committee two chairs at once.
    @discardableResult
    public func update(_ membership: Membership) throws(StorageError) -> Membership {
        let id = try OrganisationRows.storedID(membership.id, "membership")
        let what = "membership \(id)"
        try OrganisationRows.require(membership.validate(), what)
        return try write("updating \(what)") { db in
            try Self.checkChairs(db, membership, what)
            try db.execute(sql: """
                UPDATE membership SET committee_id = ?, institution_id = ?, role = ?, joined = ?, left_on = ?,
                representative = ? WHERE id = ?
                """, arguments: Self.membershipArguments(membership) + [id])
            try OrganisationRows.requireChange(db, what)
            return membership
        }
    }

    /// Deletes a membership (one entered by mistake; a member who leaves gets a `left` day instead).
    public func deleteMembership(id: Int64) throws(StorageError) {
        try write("deleting membership \(id)") { db in
            try db.execute(sql: "DELETE FROM membership WHERE id = ?", arguments: [id])
            try OrganisationRows.requireChange(db, "membership \(id)")
        }
    }

    /// The membership with this id, or nil.
    public func membership(id: Int64) throws(StorageError) -> Membership? {
        try read("reading membership \(id)") { db in try Self.memberships(db, where: "id = ?", [id]).first }
    }

    /// The memberships of a committee, by the day they began; with `day`, only those that hold on it.
    public func memberships(committeeID: Int64, activeOn day: Day? = nil) throws(StorageError) -> [Membership] {
        let all = try read("listing the members of committee \(committeeID)") { db in
            try Self.memberships(db, where: "committee_id = ?", [committeeID])
        }
        return day.map { Membership.active(all, on: $0) } ?? all
    }

    // MARK: - Helpers

    static func committees(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [Committee] {
        try Row.fetchAll(db, sql: "SELECT * FROM committee WHERE \(condition) ORDER BY id", arguments: arguments)
            .map { row throws(StorageError) in
                let id: Int64 = row["id"]
                return Committee(id: id, county: try OrganisationRows.code(row, "county", "committee \(id)"),
                                 kind: try OrganisationRows.code(row, "kind", "committee \(id)"), name: row["name"])
            }
    }

    static func membershipArguments(_ membership: Membership) -> StatementArguments {
        [membership.committeeID, membership.institutionID, membership.role.code, membership.joined.description,
         OrganisationRows.iso(membership.left), membership.representative]
    }

    static func memberships(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [Membership] {
        try Row.fetchAll(db, sql: "SELECT * FROM membership WHERE \(condition) ORDER BY joined, id", arguments: arguments)
            .map { row throws(StorageError) in
                let id: Int64 = row["id"]
                let what = "membership \(id)"
                return Membership(id: id, committeeID: row["committee_id"], institutionID: row["institution_id"],
                                  role: try OrganisationRows.code(row, "role", what),
                                  joined: try OrganisationRows.day(row, "joined", what),
                                  left: try OrganisationRows.optionalDay(row, "left_on", what),
                                  representative: row["representative"])
            }
    }

    /// Refuses a chair membership that overlaps another chair of the same committee.
    static func checkChairs(_ db: Database, _ membership: Membership, _ what: String) throws {
        guard membership.role == .chair else { return }
        let others = try memberships(db, where: "committee_id = ? AND role = 'chair' AND id IS NOT ?",
                                     [membership.committeeID, membership.id])
        guard let other = others.first(where: { $0.overlaps(membership) }) else { return }
        let term = "\(other.joined)–" + (other.left.map { "\($0)" } ?? "")
        throw StorageError.invalid(what: what, issues: [ValidationIssue(field: "role",
            message: "committee \(membership.committeeID) already has a chair over those days (membership "
                + "\(other.id ?? 0), \(term)); end that term (set its left day) first")])
    }
}
