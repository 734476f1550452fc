import KRATCore

/// One thing due: what, about which record, by when, by whom, and the command that does it.
public struct DueTask: Sendable, Hashable {
    /// The kind of work: cases, the awareness calendar, decisions, the action plan.
    public var area: Label
    /// The record it is about, as the user names it (`KU-2025-014`, `activity 12`).
    public var subject: String
    /// What is due (`referral`, `notice`, `report`).
    public var what: Label
    /// The last day it is due on.
    public var due: Day
    /// Who should do it (an institution's name), when known.
    public var institution: String?
    /// The line that does it, to copy at the prompt.
    public var command: String

    /// Creates a task.
    public init(area: Label, subject: String, what: Label, due: Day, institution: String? = nil, command: String) {
        self.area = area
        self.subject = subject
        self.what = what
        self.due = due
        self.institution = institution
        self.command = command
    }
}
