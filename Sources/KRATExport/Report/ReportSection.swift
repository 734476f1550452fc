import KRATCore

/// One chapter of the annual report: a stable id (the `id` of its `<section>`), a
/// bilingual title and its body as well-formed markup.
public struct ReportSection: Sendable {
    /// The section's stable id: `cover`, `cases`, `breakdowns`, `flow`, `indicators`,
    /// `institutions`, `awareness` or `meetings`.
    public var id: String
    /// The section's heading.
    public var title: Label
    /// The body, written by ``HTMLDocument`` and ``SVGChart``.
    public var body: String

    /// Creates a section.
    public init(id: String, title: Label, body: String) {
        self.id = id
        self.title = title
        self.body = body
    }

    /// The ids of every section, in the order the report prints them.
    public static let order = ["cover", "cases", "breakdowns", "flow", "indicators", "institutions", "awareness", "meetings"]

    /// Writes a figure: a chart with its caption, kept on one page.
    static func figure(_ document: inout HTMLDocument, caption: String, svg: String) {
        document.element("figure") { figure in
            figure.raw(svg)
            figure.element("figcaption", caption)
        }
    }

    /// Writes a table's notes (multi-valued dimensions, suppression), each once.
    static func notes(_ document: inout HTMLDocument, _ notes: [Label], format: ReportFormat) {
        var seen = Set<String>()
        for note in notes where seen.insert(format(note)).inserted {
            document.element("p", format(note), ["class": "note"])
        }
    }
}
