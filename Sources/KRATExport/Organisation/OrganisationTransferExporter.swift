import Foundation
import KRATCore
import KRATStorage

/// Writes organisational records as transfer files (see <doc:OrganisationTransfer>): the
/// records with the institutions, committees and strategies they refer to, so another
/// county's database can import them.
public enum OrganisationTransferExporter {
    // MARK: - Files

    /// Writes the awareness calendar of `period`. Returns the number of activities written.
    @discardableResult
    public static func exportCalendar(from database: KRATDatabase, period: Period, toPath path: String,
                                      exportedOn: Day? = nil) throws(OrganisationTransferError) -> Int {
        let file = try calendar(from: database, period: period, exportedOn: exportedOn)
        try write(file, toPath: path)
        return file.records.count
    }

    /// Writes the action plan of `year` with its objectives, activities, indicators and
    /// measurements. Returns 1; throws ``OrganisationTransferError/nothingToExport(what:)``
    /// when the county has no plan for the year.
    @discardableResult
    public static func exportPlan(from database: KRATDatabase, year: Int, toPath path: String,
                                  exportedOn: Day? = nil) throws(OrganisationTransferError) -> Int {
        let file = try plan(from: database, year: year, exportedOn: exportedOn)
        try write(file, toPath: path)
        return file.records.count
    }

    /// Writes the meetings held in `period`. Returns the number of meetings written.
    @discardableResult
    public static func exportMeetings(from database: KRATDatabase, period: Period, toPath path: String,
                                      exportedOn: Day? = nil) throws(OrganisationTransferError) -> Int {
        let file = try meetings(from: database, period: period, exportedOn: exportedOn)
        try write(file, toPath: path)
        return file.records.count
    }

    // MARK: - Contents

    /// The transfer file of the awareness calendar of `period`.
    public static func calendar(from database: KRATDatabase, period: Period,
                                exportedOn: Day? = nil) throws(OrganisationTransferError) -> CalendarTransferFile {
        let county = try sourceCounty(database)
        let records = try storage { () throws(StorageError) in try database.awarenessActivities(in: period) }
        return marked(database, CalendarTransferFile(kind: .calendar, sourceCounty: county, exportedOn: exportedOn ?? database.today,
                                    institutions: try institutions(records, database), records: records))
    }

    /// The transfer file of the action plan of `year`.
    public static func plan(from database: KRATDatabase, year: Int,
                            exportedOn: Day? = nil) throws(OrganisationTransferError) -> PlanTransferFile {
        let county = try sourceCounty(database)
        let bundle: ActionPlanBundle = try storage { () throws(StorageError) in
            guard let detail = try database.actionPlan(year: year, county: county) else {
                throw StorageError.notFound(what: "action plan \(year)")
            }
            var measurements: [IndicatorMeasurement] = []
            for indicator in detail.indicators {
                guard let id = indicator.id else { continue }
                measurements += try database.measurements(indicatorID: id)
            }
            return ActionPlanBundle(plan: detail.plan, objectives: detail.objectives.map(\.objective),
                                    activities: detail.activities, indicators: detail.indicators, measurements: measurements)
        }
        var strategies: [TransferStrategy] = []
        if let id = bundle.plan.strategyID, let strategy = try storage({ () throws(StorageError) in try database.strategy(id: id) }) {
            strategies.append(TransferStrategy(ref: id, title: strategy.title, firstYear: strategy.firstYear,
                                               lastYear: strategy.lastYear))
        }
        return marked(database, PlanTransferFile(kind: .plan, sourceCounty: county, exportedOn: exportedOn ?? database.today,
                                institutions: try institutions([bundle], database), strategies: strategies, records: [bundle]))
    }

    /// The transfer file of the meetings held in `period`.
    public static func meetings(from database: KRATDatabase, period: Period,
                                exportedOn: Day? = nil) throws(OrganisationTransferError) -> MeetingsTransferFile {
        let county = try sourceCounty(database)
        let records = try storage { () throws(StorageError) in try database.meetings(in: period) }
        var committees: [TransferCommittee] = []
        for id in Set(records.map(\.committeeID)).sorted() {
            guard let committee = try storage({ () throws(StorageError) in try database.committee(id: id) }) else {
                throw .cannotExport(.notFound(what: "committee \(id)"))
            }
            committees.append(TransferCommittee(ref: id, kind: committee.kind, name: committee.name))
        }
        return marked(database, MeetingsTransferFile(kind: .meetings, sourceCounty: county, exportedOn: exportedOn ?? database.today,
                                    institutions: try institutions(records, database), committees: committees, records: records))
    }

    // MARK: - Helpers

    /// The file, marked when its database holds generated sample data.
    static func marked<Record>(_ database: KRATDatabase, _ file: OrganisationTransferFile<Record>) -> OrganisationTransferFile<Record> {
        var marked = file
        marked.sampleData = database.holdsSampleData ? true : nil
        return marked
    }

    static func write<Record>(_ file: OrganisationTransferFile<Record>, toPath path: String) throws(OrganisationTransferError) {
        do { try OrganisationJSON.writeValue(file, toPath: path) } catch { throw .file(error) }
    }

    static func sourceCounty(_ database: KRATDatabase) throws(OrganisationTransferError) -> County {
        guard case .county(let county) = database.scope else { throw .notACountyDatabase(scope: database.scope.description) }
        return county
    }

    /// The institutions the records refer to, by id.
    static func institutions<Record: TransferRecord>(_ records: [Record],
                                                     _ database: KRATDatabase) throws(OrganisationTransferError) -> [TransferInstitution] {
        let ids = Set(records.flatMap(\.references).filter { $0.target == .institution }.map(\.ref))
        let stored = try storage { () throws(StorageError) in try database.institutions() }
        let byID = Dictionary(stored.compactMap { institution in institution.id.map { ($0, institution) } },
                              uniquingKeysWith: { first, _ in first })
        var entries: [TransferInstitution] = []
        for id in ids.sorted() {
            guard let institution = byID[id] else { throw .cannotExport(.notFound(what: "institution \(id)")) }
            entries.append(TransferInstitution(institution))
        }
        return entries
    }

    static func storage<T>(_ body: () throws(StorageError) -> T) throws(OrganisationTransferError) -> T {
        do { return try body() } catch {
            if case .notFound(let what) = error, what.hasPrefix("action plan") { throw .nothingToExport(what: what) }
            throw .cannotExport(error)
        }
    }
}
