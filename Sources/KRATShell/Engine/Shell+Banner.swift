import KRATCore

extension Shell {
    /// The first lines of an interactive shell: what is open, as whom, what kind of data it
    /// holds, and where help is (as sqlite3's "Enter .help for usage hints").
    public var banner: String { banner(version: nil) }

    /// The first screen with the program's `version` first: the database, the role and the
    /// county, the sample-data notice, the day the data is read as of, and where help is;
    /// each line fitted to the terminal's width.
    public func banner(version: String?) -> String {
        let language = context.language
        var lines: [String] = []
        if let version { lines.append("krat \(version)") }
        if let session = context.session {
            lines.append(session.roleDescription)
            if let day = session.dataDay {
                lines.append(Label(sq: "Të dhënat deri më \(day).", en: "Data as of \(day).").text(language))
            }
            if let notice = session.dataNotice { lines.append(notice.text(language)) }
        } else {
            lines.append(Label(sq: "Asnjë bazë të dhënash e hapur (krat SKEDAR, ose krat --demo).",
                               en: "No database open (krat FILE, or krat --demo).").text(language))
        }
        lines.append(Label(sq: "Shkruani .help për listën e komandave, .help KOMANDA për shembuj.",
                           en: "Enter .help for the list of commands, .help COMMAND for examples.").text(language))
        return GridRenderer.fitted(lines, width: context.fittingWidth)
    }
}
