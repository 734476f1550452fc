import Foundation

extension Membership {
    // MARK: - Members on a day

    /// The memberships that hold on `day`, in their given order, optionally of one committee only.
    public static func active(_ memberships: [Membership], on day: Day,
                              committeeID: Int64? = nil) -> [Membership] {
        memberships.filter { membership in
            membership.isActive(on: day) && (committeeID.map { membership.committeeID == $0 } ?? true)
        }
    }

    /// The chair of a committee on `day`, or nil when it has none (or the data has several:
    /// see ``overlappingChairs(_:)``).
    public static func chair(of committeeID: Int64, in memberships: [Membership], on day: Day) -> Membership? {
        let chairs = active(memberships, on: day, committeeID: committeeID).filter { $0.role == .chair }
        return chairs.count == 1 ? chairs.first : nil
    }

    // MARK: - One chair at a time

    /// One issue for each pair of chair memberships of the same committee that overlap.
    ///
    /// The field names the later membership by its position in `memberships`
    /// (`memberships[3].role`); the message names the first day both hold.
    public static func overlappingChairs(_ memberships: [Membership]) -> [ValidationIssue] {
        let chairs = memberships.indices.filter { memberships[$0].role == .chair }
        var check = IssueCollector()
        for (position, first) in chairs.enumerated() {
            for second in chairs[(position + 1)...] {
                let a = memberships[first], b = memberships[second]
                guard a.committeeID == b.committeeID, a.overlaps(b) else { continue }
                let from = max(a.joined, b.joined)
                check.add("memberships[\(second)].role",
                          "committee \(a.committeeID) has two chairs from \(from) "
                          + "(memberships[\(first)] and memberships[\(second)]); end one chair's term first")
            }
        }
        return check.issues
    }
}
