import KRATCore

extension BundleManifest.Activity {
    /// The JSON entry of an activity, its compliance judged as of `asOf`; the report's
    /// photos are listed as referenced (the bundle fills in their archive paths).
    init(_ activity: AwarenessActivity, asOf: Day, organiser: String) {
        let compliance = activity.compliance(asOf: asOf)
        let municipality = activity.municipalityCode.flatMap(Municipality.withCode)
        self.init(
            id: activity.id, title: activity.title, theme: activity.theme, date: activity.date,
            municipality: activity.municipalityCode.map { code in
                BundleManifest.NamedCode(code: code, name: municipality?.name ?? code)
            },
            place: activity.place,
            organiser: BundleManifest.NamedCode(code: String(activity.organiserID), name: organiser),
            nationalCalendar: activity.nationalCalendar, cancelled: activity.cancelled,
            targetGroups: activity.targetGroups.map(\.code), notices: activity.notices,
            noticeStatus: compliance.noticeStatus.code, changedWithoutNotice: compliance.changedWithoutNotice,
            reportStatus: compliance.reportStatus.code,
            report: activity.report.map { report in
                BundleManifest.Report(
                    sentOn: report.sentOn, purpose: report.purpose, theme: report.theme,
                    participants: report.participants.map { .init(group: $0.group.code, count: $0.count) },
                    totalParticipants: report.totalParticipants,
                    photos: report.photos.map { .init(fileName: $0.fileName, sha256: $0.sha256, path: nil, bytes: nil) })
            })
    }
}
