import Foundation
import KRATTestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif
import KRATCore
import KRATExport
import KRATSampleData
import KRATStorage
import Testing

/// A demo county database (Durrës, 6,000 cases over ten years, organisation records) with
/// one extra case whose personal fields hold markers, and the reports written from it.
final class ReportFixture: Sendable {
    static let asOf = Day(year: 2023, month: 10, day: 31) ?? Day(ordinal: 0)
    /// The day the reports are prepared: fixed, and not the as-of day, so the cover can tell them apart.
    static let preparedOn = Day(year: 2023, month: 11, day: 3) ?? Day(ordinal: 0)
    static let year = 2023
    static let markers = ["Zzmarkerfirst", "Zzmarkerlast", "Z99999999Z", "+355690009999", "Rruga Zzmarker 7"]

    let directory: String
    let caseWorker: KRATDatabase
    let analyst: KRATDatabase
    let publicReader: KRATDatabase
    /// The analyst's report in each language.
    let analystHTML: [Language: String]
    /// The public edition, in Albanian.
    let publicHTML: String
    /// Every personal value of the generated cases, read as a case worker.
    let personalValues: [String]

    static let shared: Result<ReportFixture, any Error> = Result { try ReportFixture() }

    static func get() throws -> ReportFixture { try shared.get() }

    private init() throws {
        directory = NSTemporaryDirectory() + "krat-report-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/durres.sqlite"
        caseWorker = try DemoDatabase.create(at: path, county: .durres, clock: .fixed(Self.asOf))
        var marked = CaseGenerator(counties: [.durres], years: 2023...2023, count: 1, seed: 99, asOf: Self.asOf).generate(at: 0)
        marked.id = "MARKED-1"
        marked.personal = PersonalData(firstName: Self.markers[0], lastName: Self.markers[1], personalID: Self.markers[2],
                                       phone: Self.markers[3], address: Self.markers[4])
        try caseWorker.insert(marked, asOf: Self.asOf)
        var values: [String] = []
        try caseWorker.forEachCaseRecord(CaseQuery(), purpose: "report test: personal values to look for",
                                         destination: "test memory") { record in
            let p = record.personal
            values += [p.personalID, p.phone, p.address].compactMap { $0 }
            if let first = p.firstName, let last = p.lastName { values.append("\(first) \(last)") }
        }
        personalValues = values
        analyst = try KRATDatabase.open(at: path, role: .analyst)
        publicReader = try KRATDatabase.open(at: path, role: .public)
        var html: [Language: String] = [:]
        for language in Language.allCases {
            let file = directory + "/analiza-\(language.rawValue).html"
            try AnnualReport.write(database: analyst, year: Self.year, language: language, asOf: Self.asOf,
                                   preparedOn: Self.preparedOn, to: file)
            html[language] = try String(contentsOfFile: file, encoding: .utf8)
        }
        analystHTML = html
        let publicFile = directory + "/analiza-public.html"
        // The public sees whole years that have ended only: its edition is of the year before.
        try AnnualReport.write(database: publicReader, year: Self.year - 1, language: .sq, asOf: Self.asOf,
                               preparedOn: Self.preparedOn, to: publicFile)
        publicHTML = try String(contentsOfFile: publicFile, encoding: .utf8)
        // To look at the reports: KRAT_REPORT_OUT=/tmp/reports swift test --filter AnnualReport
        if let out = ProcessInfo.processInfo.environment["KRAT_REPORT_OUT"] {
            try? FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for name in ["analiza-sq.html", "analiza-en.html", "analiza-public.html"] {
                try? FileManager.default.removeItem(atPath: out + "/" + name)
                try FileManager.default.copyItem(atPath: directory + "/" + name, toPath: out + "/" + name)
            }
        }
    }
}

@Suite("Annual report")
struct AnnualReportTests {
    /// Parses the report as XML: it must be well-formed XHTML-compatible HTML5.
    static func parse(_ html: String) throws -> XMLDocument {
        try XMLDocument(xmlString: html, options: [])
    }

    static func elements(_ document: XMLDocument, _ xpath: String) throws -> [XMLElement] {
        try document.nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
    }

