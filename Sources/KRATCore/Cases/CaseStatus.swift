/// Where a case stands: a potential victim (VMT), a victim (VT), or found not to be a victim.
///
/// A potential victim may be confirmed as a victim or found not to be one; neither
/// decision goes back to "potential".
public enum CaseStatus: String, Coded {
    /// *Viktimë e mundshme e trafikimit*: a potential victim of trafficking.
    case potentialVictim = "VMT"
    /// *Viktimë e trafikimit*: a victim of trafficking.
    case victim = "VT"
    /// Assessed and found not to be a victim.
    case notVictim = "not_victim"

    public var label: Label {
        switch self {
        case .potentialVictim: Label(sq: "Viktimë e mundshme e trafikimit (VMT)", en: "Potential victim (VMT)")
        case .victim: Label(sq: "Viktimë e trafikimit (VT)", en: "Victim (VT)")
        case .notVictim: Label(sq: "Jo viktimë", en: "Not a victim")
        }
    }

    /// Whether a case in this status may move to `next`.
    public func canChange(to next: CaseStatus) -> Bool {
        self == .potentialVictim && next != .potentialVictim
    }
}

/// The sex recorded for a person.
public enum Sex: String, Coded {
    case female = "F"
    case male = "M"
    /// Not recorded.
    case unknown = "U"

    public var label: Label {
        switch self {
        case .female: Label(sq: "Femër", en: "Female")
        case .male: Label(sq: "Mashkull", en: "Male")
        case .unknown: Label(sq: "E panjohur", en: "Unknown")
        }
    }
}

/// A form of exploitation. A case may have several.
public enum ExploitationType: String, Coded {
    case sexual, labour, begging
    case forcedCriminality = "forced_criminality"
    case forcedMarriage = "forced_marriage"
    case organRemoval = "organ_removal"
    case other

    public var label: Label {
        switch self {
        case .sexual: Label(sq: "Shfrytëzim seksual", en: "Sexual exploitation")
        case .labour: Label(sq: "Shfrytëzim në punë", en: "Labour exploitation")
        case .begging: Label(sq: "Lypje e detyruar", en: "Forced begging")
        case .forcedCriminality: Label(sq: "Kriminalitet i detyruar", en: "Forced criminality")
        case .forcedMarriage: Label(sq: "Martesë e detyruar", en: "Forced marriage")
        case .organRemoval: Label(sq: "Heqje organesh", en: "Organ removal")
        case .other: Label(sq: "Tjetër", en: "Other")
        }
    }
}

/// A potential victim's confirmation as a victim, or finding that they are not one.
public struct StatusChange: Sendable, Hashable, Codable {
    /// The status before (always VMT).
    public var from: CaseStatus
    /// The status after.
    public var to: CaseStatus
    /// The day of the decision.
    public var on: Day

    /// Creates a change.
    public init(from: CaseStatus, to: CaseStatus, on: Day) {
        self.from = from
        self.to = to
        self.on = on
    }
}
