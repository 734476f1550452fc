import KRATCore

/// How the cases identified in a period moved: status changes, days to the first SOP
/// steps, and how many cases were still open at the period's end.
public struct CaseFlowFacts: Sendable, Hashable {
    /// Cases identified in the period.
    public var identified: Int
    /// Of them, identified as potential victims (VMT).
    public var identifiedAsPotentialVictims: Int
    /// Of them, identified directly as victims (VT).
    public var identifiedAsVictims: Int
    /// VMT at identification, later confirmed as victims.
    public var becameVictims: Int
    /// VMT at identification, later found not to be victims.
    public var becameNotVictims: Int
    /// VMT at identification, still VMT.
    public var stillPotentialVictims: Int
    /// Days from identification to referral, over the cases referred.
    public var toReferral: DayIntervals
    /// Days from identification to the first protection or reintegration service.
    public var toFirstService: DayIntervals
    /// Days from identification to the status change, over the VMT whose status changed.
    public var toStatusChange: DayIntervals
    /// Cases (identified at any time up to the period's end) still open on its last day.
    public var openAtEnd: Int

    /// Creates facts.
    public init(identified: Int, identifiedAsPotentialVictims: Int, identifiedAsVictims: Int, becameVictims: Int,
                becameNotVictims: Int, stillPotentialVictims: Int, toReferral: DayIntervals,
                toFirstService: DayIntervals, toStatusChange: DayIntervals, openAtEnd: Int) {
        self.identified = identified
        self.identifiedAsPotentialVictims = identifiedAsPotentialVictims
        self.identifiedAsVictims = identifiedAsVictims
        self.becameVictims = becameVictims
        self.becameNotVictims = becameNotVictims
        self.stillPotentialVictims = stillPotentialVictims
        self.toReferral = toReferral
        self.toFirstService = toFirstService
        self.toStatusChange = toStatusChange
        self.openAtEnd = openAtEnd
    }
}

/// A number of cases and the median number of days of some interval over them.
public struct DayIntervals: Sendable, Hashable {
    /// The cases that have the interval.
    public var cases: Int
    /// The median in days (the mean of the two middle values for an even count); nil with no case.
    public var medianDays: Double?

    /// Creates a summary.
    public init(cases: Int, medianDays: Double?) {
        self.cases = cases
        self.medianDays = medianDays
    }
}
