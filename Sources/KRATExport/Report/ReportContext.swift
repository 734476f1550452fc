import KRATCore
import KRATStatistics
import KRATStorage

/// What every section of the annual report reads: the database and its statistics, the
/// year, the days (the data's last day and the day of preparation), the language and the
/// organisational records.
struct ReportContext: Sendable {
    /// The database, opened for the role the report is for.
    let database: KRATDatabase
    /// Its case statistics (with the role's suppression).
    let statistics: CaseStatistics
    /// The year reported on.
    let year: Int
    /// The last day counted: the as-of day, or 31 December when the year is over. Nothing
    /// after it appears in the report.
    let reportDay: Day
    /// The day the report is prepared, shown on the cover.
    let preparedOn: Day
    /// 1 January of the year to ``reportDay``.
    let period: Period
    /// Numbers, days and labels in the report's language.
    let format: ReportFormat
    /// Institutions, memberships, meetings, plans and the calendar of the year and the one before.
    let records: OrganisationRecords

    /// Reads the organisational records and sets up the days.
    init(database: KRATDatabase, year: Int, language: Language, asOf: Day,
         preparedOn: Day) throws(AnnualReportError) {
        guard Period.year(year).start <= asOf else { throw .asOfBeforeYear(year: year, asOf: asOf) }
        let reportDay = min(asOf, Period.year(year).end)
        guard reportDay <= preparedOn else { throw .preparedBeforeData(preparedOn: preparedOn, dataTo: reportDay) }
        self.database = database
        statistics = CaseStatistics(database)
        self.year = year
        self.reportDay = reportDay
        self.preparedOn = preparedOn
        period = reportDay == Period.year(year).end ? .year(year) : .yearToDate(reportDay)
        format = ReportFormat(language: language, threshold: database.settings.suppressionThreshold)
        do {
            records = try OrganisationRecords.load(from: database, year: year)
        } catch {
            throw .storage(error)
        }
    }

    /// Whether the year is still running on the day the report is made.
    var isPartial: Bool { reportDay < Period.year(year).end }

    /// Whether counts are suppressed for the role.
    var suppresses: Bool { database.role.requiresSuppression }

    /// Who the report is about: "Qarku Durrës", or Albania for a national database.
    var place: Label {
        switch database.scope {
        case .county(let county): county.label
        case .national: Label(sq: "Shqipëria", en: "Albania")
        }
    }

    /// A label in the report's language.
    func callAsFunction(_ label: Label) -> String { format(label) }

    /// Runs a storage read, turning its error into the report's.
    func read<T>(_ body: () throws(StorageError) -> T) throws(AnnualReportError) -> T {
        do { return try body() } catch { throw .storage(error) }
    }

    /// An institution's name, or "Institution 12" when it is not known.
    func institutionName(_ id: Int64) -> String {
        records.institutions.first { $0.id == id }?.name ?? format(Label(sq: "Institucioni \(id)", en: "Institution \(id)"))
    }
}
