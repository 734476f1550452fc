import KRATCore
import KRATShell
import KRATStorage

/// `member join INSTITUTION committee=krat|technical_table role=… on=DATE` and
/// `member leave INSTITUTION committee=… on=DATE`: an institution's seat on a committee.
///
/// The county's committee is created by its first member: a fresh county database has its
/// institutions but no committees yet.
public struct MemberCommand: ShellCommand {
    /// Creates the command.
    public init() {}
    /// `member`.
    public var name: String { "member" }
    /// One line for `.help`.
    public var summary: Label { Label(sq: "Anëtarësimi i institucioneve në komitete", en: "Institutions joining and leaving committees") }
    /// How to call it.
    public var usage: String {
        "member join INSTITUTION committee=krat|technical_table [role=chair|secretary|member] on=DATE [representative=NAME]"
            + " | member leave INSTITUTION committee=… on=DATE"
    }
    /// `join`, `leave`.
    public var subcommands: [String] { ["join", "leave"] }
    /// Lines to copy.
    public var examples: [CommandExample] {
        [CommandExample("member join \"Prefektura e Qarkut Durrës\" committee=technical_table role=chair on=2025-01-15",
                        Label(sq: "prefektura kryeson Tryezën Teknike", en: "the prefecture chairs the Technical Table")),
         CommandExample("member join \"World Vision Durrës\" committee=technical_table on=2025-10-01 representative=\"Elona Hysa\""),
         CommandExample("member leave \"World Vision Durrës\" committee=technical_table on=2025-12-31",
                        Label(sq: "dita e parë pa anëtarësi", en: "the first day it is no longer a member"))]
    }

    /// Stores the membership (creating the committee if the county has none of that kind), or ends one.
    public func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
        let (database, action) = try Recording.start(invocation, context: context, command: name, usage: usage,
                                                     keys: ["join": ["committee", "role", "on", "representative"],
                                                            "leave": ["committee", "on"]],
                                                     positionals: 2, action: "recording a membership")
        let institution = try Recording.institution(try Recording.positional(invocation, 1, "institution", command: name, usage: usage),
                                                    in: try Recording.institutions(database, command: name), key: "institution")
        let kind = try Recording.coded(try Recording.required(invocation, "committee", command: name, usage: usage),
                                       CommitteeKind.self, key: "committee")
        let day = try Recording.requiredDay(invocation, "on", command: name, usage: usage)
        guard let institutionID = institution.id else { throw .failed(command: name, reason: "the institution has no number") }
        if action == "leave" { return try leave(institution, institutionID, kind, day, database, context) }
        let role = try invocation.value("role").map { text throws(ShellError) in
            try Recording.coded(text, CommitteeRole.self, key: "role")
        } ?? .member
        let county = database.scope.counties.first ?? .durres
        let existing = try Recording.committee(kind, database, command: name)
        let what = "membership of \(institution.name) in the \(kind.label.en)"
        let stored = try storage(name) { () throws(StorageError) in
            try database.transaction("recording the \(what)") {
                let committee = try existing ?? database.insert(Committee(county: county, kind: kind,
                                                                          name: Recording.committeeName(kind, county: county)))
                guard let committeeID = committee.id else { throw StorageError.notFound(what: "committee") }
                let membership = Membership(committeeID: committeeID, institutionID: institutionID, role: role, joined: day,
                                            representative: invocation.value("representative"))
                try Recording.check(RecordChecks.membership(membership, existing: try database.memberships(committeeID: committeeID)),
                                    what)
                return try database.insert(membership)
            }
        }
        return Recording.done(Label(sq: "\(institution.name) anëtar i \(kind.label.sq) nga \(day) (anëtarësia \(stored.id ?? 0)).",
                                    en: "\(institution.name) is a member of the \(kind.label.en) from \(day) (membership \(stored.id ?? 0))."),
                              context)
    }

    /// Ends the membership that holds on `day`: `day` is the first day without it.
    private func leave(_ institution: Institution, _ institutionID: Int64, _ kind: CommitteeKind, _ day: Day,
                       _ database: KRATDatabase, _ context: ShellContext) throws(ShellError) -> CommandOutput {
        let committee = try Recording.requireCommittee(kind, database, command: name)
        let memberships = try storage(name) { () throws(StorageError) in try database.memberships(committeeID: committee.id ?? 0) }
        guard var membership = memberships.first(where: { $0.institutionID == institutionID && $0.left == nil }) else {
            throw .failed(command: name, reason: "\(institution.name) is not a member of the \(kind.label.en); "
                          + "list the members with `committee`")
        }
        membership.left = day
        let stored = membership
        try storage(name) { () throws(StorageError) in _ = try database.update(stored) }
        return Recording.done(Label(sq: "\(institution.name) nuk është më anëtar nga \(day).",
                                    en: "\(institution.name) is no longer a member from \(day)."), context)
    }

    /// Subcommands, then member institutions, committee kinds and roles.
    public func completions(for arguments: [String], partial: String, context: ShellContext) -> [String] {
        if arguments.isEmpty { return subcommands.filter { $0.hasPrefix(partial) } }
        switch arguments.last {
        case "committee=": return CommitteeKind.codes.filter { $0.hasPrefix(partial) }
        case "role=": return CommitteeRole.codes.filter { $0.hasPrefix(partial) }
        default: break
        }
        if arguments.count == 1, let database = try? context.database(for: name) {
            let names = ((try? database.institutions()) ?? []).map(\.name)
            let key = NameKey.make(partial)
            return names.filter { NameKey.make($0).hasPrefix(key) }.map { $0.contains(" ") ? "\"\($0)\"" : $0 }
        }
        return ["committee=", "role=", "on=", "representative="].filter { $0.hasPrefix(partial) }
    }
}
