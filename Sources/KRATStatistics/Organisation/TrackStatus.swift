import KRATCore

/// Whether an indicator is where its straight line from baseline to target says it should be.
public enum TrackStatus: String, Coded {
    /// At least as good as expected, in the indicator's direction.
    case onTrack = "on_track"
    /// Worse than expected.
    case offTrack = "off_track"

    /// The label shown to people.
    public var label: Label {
        switch self {
        case .onTrack: Label(sq: "Në rrugë të mbarë", en: "On track")
        case .offTrack: Label(sq: "Jashtë objektivit", en: "Off track")
        }
    }
}
