import KRATCore

/// How each organiser kept the rules of the awareness calendar: notice one day before,
/// a new notice when the date changes, a report after the activity.
public enum AwarenessCalendarCompliance {
    /// One row per organiser (by name) of the activities dated in `period`, then a `total` row.
    ///
    /// Columns: `organiser` (code: institution id), `activities`, `cancelled`,
    /// `notice_on_time`, `notice_late` (noticed less than a day before), `notice_missing`,
    /// `changed_without_notice` (the date changed and no notice names the new date),
    /// `report_on_time`, `report_late`, `report_missing`, `compliant` (no breach), each
    /// judged by ``AwarenessActivity/compliance(asOf:)`` as of `asOf`.
    public static func table(_ records: OrganisationRecords, period: Period, asOf: Day) -> ResultTable {
        let activities = records.awareness.filter { period.contains($0.date) }
        let organisers = Set(activities.map(\.organiserID)).sorted { a, b in
            (name(a, records), a) < (name(b, records), b)
        }
        var rows = organisers.map { organiser in
            [records.institutionCell(organiser)] + counts(activities.filter { $0.organiserID == organiser }, asOf: asOf)
        }
        rows.append([StatisticsLabels.totalCell] + counts(activities, asOf: asOf))
        func column(_ key: String, _ sq: String, _ en: String) -> ResultTable.Column {
            ResultTable.Column(key: key, label: Label(sq: sq, en: en))
        }
        return ResultTable(
            title: Label(sq: "Zbatimi i kalendarit të aktiviteteve ndërgjegjësuese, \(period)",
                         en: "Awareness calendar compliance, \(period)"),
            columns: [
                ResultTable.Column(key: "organiser", label: Label(sq: "Organizatori", en: "Organiser"), role: .dimension),
                column("activities", "Aktivitete", "Activities"),
                column("cancelled", "Të anuluara", "Cancelled"),
                column("notice_on_time", "Njoftuar në kohë", "Noticed on time"),
                column("notice_late", "Njoftuar më pak se një ditë përpara", "Noticed less than a day before"),
                column("notice_missing", "Pa njoftim", "Notice missing"),
                column("changed_without_notice", "Ndryshuar pa njoftim të ri", "Changed without new notice"),
                column("report_on_time", "Raportuar në kohë", "Reported on time"),
                column("report_late", "Raportuar me vonesë", "Report late"),
                column("report_missing", "Pa raport", "Report missing"),
                column("compliant", "Pa shkelje", "Compliant"),
            ],
            rows: rows)
    }

    private static func name(_ id: Int64, _ records: OrganisationRecords) -> String {
        records.institutions.first { $0.id == id }?.name ?? ""
    }

    private static func counts(_ activities: [AwarenessActivity], asOf: Day) -> [ResultTable.Cell] {
        let checks = activities.map { $0.compliance(asOf: asOf) }
        func count(_ test: (AwarenessCompliance) -> Bool) -> ResultTable.Cell { .integer(checks.filter(test).count) }
        return [
            .integer(activities.count),
            .integer(activities.filter(\.cancelled).count),
            count { $0.noticeStatus == .onTime },
            count { $0.noticeStatus == .late },
            count { $0.noticeStatus == .missing },
            count { $0.changedWithoutNotice },
            count { $0.reportStatus == .onTime },
            count { $0.reportStatus == .late },
            count { $0.reportStatus == .missing },
            count { $0.isCompliant },
        ]
    }
}
