import KRATCore
import KRATStorage

/// The action plan's tasks: activities by their deadline, indicators without a measurement for
/// the last quarter that ended, and next year's plan while it is not approved.
///
/// Institutions report on implementation quarterly (the referral mechanism's partners report
/// quarterly), so an indicator is due a measurement for each quarter of its plan's year by the
/// end of the month after it.
public struct PlanTaskSource: TaskSource {
    /// Creates the source.
    public init() {}

    /// Case worker, secretary and analyst (see ``TaskSources``).
    public var itemRoles: Set<Role> { TaskSources.organisationRoles }

    /// The plan tasks open on `day`.
    public func tasks(on day: Day, in database: KRATDatabase) throws(StorageError) -> [DueTask] {
        let names = Dictionary(try database.institutions().compactMap { i in i.id.map { ($0, i.name) } }, uniquingKeysWith: { a, _ in a })
        let area = Label(sq: "Plani", en: "Plan")
        var tasks: [DueTask] = []
        if let detail = try database.actionPlan(year: day.year) {
            for activity in detail.activities where activity.status == .planned || activity.status == .inProgress {
                guard let id = activity.id else { continue }
                tasks.append(DueTask(area: area, subject: "activity \(id)", what: Label(sq: "aktivitet i planit", en: "plan activity"),
                                     due: activity.deadline, institution: names[activity.responsibleInstitutionID],
                                     command: "activity done \(id) on=\(day)"))
            }
            if let quarter = Self.lastQuarter(before: day, year: day.year), detail.plan.startDay <= quarter.end {
                for indicator in detail.indicators {
                    guard let id = indicator.id else { continue }
                    let measured = try database.measurements(indicatorID: id).contains { $0.period.end >= quarter.end }
                    if !measured {
                        tasks.append(DueTask(area: area, subject: "indicator \(id)", what: Label(sq: "matje", en: "measurement"),
                                             due: Self.measurementDue(quarter), institution: nil,
                                             command: "measure \(id) \(quarter) VALUE"))
                    }
                }
            }
        }
        let next = day.year + 1
        if try database.actionPlan(year: next)?.plan.isApproved != true {
            let exists = try database.actionPlan(year: next) != nil
            tasks.append(DueTask(area: area, subject: "plan \(next)", what: Label(sq: "miratimi i planit", en: "plan approval"),
                                 due: Period.year(day.year).end, institution: nil,
                                 command: exists ? "plan approve \(next) on=DATE" : "plan new \(next) approved=DATE"))
        }
        return tasks
    }

    /// The last quarter of `year` that ended before `day`, or nil in its first quarter.
    static func lastQuarter(before day: Day, year: Int) -> Period? {
        guard day.year == year, day.quarter > 1 else { return nil }
        return .quarter(day.quarter - 1, of: year)
    }

    /// The day a quarter's measurement is due: the last day of the month after the quarter.
    static func measurementDue(_ quarter: Period) -> Day {
        let month = quarter.end.adding(days: 1)
        return Period.month(month.month, of: month.year).end
    }
}
