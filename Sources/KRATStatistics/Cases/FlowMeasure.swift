import KRATCore

/// A row of the case-flow table: a count or a median number of days.
public enum FlowMeasure: String, Coded {
    /// Cases identified in the period (up to the as-of day).
    case identified
    /// Of them, identified as potential victims (VMT).
    case identifiedVMT = "identified_vmt"
    /// VMT at identification, confirmed as victims by the end.
    case vmtBecameVT = "vmt_became_vt"
    /// VMT at identification, found not to be victims by the end.
    case vmtBecameNotVictim = "vmt_became_not_victim"
    /// VMT at identification, still VMT at the end.
    case vmtStillVMT = "vmt_still_vmt"
    /// Of them, identified directly as victims (VT).
    case identifiedVT = "identified_vt"
    /// Of them, identified as not victims.
    case identifiedNotVictim = "identified_not_victim"
    /// Of them, referred by the end.
    case referred
    /// Median days from identification to referral.
    case medianDaysToReferral = "median_days_to_referral"
    /// Of them, given a protection or reintegration service by the end.
    case served
    /// Median days from identification to the first service.
    case medianDaysToFirstService = "median_days_to_first_service"
    /// VMT at identification whose status changed by the end.
    case statusChanged = "status_changed"
    /// Median days from identification to the status change.
    case medianDaysToStatusChange = "median_days_to_status_change"
    /// Of them, still open at the end.
    case openAtEnd = "open_at_end"

    /// The label shown to people.
    public var label: Label {
        switch self {
        case .identified: Label(sq: "Raste të identifikuara në periudhë", en: "Cases identified in the period")
        case .identifiedVMT: Label(sq: "prej tyre të identifikuara si VMT", en: "of which identified as VMT")
        case .vmtBecameVT: Label(sq: "nga VMT-të, të konfirmuara VT deri në fund", en: "of the VMT, confirmed as VT by the end")
        case .vmtBecameNotVictim: Label(sq: "nga VMT-të, që rezultuan jo viktima deri në fund",
                                        en: "of the VMT, found not to be victims by the end")
        case .vmtStillVMT: Label(sq: "nga VMT-të, ende VMT në fund", en: "of the VMT, still VMT at the end")
        case .identifiedVT: Label(sq: "prej tyre të identifikuara si VT", en: "of which identified as VT")
        case .identifiedNotVictim: Label(sq: "prej tyre të identifikuara si jo viktima",
                                         en: "of which identified as not a victim")
        case .referred: Label(sq: "Prej tyre të referuara deri në fund", en: "Of these, referred by the end")
        case .medianDaysToReferral: Label(sq: "Mediana e ditëve deri në referim", en: "Median days to referral")
        case .served: Label(sq: "Prej tyre me shërbim deri në fund", en: "Of these, served by the end")
        case .medianDaysToFirstService: Label(sq: "Mediana e ditëve deri në shërbimin e parë", en: "Median days to first service")
        case .statusChanged: Label(sq: "VMT me status të ndryshuar deri në fund", en: "VMT whose status changed by the end")
        case .medianDaysToStatusChange: Label(sq: "Mediana e ditëve deri në ndryshimin e statusit", en: "Median days to status change")
        case .openAtEnd: Label(sq: "Prej tyre ende të hapura në fund", en: "Of these, still open at the end")
        }
    }
}
