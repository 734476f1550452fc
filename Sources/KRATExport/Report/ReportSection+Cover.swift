import KRATCore
import KRATStatistics
import KRATStorage

extension ReportSection {
    // MARK: - Cover

    /// The cover: title, county, committee, the days, the role's note, key figures and contents.
    static func cover(_ context: ReportContext) throws(AnnualReportError) -> ReportSection {
        let format = context.format
        let compare = try context.read { () throws(StorageError) in try context.statistics.compare(period: context.period) }
        let awareness = context.records.awareness.filter { context.period.contains($0.date) && !$0.cancelled }.count
        let meetings = context.records.meetings.filter { context.period.contains($0.date) }.count
        var html = HTMLDocument()
        html.element("h1", format(ReportLabels.title(year: context.year)))
        if context.database.holdsSampleData {
            html.element("p", format(ReportLabels.sampleData), ["class": "sample-data"])
        }
        html.element("p", "\(format(ReportLabels.committee)) · \(format(context.place))", ["class": "committee"])
        html.element("p", format(ReportLabels.madeOn(format.day(context.preparedOn))), ["class": "meta"])
        html.element("p", format(ReportLabels.dataTo(format.day(context.reportDay))), ["class": "meta"])
        html.element("p", format(ReportLabels.roleNote(context.database.role, threshold: format.threshold)), ["class": "note"])
        html.element("div", ["class": "keyfigures"]) { figures in
            func current(_ code: String) -> String { compare.row(where: "status", is: code).map { format.cell($0[1]) } ?? "–" }
            let figuresList: [(Label, String)] = [
                (Label(sq: "Raste të identifikuara", en: "Cases identified"), current("total")),
                (Label(sq: "Viktima të mundshme (VMT)", en: "Potential victims (VMT)"), current("VMT")),
                (Label(sq: "Viktima (VT)", en: "Victims (VT)"), current("VT")),
                (Label(sq: "Aktivitete ndërgjegjësuese", en: "Awareness activities"), format.integer(awareness)),
                (Label(sq: "Mbledhje", en: "Meetings"), format.integer(meetings)),
            ]
            for (label, value) in figuresList {
                figures.element("div", ["class": "keyfigure"]) { box in
                    box.element("span", value, ["class": "value"])
                    box.element("span", format(label), ["class": "label"])
                }
            }
        }
        html.element("h3", format(ReportLabels.contents))
        html.element("ol", ["class": "contents"]) { list in
            for id in order.dropFirst() { list.element("li", format(ReportLabels.section(id))) }
        }
        return ReportSection(id: "cover", title: ReportLabels.section("cover"), body: html.markup)
    }

    // MARK: - The headline sentence

    /// The seeds' headline: "2 potential victims so far this year, against 6 in the same
    /// period last year", with the victims and the total. Each number is a `strong` element
    /// with `data-headline` = `current_VMT`, `previous_VMT`, `current_VT`, `previous_VT`,
    /// `current_total` or `previous_total`.
    static func headline(_ html: inout HTMLDocument, _ compare: ResultTable, _ context: ReportContext) {
        let format = context.format
        func cells(_ code: String) -> (ResultTable.Cell, ResultTable.Cell) {
            guard let row = compare.row(where: "status", is: code) else { return (.integer(0), .integer(0)) }
            return (row[1], row[2])
        }
        func number(_ key: String, _ cell: ResultTable.Cell) -> String {
            "<strong data-headline=\"\(key)\">\(HTMLDocument.escape(format.cell(cell)))</strong>"
        }
        func plural(_ cell: ResultTable.Cell, _ one: String, _ many: String) -> String { cell.integer == 1 ? one : many }
        let (vmt, vmtBefore) = cells("VMT"), (vt, vtBefore) = cells("VT"), (total, totalBefore) = cells("total")
        let previous = context.year - 1
        let sentence: String
        switch (format.language, context.isPartial) {
        case (.en, true):
            sentence = "\(number("current_VMT", vmt)) potential \(plural(vmt, "victim", "victims")) (VMT) so far this year, "
                + "against \(number("previous_VMT", vmtBefore)) in the same period last year; "
                + "\(number("current_VT", vt)) \(plural(vt, "victim", "victims")) (VT) against \(number("previous_VT", vtBefore)). "
                + "In all \(number("current_total", total)) cases from 1 January to \(format.day(context.reportDay)), "
                + "against \(number("previous_total", totalBefore)) to the same day of \(previous)."
        case (.en, false):
            sentence = "\(number("current_VMT", vmt)) potential \(plural(vmt, "victim", "victims")) (VMT) in \(context.year), "
                + "against \(number("previous_VMT", vmtBefore)) in \(previous); "
                + "\(number("current_VT", vt)) \(plural(vt, "victim", "victims")) (VT) against \(number("previous_VT", vtBefore)). "
                + "In all \(number("current_total", total)) cases, against \(number("previous_total", totalBefore))."
        case (.sq, true):
            sentence = "Deri më sot këtë vit janë konstatuar \(number("current_VMT", vmt)) "
                + "\(plural(vmt, "viktimë e mundshme", "viktima të mundshme")) trafikimi (VMT), "
                + "nga \(number("previous_VMT", vmtBefore)) në të njëjtën periudhë të vitit të kaluar; "
                + "\(number("current_VT", vt)) \(plural(vt, "viktimë", "viktima")) trafikimi (VT) nga \(number("previous_VT", vtBefore)). "
                + "Gjithsej \(number("current_total", total)) raste nga 1 janari deri më \(format.day(context.reportDay)), "
                + "kundrejt \(number("previous_total", totalBefore)) deri në të njëjtën ditë të vitit \(previous)."
        case (.sq, false):
            sentence = "Në vitin \(context.year) janë konstatuar \(number("current_VMT", vmt)) "
                + "\(plural(vmt, "viktimë e mundshme", "viktima të mundshme")) trafikimi (VMT), "
                + "nga \(number("previous_VMT", vmtBefore)) në vitin \(previous); "
                + "\(number("current_VT", vt)) \(plural(vt, "viktimë", "viktima")) trafikimi (VT) nga \(number("previous_VT", vtBefore)). "
                + "Gjithsej \(number("current_total", total)) raste, kundrejt \(number("previous_total", totalBefore))."
        }
        html.raw("<p class=\"headline\">\(sentence)</p>")
    }
}
