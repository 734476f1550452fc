import Foundation

/// One of the four pillars (*shtyllat*) of the national anti-trafficking strategy.
public enum Pillar: String, Coded {
    /// Prosecution of traffickers.
    case prosecution = "prosecution"
    /// Protection of victims.
    case protection = "protection"
    /// Coordination among institutions.
    case coordination = "coordination"
    /// Prevention, including public awareness.
    case prevention = "prevention"

    /// The label shown to people.
    public var label: Label {
        switch self {
        case .prosecution: Label(sq: "Ndjekja Penale", en: "Prosecution")
        case .protection: Label(sq: "Mbrojtja", en: "Protection")
        case .coordination: Label(sq: "Bashkërendimi", en: "Coordination")
        case .prevention: Label(sq: "Parandalimi", en: "Prevention")
        }
    }
}
