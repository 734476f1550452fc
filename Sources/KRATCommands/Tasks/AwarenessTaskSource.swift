import KRATCore
import KRATStorage

/// The awareness calendar's tasks: a notice due the day before each activity (again after a
/// move), and a report due the day after it.
public struct AwarenessTaskSource: TaskSource {
    /// Creates the source.
    public init() {}

    /// Case worker, secretary and analyst (see ``TaskSources``).
    public var itemRoles: Set<Role> { TaskSources.organisationRoles }

    /// A notice for every activity of this year and the next that has not yet taken place and
    /// has no notice for its current date; a report for every one that took place without one.
    public func tasks(on day: Day, in database: KRATDatabase) throws(StorageError) -> [DueTask] {
        let period = (try? Period(from: Period.year(day.year).start, through: Period.year(day.year + 1).end)) ?? .year(day.year)
        let activities = try database.awarenessActivities(in: period)
        let names = Dictionary(try database.institutions().compactMap { i in i.id.map { ($0, i.name) } }, uniquingKeysWith: { a, _ in a })
        let area = Label(sq: "Kalendari", en: "Calendar")
        var tasks: [DueTask] = []
        for activity in activities where !activity.cancelled {
            guard let id = activity.id else { continue }
            let organiser = names[activity.organiserID]
            let noticed = activity.notices.contains { $0.forDate == activity.date }
            if !noticed, activity.date >= day {
                let moved = !activity.notices.isEmpty
                tasks.append(DueTask(area: area, subject: "activity \(id)",
                                     what: moved ? Label(sq: "njoftim i ri (data ndryshoi)", en: "new notice (date changed)")
                                                 : Label(sq: "njoftim", en: "notice"),
                                     due: activity.noticeDueDay, institution: organiser,
                                     command: "calendar notice \(id) on=\(min(day, activity.noticeDueDay))"))
            }
            if activity.report == nil, activity.date <= day {
                tasks.append(DueTask(area: area, subject: "activity \(id)", what: Label(sq: "raport", en: "report"),
                                     due: activity.reportDueDay, institution: organiser,
                                     command: "calendar report \(id) on=\(day) purpose=… participants=GROUP:COUNT photos=FILE,…"))
            }
        }
        return tasks
    }
}
