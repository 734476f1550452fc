/// A small writer of well-formed, XHTML-compatible HTML5: every element closed, every
/// attribute quoted, every text escaped.
///
/// Only the five XML entities are written (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`), so
/// the output parses both as HTML5 and as XML. Void HTML elements are written as `<br/>`;
/// other HTML elements are never self-closed. SVG elements may be self-closed.
public struct HTMLDocument: Sendable {
    /// The markup written so far.
    public private(set) var markup = ""

    /// An empty document.
    public init() {}

    /// Escapes text for an element's content or a quoted attribute value.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Control characters other than tab and line breaks are not allowed in XML.
            case let c where c.value < 0x20 && c != "\t" && c != "\n" && c != "\r": out += " "
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// The attributes written as ` name="value"`, in the order given, values escaped.
    public static func attributes(_ attributes: KeyValuePairs<String, String>) -> String {
        attributes.map { " \($0.key)=\"\(escape($0.value))\"" }.joined()
    }

    /// Appends markup that is already well-formed (from this writer or ``SVGChart``).
    public mutating func raw(_ markup: String) {
        self.markup += markup
    }

    /// Appends escaped text.
    public mutating func text(_ text: String) {
        markup += Self.escape(text)
    }

    /// Appends an element with escaped text content.
    public mutating func element(_ name: String, _ text: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        markup += "<\(name)\(Self.attributes(attributes))>\(Self.escape(text))</\(name)>"
    }

    /// Appends an element whose content `body` writes.
    public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:],
                                 _ body: (inout HTMLDocument) -> Void) {
        markup += "<\(name)\(Self.attributes(attributes))>"
        body(&self)
        markup += "</\(name)>"
    }

    /// Appends a void element (`br`, `meta`, `hr`), written self-closed.
    public mutating func void(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        markup += "<\(name)\(Self.attributes(attributes))/>"
    }

    /// A whole page: doctype, `html` with its language, `head` with UTF-8, title and
    /// inline style, then the body `body` writes. No scripts, no external references.
    public static func page(language: String, title: String, style: String,
                            _ body: (inout HTMLDocument) -> Void) -> String {
        var document = HTMLDocument()
        document.raw("<!DOCTYPE html>\n")
        document.element("html", ["lang": language]) { html in
            html.element("head") { head in
                head.void("meta", ["charset": "utf-8"])
                head.void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                head.element("title", title)
                // Style is raw text in HTML (entities are not decoded there), so it is written
                // unescaped; `<` and `&` are dropped so it stays well-formed XML too.
                head.raw("<style>\(style.filter { $0 != "<" && $0 != "&" })</style>")
            }
            html.element("body", [:], body)
        }
        document.raw("\n")
        return document.markup
    }
}
