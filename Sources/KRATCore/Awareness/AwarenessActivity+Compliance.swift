import Foundation

extension AwarenessActivity {
    // MARK: - Rules of the calendar

    /// Whether the activity kept the calendar's rules, as known on `asOf`.
    ///
    /// Only notices and a report sent on or before `asOf` count, so the answer for a past
    /// day is what the committee could have seen that day. A cancelled activity needs
    /// neither notice nor report.
    public func compliance(asOf: Day) -> AwarenessCompliance {
        let sent = notices.filter { $0.sentOn <= asOf }
        let forCurrentDate = sent.filter { $0.forDate == date }
        let forOtherDates = sent.filter { $0.forDate != date }
        let changedWithoutNotice = !cancelled && forCurrentDate.isEmpty && !forOtherDates.isEmpty
        return AwarenessCompliance(asOf: asOf,
                                   noticeStatus: noticeStatus(notices: forCurrentDate, asOf: asOf),
                                   changedWithoutNotice: changedWithoutNotice,
                                   reportStatus: reportStatus(asOf: asOf))
    }

    /// The notice status from the notices for the current date sent by `asOf`.
    private func noticeStatus(notices forCurrentDate: [ActivityNotice], asOf: Day) -> NoticeStatus {
        if cancelled { return .notRequired }
        if let first = forCurrentDate.map(\.sentOn).min() {
            return first <= noticeDueDay ? .onTime : .late
        }
        return asOf > noticeDueDay ? .missing : .notYetDue
    }

    /// The report status from the report, if it was sent by `asOf`.
    private func reportStatus(asOf: Day) -> ReportStatus {
        if cancelled { return .notRequired }
        if let report, report.sentOn <= asOf {
            return report.sentOn <= reportDueDay ? .onTime : .late
        }
        return asOf > reportDueDay ? .missing : .notYetDue
    }
}
