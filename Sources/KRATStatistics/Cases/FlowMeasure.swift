import KRATCore

/// A row of the case-flow table: a count or a median number of days.
public enum FlowMeasure: String, Coded {
    /// Cases identified in the period.
    case identified
    /// Identified as potential victims (VMT).
    case identifiedVMT = "identified_vmt"
    /// VMT at identification, since confirmed as victims.
    case vmtBecameVT = "vmt_became_vt"
    /// VMT at identification, since found not to be victims.
    case vmtBecameNotVictim = "vmt_became_not_victim"
    /// VMT at identification, still VMT.
    case vmtStillVMT = "vmt_still_vmt"
    /// Identified directly as victims (VT).
    case identifiedVT = "identified_vt"
    /// Cases referred.
    case referred
    /// Median days from identification to referral.
    case medianDaysToReferral = "median_days_to_referral"
    /// Cases that received a protection or reintegration service.
    case served
    /// Median days from identification to the first service.
    case medianDaysToFirstService = "median_days_to_first_service"
    /// VMT whose status changed.
    case statusChanged = "status_changed"
    /// Median days from identification to the status change.
    case medianDaysToStatusChange = "median_days_to_status_change"
    /// Cases open on the period's last day.
    case openAtEnd = "open_at_end"

    /// The label shown to people.
    public var label: Label {
        switch self {
        case .identified: Label(sq: "Raste të identifikuara", en: "Cases identified")
        case .identifiedVMT: Label(sq: "Identifikuar si VMT", en: "Identified as VMT")
        case .vmtBecameVT: Label(sq: "VMT që u bënë VT", en: "VMT who became VT")
        case .vmtBecameNotVictim: Label(sq: "VMT që rezultuan jo viktima", en: "VMT found not to be victims")
        case .vmtStillVMT: Label(sq: "Ende VMT", en: "Still VMT")
        case .identifiedVT: Label(sq: "Identifikuar si VT", en: "Identified as VT")
        case .referred: Label(sq: "Raste të referuara", en: "Cases referred")
        case .medianDaysToReferral: Label(sq: "Mediana e ditëve deri në referim", en: "Median days to referral")
        case .served: Label(sq: "Raste me shërbim", en: "Cases served")
        case .medianDaysToFirstService: Label(sq: "Mediana e ditëve deri në shërbimin e parë", en: "Median days to first service")
        case .statusChanged: Label(sq: "VMT me status të ndryshuar", en: "VMT whose status changed")
        case .medianDaysToStatusChange: Label(sq: "Mediana e ditëve deri në ndryshimin e statusit", en: "Median days to status change")
        case .openAtEnd: Label(sq: "Raste të hapura në fund të periudhës", en: "Cases open at the period's end")
        }
    }
}
