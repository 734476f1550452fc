import Foundation

/// What a committee meeting was held for.
public enum MeetingKind: String, Coded {
    /// A regular meeting of the Technical Table.
    case technicalTable = "technical_table"
    /// The KRAT's annual analysis, which approves the next action plan.
    case annualAnalysis = "annual_analysis"
    /// The meeting that closes the awareness activities of the Anti-Trafficking Month (October).
    case antiTraffickingMonthClosing = "anti_trafficking_month_closing"
    /// A workshop, for instance on drafting the regional action plan.
    case workshop = "workshop"
    /// Any other meeting.
    case other = "other"

    /// The label shown to people.
    public var label: Label {
        switch self {
        case .technicalTable: Label(sq: "Takim i Tryezës Teknike", en: "Technical Table meeting")
        case .annualAnalysis: Label(sq: "Analiza Vjetore", en: "Annual analysis")
        case .antiTraffickingMonthClosing:
            Label(sq: "Mbyllja e aktiviteteve të Muajit Antitrafik", en: "Anti-Trafficking Month closing")
        case .workshop: Label(sq: "Punëtori", en: "Workshop")
        case .other: Label(sq: "Tjetër", en: "Other")
        }
    }
}
