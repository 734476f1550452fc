import Foundation

/// Which of the county's two anti-trafficking bodies a committee is.
public enum CommitteeKind: String, Coded {
    /// The Regional Anti-Trafficking Committee, chaired by the Prefect.
    case krat = "krat"
    /// The KRAT's working body, chaired by the prefecture's Secretary General.
    case technicalTable = "technical_table"

    /// The label shown to people.
    public var label: Label {
        switch self {
        case .krat: Label(sq: "Komiteti Rajonal Antitrafik (KRAT)", en: "Regional Anti-Trafficking Committee (KRAT)")
        case .technicalTable: Label(sq: "Tryeza Teknike", en: "Technical Table")
        }
    }
}
