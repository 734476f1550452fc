import KRATCore
import KRATStatistics
import KRATStorage

extension ReportSection {
    // MARK: - Meetings and open decisions

    /// The meetings of the period (day, kind, place, institutions present, decisions) and
    /// the decisions still open on the report's day, overdue ones first. No person's name
    /// is printed: chairs and attendees are counted by institution.
    static func meetings(_ context: ReportContext) throws(AnnualReportError) -> ReportSection {
        let format = context.format
        let meetings = context.records.meetings.filter { context.period.contains($0.date) }.sorted { $0.date < $1.date }
        var html = HTMLDocument()
        html.element("h3", format(Label(sq: "Mbledhjet e vitit \(context.year)", en: "Meetings in \(context.year)")))
        if meetings.isEmpty {
            html.element("p", format(ReportLabels.noData), ["class": "empty"])
        } else {
            table(&html, format, headings: [("Data", "Date", "dim"), ("Lloji", "Kind", "dim"), ("Vendi", "Place", "dim"),
                                            ("Institucione të pranishme", "Institutions present", "num"),
                                            ("Vendime", "Decisions", "num")]) { body in
                for meeting in meetings {
                    body.element("tr") { tr in
                        tr.element("td", format.day(meeting.date), ["class": "dim"])
                        tr.element("td", format(meeting.kind.label), ["class": "dim"])
                        tr.element("td", meeting.place, ["class": "dim"])
                        tr.element("td", format.integer(meeting.institutionsPresent.count), ["class": "num"])
                        tr.element("td", format.integer(meeting.decisions.count), ["class": "num"])
                    }
                }
            }
        }
        let open = try context.read { () throws(StorageError) in try context.database.openDecisions(on: context.reportDay) }
            .sorted { a, b in
                let day = context.reportDay
                return (a.decision.isOverdue(on: day) ? 0 : 1, a.decision.due ?? a.meetingDate, a.meetingDate)
                    < (b.decision.isOverdue(on: day) ? 0 : 1, b.decision.due ?? b.meetingDate, b.meetingDate)
            }
        let overdue = open.filter { $0.decision.isOverdue(on: context.reportDay) }.count
        html.element("h3", format(Label(sq: "Vendime të hapura më \(format.day(context.reportDay)): \(open.count), prej tyre me afat të kaluar: \(overdue)",
                                        en: "Decisions open on \(format.day(context.reportDay)): \(open.count), overdue: \(overdue)")))
        if open.isEmpty {
            html.element("p", format(Label(sq: "Nuk ka vendime të hapura.", en: "No decisions are open.")), ["class": "empty"])
        } else {
            table(&html, format, headings: [("Mbledhja", "Meeting", "dim"), ("Vendimi", "Decision", "dim"),
                                            ("Përgjegjës", "Responsible", "dim"), ("Afati", "Due", "dim")]) { body in
                for item in open {
                    let late = item.decision.isOverdue(on: context.reportDay)
                    body.element("tr") { tr in
                        tr.element("td", format.day(item.meetingDate), ["class": "dim"])
                        tr.element("td", item.decision.text, ["class": "dim"])
                        tr.element("td", context.institutionName(item.decision.ownerInstitutionID), ["class": "dim"])
                        tr.element("td", (item.decision.due.map(format.day) ?? "–") + (late ? " ⚠" : ""),
                                   ["class": late ? "dim off_track" : "dim"])
                    }
                }
            }
        }
        return ReportSection(id: "meetings", title: ReportLabels.section("meetings"), body: html.markup)
    }

    /// A data table with the given headings (Albanian, English, class) and rows.
    private static func table(_ html: inout HTMLDocument, _ format: ReportFormat, headings: [(String, String, String)],
                              rows: (inout HTMLDocument) -> Void) {
        html.element("table", ["class": "data"]) { table in
            table.element("thead") { head in
                head.element("tr") { tr in
                    for (sq, en, kind) in headings { tr.element("th", format(Label(sq: sq, en: en)), ["class": kind]) }
                }
            }
            table.element("tbody", [:], rows)
        }
    }
}