    @Test("is well-formed, with every section, in both languages")
    func wellFormedWithEverySection() throws {
        let fixture = try ReportFixture.get()
        var headings: [Language: [String]] = [:]
        for (language, html) in fixture.analystHTML {
            let document = try Self.parse(html)
            #expect(document.rootElement()?.name == "html")
            #expect(document.rootElement()?.attribute(forName: "lang")?.stringValue == language.rawValue)
            let ids = try Self.elements(document, "//section").compactMap { $0.attribute(forName: "id")?.stringValue }
            #expect(ids == ReportSection.order)
            headings[language] = try Self.elements(document, "//section/h2").compactMap(\.stringValue)
            #expect(headings[language]?.count == ReportSection.order.count - 1)
        }
        #expect(headings[.sq]?.first?.contains("Rastet") == true)
        #expect(headings[.en]?.first?.contains("Cases") == true)
        #expect(headings[.sq] != headings[.en])
        #expect(try Self.parse(fixture.publicHTML).rootElement()?.name == "html")
    }

    @Test("every chart has data")
    func everyChartHasData() throws {
        let fixture = try ReportFixture.get()
        for html in fixture.analystHTML.values {
            let charts = try Self.elements(try Self.parse(html), "//svg")
            #expect(charts.count >= 12)
            for chart in charts {
                let title = (try? chart.nodes(forXPath: "title").first?.stringValue) ?? "?"
                let rects = try chart.nodes(forXPath: ".//rect").compactMap { $0 as? XMLElement }.filter { rect in
                    let width = Double(rect.attribute(forName: "width")?.stringValue ?? "") ?? 0
                    let height = Double(rect.attribute(forName: "height")?.stringValue ?? "") ?? 0
                    return width > 0 && height > 0
                }
                let paths = try chart.nodes(forXPath: ".//path").compactMap { ($0 as? XMLElement)?.attribute(forName: "d")?.stringValue }
                    .filter { $0.contains("L") }
                #expect(!rects.isEmpty || !paths.isEmpty, "chart '\(title)' draws nothing")
            }
        }
    }

