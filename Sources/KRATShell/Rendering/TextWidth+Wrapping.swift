extension TextWidth {
    // MARK: - Fitting text to a width

    /// `text` broken into lines of at most `width` columns: at spaces where it can, inside a
    /// word longer than the width where it must (as sqlite3's `.mode box --wrap N`).
    ///
    /// Always at least one line (an empty one for empty text); a width under 1 counts as 1.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var current = ""
        for word in singleLine(text).split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            if !current.isEmpty, columns(current) + 1 + word.count <= width {
                current += " " + word
                continue
            }
            if !current.isEmpty { lines.append(current) }
            while word.count > width {
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            current = String(word)
        }
        lines.append(current)
        return lines
    }

    /// `text` wrapped to `width` columns with every line after the first indented by `indent`
    /// spaces, so a wrapped cell reads apart from the next row (no indent below 4 columns).
    public static func wrap(_ text: String, width: Int, indent: Int) -> [String] {
        let lines = wrap(text, width: width)
        guard lines.count > 1, indent > 0, width - indent >= 4 else { return lines }
        let rest = singleLine(text).split(separator: " ", omittingEmptySubsequences: true)
            .joined(separator: " ").dropFirst(lines[0].count)
        let margin = String(repeating: " ", count: indent)
        return [lines[0]] + wrap(String(rest.drop { $0 == " " }), width: width - indent).map { margin + $0 }
    }

    /// `text` cut to at most `width` columns, ending in `…` when something was cut (as DuckDB does).
    public static func truncate(_ text: String, width: Int) -> String {
        guard columns(text) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        return String(text.prefix(width - 1)) + "…"
    }
}
