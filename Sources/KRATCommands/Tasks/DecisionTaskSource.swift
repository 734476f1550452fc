import KRATCore
import KRATStorage

/// The decisions still open that have a due day: each one is a task of its owner.
public struct DecisionTaskSource: TaskSource {
    /// Creates the source.
    public init() {}

    /// Case worker, secretary and analyst (see ``TaskSources``).
    public var itemRoles: Set<Role> { TaskSources.organisationRoles }

    /// One task per open decision with a due day, named `decision MEETING.N`; the text is not
    /// shown (it is free text), only the owner and the day.
    public func tasks(on day: Day, in database: KRATDatabase) throws(StorageError) -> [DueTask] {
        let names = Dictionary(try database.institutions().compactMap { i in i.id.map { ($0, i.name) } }, uniquingKeysWith: { a, _ in a })
        return try database.openDecisions(on: day).compactMap { item in
            guard let due = item.decision.due, item.decision.status == .open else { return nil }
            let reference = "\(item.meetingID).\(item.index + 1)"
            return DueTask(area: Label(sq: "Vendimet", en: "Decisions"), subject: "decision \(reference)",
                           what: Label(sq: "zbatimi", en: "carry out"), due: due,
                           institution: names[item.decision.ownerInstitutionID],
                           command: "decision done \(reference) on=\(day)")
        }
    }
}