    @Test("the headline numbers equal countCases", arguments: Language.allCases)
    func headlineEqualsCountCases(language: Language) throws {
        let fixture = try ReportFixture.get()
        let document = try Self.parse(try #require(fixture.analystHTML[language]))
        var shown: [String: Int] = [:]
        for element in try Self.elements(document, "//section[@id='cases']//strong[@data-headline]") {
            let key = try #require(element.attribute(forName: "data-headline")?.stringValue)
            shown[key] = Int((element.stringValue ?? "").filter(\.isNumber))
        }
        let period = Period.yearToDate(ReportFixture.asOf)
        let counts = try fixture.caseWorker.countCases(in: [period, period.samePeriodPreviousYear], by: [.status])
        for (prefix, count) in zip(["current", "previous"], counts) {
            #expect(shown["\(prefix)_VMT"] == count["VMT"])
            #expect(shown["\(prefix)_VT"] == count["VT"])
            #expect(shown["\(prefix)_total"] == count.total)
        }
        #expect(shown.count == 6)
    }

    @Test("an analyst's report holds no personal data")
    func noPersonalData() throws {
        let fixture = try ReportFixture.get()
        #expect(fixture.personalValues.count > 1000)
        for html in fixture.analystHTML.values + [fixture.publicHTML] {
            for marker in ReportFixture.markers {
                #expect(!html.contains(marker), "marker found in the report")
                #expect(!html.contains(HTMLDocument.escape(marker)), "escaped marker found in the report")
            }
            // Searched as UTF-8 bytes: String.contains over 20,000 values takes minutes.
            let bytes = Data(html.utf8)
            let leaked = fixture.personalValues.filter { value in
                bytes.range(of: Data(value.utf8)) != nil || bytes.range(of: Data(HTMLDocument.escape(value).utf8)) != nil
            }
            #expect(leaked.isEmpty, "\(leaked.count) personal values found in the report")
        }
    }

    @Test("is self-contained: no network references, no scripts")
    func selfContained() throws {
        let fixture = try ReportFixture.get()
        for html in fixture.analystHTML.values + [fixture.publicHTML] {
            for forbidden in ["http://", "https://", "<script", "src=", "href=", "url(", "@import"] {
                #expect(!html.contains(forbidden), "found \(forbidden)")
            }
            #expect(html.contains("@page { size: A4"))
            #expect(html.contains("@media print"))
        }
    }

    @Test("the public edition hides small counts and says so")
    func publicEditionSuppresses() throws {
        let fixture = try ReportFixture.get()
        let document = try Self.parse(fixture.publicHTML)
        let hidden = try Self.elements(document, "//td[contains(@class,'suppressed')]")
        // Hidden counts read [c], never "<10": one hidden by secondary suppression may be large.
        #expect(hidden.allSatisfy { $0.stringValue == "[c]" })
        let chartTexts = try Self.elements(document, "//svg//text").compactMap(\.stringValue)
        #expect(chartTexts.contains("[c]") || !hidden.isEmpty, "no count is hidden anywhere")
        #expect(!fixture.publicHTML.contains("&lt;10") && !fixture.publicHTML.contains("<10"))
        #expect(fixture.publicHTML.contains("[c] = e fshehur për të mbrojtur personat"))
        #expect(fixture.publicHTML.contains("fshihen"))
        for element in try Self.elements(document, "//strong[@data-headline]") {
            let text = element.stringValue ?? ""
            #expect(text == "[c]" || (Int(text.filter(\.isNumber)) ?? 0) >= 10)
        }
        // The monthly curve is left out of the public edition.
        #expect(try Self.elements(document, "//section[@id='cases']//svg//path").isEmpty)
    }

    @Test("a year that has not begun is refused with an actionable message")
    func refusesFutureYear() throws {
        let fixture = try ReportFixture.get()
        let report = AnnualReport(database: fixture.analyst, year: 2024, language: .en, asOf: ReportFixture.asOf)
        #expect(throws: AnnualReportError.asOfBeforeYear(year: 2024, asOf: ReportFixture.asOf)) { try report.html() }
        #expect(AnnualReportError.asOfBeforeYear(year: 2024, asOf: ReportFixture.asOf).description.contains("give a year"))
    }

    @Test("the cover shows the day of preparation and, apart from it, the last day of data")
    func coverDays() throws {
        let fixture = try ReportFixture.get()
        let english = try Self.elements(try Self.parse(try #require(fixture.analystHTML[.en])), "//section[@id='cover']//p[@class='meta']")
        #expect(english.compactMap(\.stringValue) == ["Prepared on 3 November 2023", "Data up to 31 October 2023"])
        let albanian = try Self.elements(try Self.parse(try #require(fixture.analystHTML[.sq])), "//section[@id='cover']//p[@class='meta']")
        #expect(albanian.compactMap(\.stringValue) == ["Përgatitur më 3 nëntor 2023", "Të dhënat deri më 31 tetor 2023"])

        // A past year: the data end on 31 December, the report is prepared weeks later.
        let lastYear = AnnualReport(database: fixture.analyst, year: 2022, language: .en, asOf: ReportFixture.asOf,
                                    preparedOn: ReportFixture.preparedOn)
        let cover = try #require(try lastYear.sections().first).body
        #expect(cover.contains("Prepared on 3 November 2023") && cover.contains("Data up to 31 December 2022"))
    }

    @Test("a report cannot be prepared before the last day it counts")
    func preparedBeforeData() throws {
        let fixture = try ReportFixture.get()
        let early = Day(year: 2023, month: 10, day: 30) ?? Day(ordinal: 0)
        let report = AnnualReport(database: fixture.analyst, year: 2023, language: .en, asOf: ReportFixture.asOf, preparedOn: early)
        let expected = AnnualReportError.preparedBeforeData(preparedOn: early, dataTo: ReportFixture.asOf)
        #expect(throws: expected) { try report.html() }
        #expect(expected.description.contains("give a preparation day on or after 2023-10-31"))
    }

    @Test("escapes text so markup in data cannot break the page")
    func escapes() throws {
        #expect(HTMLDocument.escape("<b>\"R&D\"</b> 'x'") == "&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt; &#39;x&#39;")
        var document = HTMLDocument()
        document.element("p", "a < b & c", ["title": "\"quoted\""])
        _ = try Self.parse(document.markup)
    }
}
