import KRATCore

/// How the cases identified in a period stood on its last day (or an earlier as-of day):
/// status changes, days to the first SOP steps, and how many of them were still open.
/// Every count is about those cases: the three kinds of identification add up to the
/// cases identified, and the three outcomes of the VMT add up to the VMT.
public struct CaseFlowFacts: Sendable, Hashable {
    /// Cases identified in the period.
    public var identified: Int
    /// Of them, identified as potential victims (VMT).
    public var identifiedAsPotentialVictims: Int
    /// Of them, identified directly as victims (VT).
    public var identifiedAsVictims: Int
    /// Of them, identified as not victims.
    public var identifiedAsNotVictims: Int
    /// VMT at identification, confirmed as victims by ``asOf``.
    public var becameVictims: Int
    /// VMT at identification, found not to be victims by ``asOf``.
    public var becameNotVictims: Int
    /// VMT at identification, still VMT on ``asOf``.
    public var stillPotentialVictims: Int
    /// Days from identification to referral, over the cases referred by ``asOf``.
    public var toReferral: DayIntervals
    /// Days from identification to the first protection or reintegration service, by ``asOf``.
    public var toFirstService: DayIntervals
    /// Days from identification to the status change, over the VMT whose status changed by ``asOf``.
    public var toStatusChange: DayIntervals
    /// Of the cases identified, those still open on ``asOf``.
    public var openAtEnd: Int
    /// The day the facts stand on: the period's last day, or the as-of day when earlier.
    public var asOf: Day

    /// Creates facts.
    public init(identified: Int, identifiedAsPotentialVictims: Int, identifiedAsVictims: Int,
                identifiedAsNotVictims: Int, becameVictims: Int, becameNotVictims: Int, stillPotentialVictims: Int,
                toReferral: DayIntervals, toFirstService: DayIntervals, toStatusChange: DayIntervals,
                openAtEnd: Int, asOf: Day) {
        self.identified = identified
        self.identifiedAsPotentialVictims = identifiedAsPotentialVictims
        self.identifiedAsVictims = identifiedAsVictims
        self.identifiedAsNotVictims = identifiedAsNotVictims
        self.becameVictims = becameVictims
        self.becameNotVictims = becameNotVictims
        self.stillPotentialVictims = stillPotentialVictims
        self.toReferral = toReferral
        self.toFirstService = toFirstService
        self.toStatusChange = toStatusChange
        self.openAtEnd = openAtEnd
        self.asOf = asOf
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
