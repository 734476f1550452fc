import KRATCore

/// A row of the institution scorecard.
public enum PerformanceMeasure: String, Coded {
    /// Planned activities done by their deadline, in percent of those due.
    case activitiesOnTimePct = "activities_on_time_pct"
    /// Awareness activities whose report was sent by the day after, in percent of those due.
    case reportsOnTimePct = "reports_on_time_pct"
    /// Meetings attended, in percent of the committee meetings held while a member.
    case attendancePct = "attendance_pct"
    /// Decisions owned, closed by their due date, in percent of those due.
    case decisionsOnTimePct = "decisions_on_time_pct"
    /// Cases identified by the institutions of a kind, all together (a case records the
    /// kind of institution that identified it, not the institution).
    case casesIdentified = "cases_identified"

    /// The measures judged for each institution on its own.
    public static let perInstitution: [PerformanceMeasure] = [
        .activitiesOnTimePct, .reportsOnTimePct, .attendancePct, .decisionsOnTimePct,
    ]

    /// The label shown to people.
    public var label: Label {
        switch self {
        case .activitiesOnTimePct: Label(sq: "Aktivitete të realizuara në afat (%)", en: "Planned activities done on time (%)")
        case .reportsOnTimePct: Label(sq: "Raportime në kohë të aktiviteteve (%)", en: "Awareness reports sent on time (%)")
        case .attendancePct: Label(sq: "Pjesëmarrja në mbledhje (%)", en: "Meeting attendance (%)")
        case .decisionsOnTimePct: Label(sq: "Vendime të mbyllura në afat (%)", en: "Decisions closed on time (%)")
        case .casesIdentified: Label(sq: "Raste të identifikuara nga të gjitha institucionet e këtij lloji",
                                     en: "Cases identified by all institutions of this kind")
        }
    }
}
