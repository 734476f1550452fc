/// Width of text on a terminal, counted in characters (grapheme clusters).
///
/// `ë`, `ç` and box-drawing characters take one column each, whether they are
/// stored as one Unicode scalar or as a letter with a combining mark.
public enum TextWidth {
    /// The columns `text` occupies.
    public static func columns(_ text: String) -> Int { text.count }

    /// `text` padded with spaces to `width` columns, on the right (left-aligned) or the left.
    public static func pad(_ text: String, to width: Int, rightAligned: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - columns(text)))
        return rightAligned ? fill + text : text + fill
    }

    /// `text` on one line: line breaks and tabs become spaces.
    public static func singleLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
