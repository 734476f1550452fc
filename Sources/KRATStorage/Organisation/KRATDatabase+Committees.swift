import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    // MARK: - Committees (case worker writes)

    /// Stores a new committee of this database's county. Returns it with its new id.
    @discardableResult
    public func insert(_ committee: Committee) throws(StorageError) -> Committee {
        try insertRecord(CommitteeRecord.self, committee, "committee '\(committee.name)'",
                         issues: committee.validate() + OrganisationRows.countyIssues(committee.county, scope: scope))
    }

    /// Replaces a stored committee's county, kind and name.
    @discardableResult
    public func update(_ committee: Committee) throws(StorageError) -> Committee {
        try updateRecord(CommitteeRecord.self, committee, unsaved: "committee '\(committee.name)'",
                         issues: committee.validate() + OrganisationRows.countyIssues(committee.county, scope: scope))
    }

    /// Deletes a committee with its memberships and meetings.
    public func deleteCommittee(id: Int64) throws(StorageError) {
        try deleteRecord(CommitteeRecord.self, id: id)
    }

    /// The committee with this id, or nil.
    public func committee(id: Int64) throws(StorageError) -> Committee? {
        try read("reading committee \(id)") { db in try Self.value(CommitteeRecord.self, db, id: id) }
    }

    /// The committees of a county (default: this database's first county), KRAT first.
    public func committees(of county: County? = nil) throws(StorageError) -> [Committee] {
        let county = county ?? scope.counties.first ?? .durres
        return try read("listing the committees of \(county.name)") { db in
            try Self.values(db, CommitteeRecord.filter { $0.county == county.code })
                .sorted { ($0.kind == .krat ? 0 : 1, $0.name) < ($1.kind == .krat ? 0 : 1, $1.name) }
        }
    }

    // MARK: - Memberships (case worker writes)

    /// Stores a new membership. Refused when it gives the committee two chairs at once.
    @discardableResult
    public func insert(_ membership: Membership) throws(StorageError) -> Membership {
        let what = "membership of institution \(membership.institutionID) in committee \(membership.committeeID)"
        return try insertRecord(MembershipRecord.self, membership, what, issues: membership.validate()) { db in
            try Self.checkChairs(db, membership, what)
        }
    }

    /// Replaces a stored membership. Refused when it gives the committee two chairs at once.
    @discardableResult
    public func update(_ membership: Membership) throws(StorageError) -> Membership {
        try updateRecord(MembershipRecord.self, membership, unsaved: "membership", issues: membership.validate()) { db, what in
            try Self.checkChairs(db, membership, what)
        }
    }

    /// Deletes a membership (one entered by mistake; a member who leaves gets a `left` day instead).
    public func deleteMembership(id: Int64) throws(StorageError) {
        try deleteRecord(MembershipRecord.self, id: id)
    }

    /// The membership with this id, or nil.
    public func membership(id: Int64) throws(StorageError) -> Membership? {
        try read("reading membership \(id)") { db in try Self.value(MembershipRecord.self, db, id: id) }
    }

    /// The memberships of a committee, by the day they began; with `day`, only those that hold on it.
    public func memberships(committeeID: Int64, activeOn day: Day? = nil) throws(StorageError) -> [Membership] {
        let all = try read("listing the members of committee \(committeeID)") { db in
            try Self.values(db, MembershipRecord.filter { $0.committeeID == committeeID })
        }
        return day.map { Membership.active(all, on: $0) } ?? all
    }

    // MARK: - Helpers

    /// Refuses a chair membership that overlaps another chair of the same committee.
    static func checkChairs(_ db: Database, _ membership: Membership, _ what: String) throws {
        guard membership.role == .chair else { return }
        let others = try values(db, MembershipRecord.filter {
            $0.committeeID == membership.committeeID && $0.role == CommitteeRole.chair.code && $0.id != membership.id
        })
        guard let other = others.first(where: { $0.overlaps(membership) }) else { return }
        let term = "\(other.joined)–" + (other.left.map { "\($0)" } ?? "")
        throw StorageError.invalid(what: what, issues: [ValidationIssue(field: "role",
            message: "committee \(membership.committeeID) already has a chair over those days (membership "
                + "\(other.id ?? 0), \(term)); end that term (set its left day) first")])
    }
}
