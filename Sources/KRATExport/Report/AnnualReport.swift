import Foundation
import KRATCore
import KRATStorage

/// The annual analysis report (*Analiza Vjetore*) as one self-contained HTML file.
///
/// Inline CSS and inline SVG charts, no scripts and no network references; it prints on
/// A4 with each chapter on a new page. Chapters: cover, cases by year with the
/// same-period comparison, breakdowns, case flow, indicator progress by pillar,
/// institution performance against last year, the awareness calendar's compliance, and
/// the year's meetings with the open decisions. Titles are in Albanian or English.
///
/// The report honours the database's role. It is made from counts and organisational
/// records only, never from case records, so no role's report holds personal data; for
/// the public role every small count is hidden (written `[c]`) with a note. Names of
/// people (meeting chairs, attendees) are left out.
///
/// The output is XHTML-compatible HTML5 (every element closed, attributes quoted, text
/// escaped), so an XML parser can check it.
///
/// Two days frame it: ``asOf`` bounds the data (counts run to it, or to 31 December when the
/// year is over), and ``preparedOn``, the database's today unless given, is the day the cover says the report
/// was prepared.
///
/// ```swift
/// try AnnualReport.write(database: db, year: 2023, language: .sq,
///                        asOf: Day(iso: "2023-10-31")!, to: "analiza-2023.html")
/// ```
public struct AnnualReport: Sendable {
    /// The database, opened for the role the report is for.
    public var database: KRATDatabase
    /// The year reported on.
    public var year: Int
    /// The language of the report.
    public var language: Language
    /// The last day of data: counts of the year run to this day (or to 31 December).
    public var asOf: Day
    /// The day the report is prepared, on the cover; on or after the last day counted.
    public var preparedOn: Day

    /// Creates a report with data up to `asOf`, prepared on `preparedOn` (today unless given).
    public init(database: KRATDatabase, year: Int, language: Language, asOf: Day, preparedOn: Day? = nil) {
        self.database = database
        self.year = year
        self.language = language
        self.asOf = asOf
        self.preparedOn = preparedOn ?? database.today
    }

    /// Writes the report for `year` with data up to `asOf`, prepared on `preparedOn`, to `path`.
    public static func write(database: KRATDatabase, year: Int, language: Language, asOf: Day,
                             preparedOn: Day? = nil, to path: String) throws(AnnualReportError) {
        try AnnualReport(database: database, year: year, language: language, asOf: asOf, preparedOn: preparedOn)
            .write(to: path)
    }

    /// Writes the report to `path`, replacing it atomically.
    public func write(to path: String) throws(AnnualReportError) {
        let html = try html()
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .writeFailed(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// The chapters, in print order (see ``ReportSection/order``).
    public func sections() throws(AnnualReportError) -> [ReportSection] {
        let context = try ReportContext(database: database, year: year, language: language, asOf: asOf,
                                        preparedOn: preparedOn)
        return [
            try ReportSection.cover(context),
            try ReportSection.cases(context),
            try ReportSection.breakdowns(context),
            try ReportSection.flow(context),
            try ReportSection.indicators(context),
            try ReportSection.institutions(context),
            try ReportSection.awareness(context),
            try ReportSection.meetings(context),
        ]
    }

    /// The whole HTML document.
    public func html() throws(AnnualReportError) -> String {
        let sections = try sections()
        let title = ReportLabels.title(year: year).text(language)
        return HTMLDocument.page(language: language.rawValue, title: title, style: ReportStyle.css) { body in
            for section in sections {
                body.element("section", ["id": section.id, "class": "chapter"]) { chapter in
                    if section.id != "cover" { chapter.element("h2", section.title.text(language)) }
                    chapter.raw(section.body)
                }
            }
        }
    }
}
