import KRATCore
import KRATStorage

/// The case process as a source of `tasks`: for every open case, its next SOP step, the
/// decision on a potential victim and its review, each due by the county's SOP timetable.
///
/// The case worker sees each task with its case and day; the analyst sees counts only
/// (``TaskSource``); the public sees none.
public struct CaseTaskSource: TaskSource {
    /// Creates the source.
    public init() {}

    /// Only the case worker sees a case's tasks one by one.
    public var itemRoles: Set<Role> { [.caseWorker] }

    /// The work due on every open case; "who" is the State Social Service, which applies the SOPs.
    public func tasks(on day: Day, in database: KRATDatabase) throws(StorageError) -> [DueTask] {
        let timetable = try database.sopTimetable()
        let area = Label(sq: "Rastet", en: "Cases")
        return try database.openCaseProgress().flatMap { progress in
            progress.due(under: timetable).map { item in
                DueTask(area: area, subject: progress.id, what: item.work.label, due: item.due,
                        institution: nil, command: item.work.command(caseID: progress.id))
            }
        }
    }
}
