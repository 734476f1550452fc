import Foundation

/// Whether an awareness activity kept the calendar's rules, as known on a given day.
public struct AwarenessCompliance: Sendable, Hashable, Codable {
    /// The day the question was asked; notices and reports sent after it do not count.
    public var asOf: Day
    /// Whether the notice for the current date was sent one day before.
    public var noticeStatus: NoticeStatus
    /// Whether the date changed without a new notice: there is a notice for another
    /// date but none for the current one.
    public var changedWithoutNotice: Bool
    /// Whether the report was sent by the day after the activity.
    public var reportStatus: ReportStatus

    /// Creates a compliance value.
    public init(asOf: Day, noticeStatus: NoticeStatus, changedWithoutNotice: Bool, reportStatus: ReportStatus) {
        self.asOf = asOf
        self.noticeStatus = noticeStatus
        self.changedWithoutNotice = changedWithoutNotice
        self.reportStatus = reportStatus
    }

    /// Whether no rule is broken: no late or missing notice or report, and no change of
    /// date left unannounced. Rules not yet due count as kept.
    public var isCompliant: Bool {
        !noticeStatus.isBreach && !reportStatus.isBreach && !changedWithoutNotice
    }
}
