import KRATCore

extension Shell {
    /// The first lines of an interactive shell: what is open, as whom, what kind of data it
    /// holds, and where help is (as sqlite3's "Enter .help for usage hints").
    public var banner: String {
        var lines: [String] = []
        if let session = context.session {
            lines.append(session.roleDescription)
            if let notice = session.dataNotice { lines.append(notice.text(context.language)) }
        } else {
            lines.append(Label(sq: "Asnjë bazë të dhënash e hapur (krat SKEDAR, ose krat --demo).",
                               en: "No database open (krat FILE, or krat --demo).").text(context.language))
        }
        lines.append(Label(sq: "Shkruani .help për ndihmë.", en: "Enter .help for usage hints.").text(context.language))
        return lines.joined(separator: "\n") + "\n"
    }
}
