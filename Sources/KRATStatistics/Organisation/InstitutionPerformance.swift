import KRATCore

/// Member institutions' performance in two years, side by side: the comparison "of the
/// actors' performance year after year" that the seeds ask for.
public enum InstitutionPerformance {
    /// One row per member institution (by name) and per-institution ``PerformanceMeasure``
    /// (``PerformanceMeasure/perInstitution``), then one `cases_identified` row per kind of
    /// member institution; columns `institution`, `measure`, `previous`, `current`, `change`
    /// (current − previous; in percentage points for rates; none when either is missing).
    ///
    /// Members: institutions with a membership active at some time in either year.
    /// Something counts as due in a year when its deadline falls in the year and not after
    /// `asOf` (or it is done): planned activities (cancelled ones excluded), awareness
    /// reports (cancelled activities excluded), decisions with a due day (dropped ones
    /// excluded). Attendance counts the meetings of a committee held while the institution
    /// was its member. `casesIdentified` holds, per year, the cases by identifying
    /// institution kind: a case records the kind of institution that identified it, not
    /// the institution, so its count is shown once for the kind, on a row whose
    /// `institution` cell is the kind (code `kind:CODE`), never on each institution of the
    /// kind. With `suppression` those counts below the threshold are hidden; `hiddenCases`,
    /// when given, names instead the kinds whose count is hidden in each year (the pattern
    /// of the year's published table by identifying institution).
    public static func table(_ records: OrganisationRecords, previousYear: Int, currentYear: Int, asOf: Day,
                             casesIdentified: [Int: [InstitutionKind: Int]] = [:],
                             suppression: SmallCountSuppression? = nil,
                             hiddenCases: [Int: Set<InstitutionKind>]? = nil) -> ResultTable {
        let span = (Period.year(min(previousYear, currentYear)).start, Period.year(max(previousYear, currentYear)).end)
        let members = Set(records.memberships.filter { m in
            m.joined <= span.1 && (m.left.map { $0 > span.0 } ?? true)
        }.map(\.institutionID))
        let institutions = records.institutions.filter { $0.id.map(members.contains) ?? false }
            .sorted { ($0.name, $0.id ?? 0) < ($1.name, $1.id ?? 0) }
        var rows: [[ResultTable.Cell]] = []
        for institution in institutions {
            guard let id = institution.id else { continue }
            for measure in PerformanceMeasure.perInstitution {
                let before = rate(measure, id, previousYear, records, asOf)
                let after = rate(measure, id, currentYear, records, asOf)
                let change: ResultTable.Cell = if let before, let after {
                    .decimal(((after - before) * 10).rounded() / 10)
                } else { .none }
                rows.append([records.institutionCell(id), .coded(measure), cell(before), cell(after), change])
            }
        }
        let kinds = InstitutionKind.allCases.filter { kind in institutions.contains { $0.kind == kind } }
        for kind in kinds {
            let before = casesIdentified[previousYear].map { $0[kind] ?? 0 }
            let after = casesIdentified[currentYear].map { $0[kind] ?? 0 }
            func isHidden(_ value: Int?, _ year: Int) -> Bool {
                guard let value else { return false }
                if let hiddenCases { return hiddenCases[year]?.contains(kind) ?? false }
                return suppression?.isBelowThreshold(value) ?? false
            }
            func count(_ value: Int?, _ year: Int) -> ResultTable.Cell {
                guard let value else { return .none }
                return isHidden(value, year) ? .suppressed : .integer(value)
            }
            let hidden = isHidden(before, previousYear) || isHidden(after, currentYear)
            let change: ResultTable.Cell = if hidden { .suppressed } else if let before, let after {
                .integer(after - before)
            } else { .none }
            rows.append([kindCell(kind), .coded(PerformanceMeasure.casesIdentified), count(before, previousYear), count(after, currentYear), change])
        }
        return ResultTable(
            title: Label(sq: "Performanca e institucioneve anëtare: \(currentYear) krahasuar me \(previousYear)",
                         en: "Member institutions' performance: \(currentYear) against \(previousYear)"),
            columns: [
                ResultTable.Column(key: "institution", label: Label(sq: "Institucioni", en: "Institution"), role: .dimension),
                ResultTable.Column(key: "measure", label: Label(sq: "Treguesi", en: "Measure"), role: .dimension),
                ResultTable.Column(key: "previous", label: Label(String(previousYear))),
                ResultTable.Column(key: "current", label: Label(String(currentYear))),
                ResultTable.Column(key: "change", label: Label(sq: "Ndryshimi", en: "Change")),
            ],
            rows: rows,
            notes: suppression.map { [StatisticsLabels.suppressionNote(threshold: $0.threshold)] } ?? [])
    }

    // MARK: - Measures

    /// The institution column's cell for all the member institutions of a kind together.
    static func kindCell(_ kind: InstitutionKind) -> ResultTable.Cell {
        .coded(code: "kind:\(kind.code)",
               label: Label(sq: "Të gjitha institucionet e llojit: \(kind.label.sq)",
                            en: "All institutions of the kind: \(kind.label.en)"))
    }

    private static func cell(_ value: Double?) -> ResultTable.Cell { value.map { .decimal($0) } ?? .none }

    private static func rate(_ measure: PerformanceMeasure, _ id: Int64, _ year: Int,
                             _ records: OrganisationRecords, _ asOf: Day) -> Double? {
        let period = Period.year(year)
        func isDue(_ day: Day, done: Bool) -> Bool { period.contains(day) && (day <= asOf || done) }
        switch measure {
        case .activitiesOnTimePct:
            let due = records.activities.filter {
                $0.responsibleInstitutionID == id && $0.status != .cancelled && isDue($0.deadline, done: $0.status == .done)
            }
            return OrganisationRecords.percent(due.filter { $0.doneOnTime == true }.count, of: due.count)
        case .reportsOnTimePct:
            let organised = records.awareness.filter { activity in
                activity.organiserID == id && !activity.cancelled && period.contains(activity.date)
            }
            let statuses: [ReportStatus] = organised.map { $0.compliance(asOf: asOf).reportStatus }
            let due = statuses.filter { status in status == .onTime || status.isBreach }
            return OrganisationRecords.percent(due.filter { $0 == .onTime }.count, of: due.count)
        case .attendancePct:
            let expected = records.meetings.filter { meeting in
                period.contains(meeting.date) && meeting.date <= asOf && records.memberships.contains {
                    $0.institutionID == id && $0.committeeID == meeting.committeeID && $0.isActive(on: meeting.date)
                }
            }
            return OrganisationRecords.percent(expected.filter { $0.institutionsPresent.contains(id) }.count,
                                               of: expected.count)
        case .decisionsOnTimePct:
            let due = records.meetings.flatMap(\.decisions).filter { decision in
                guard decision.ownerInstitutionID == id, decision.status != .dropped, let day = decision.due else { return false }
                return isDue(day, done: decision.status == .done)
            }
            return OrganisationRecords.percent(due.filter { $0.closedOnTime == true }.count, of: due.count)
        case .casesIdentified:
            return nil
        }
    }
}
