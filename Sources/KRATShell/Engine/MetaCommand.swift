import KRATCore

/// The shell's own dot-commands, like sqlite3's: settings, files and help.
public enum MetaCommand: String, Sendable, CaseIterable {
    /// `.help [COMMAND]`
    case help
    /// `.mode [MODE]`
    case mode
    /// `.headers on|off`
    case headers
    /// `.timer on|off`
    case timer
    /// `.role`
    case role
    /// `.lang [sq|en]`
    case lang
    /// `.width [auto|off|N]`
    case width
    /// `.expanded [auto|on|off]`
    case expanded
    /// `.pager [on|off]`
    case pager
    /// `.read FILE`
    case read
    /// `.output [FILE]`
    case output
    /// `.once FILE`
    case once
    /// `.tables`
    case tables
    /// `.schema`
    case schema
    /// `.quit`
    case quit
    /// `.exit`
    case exit

    /// The word typed, with its dot.
    public var word: String { "." + rawValue }

    /// How to call it.
    public var usage: String {
        switch self {
        case .help: ".help [COMMAND]"
        case .mode: ".mode " + OutputMode.allCases.map(\.rawValue).joined(separator: "|")
        case .headers: ".headers on|off"
        case .timer: ".timer on|off"
        case .role: ".role"
        case .lang: ".lang sq|en"
        case .width: ".width auto|off|N"
        case .expanded: ".expanded auto|on|off"
        case .pager: ".pager on|off"
        case .read: ".read FILE"
        case .output: ".output [FILE]"
        case .once: ".once FILE"
        case .tables: ".tables"
        case .schema: ".schema"
        case .quit: ".quit"
        case .exit: ".exit"
        }
    }

    /// One line for `.help`.
    public var summary: Label {
        switch self {
        case .help: Label(sq: "Tregon komandat, ose si përdoret një komandë",
                          en: "Lists the commands, or shows how to use one")
        case .mode: Label(sq: "Zgjedh formën e daljes", en: "Chooses the output format")
        case .headers: Label(sq: "Shfaq ose fsheh titujt e kolonave", en: "Shows or hides column headings")
        case .timer: Label(sq: "Mat kohën e çdo komande", en: "Times each command")
        case .role: Label(sq: "Tregon rolin dhe bazën e të dhënave", en: "Shows the role and the database")
        case .lang: Label(sq: "Zgjedh gjuhën (shqip ose anglisht)", en: "Chooses the language (Albanian or English)")
        case .width: Label(sq: "Gjerësia e tabelave: e terminalit (auto), e plotë (off) ose N kolona",
                           en: "Table width: the terminal's (auto), full (off) or N columns")
        case .expanded: Label(sq: "Një rekord për bllok: kur tabela s'nxë (auto), gjithmonë, kurrë",
                              en: "One record per block: when a table is too wide (auto), always, never")
        case .pager: Label(sq: "Daljet e gjata në faqosës ($PAGER, ose less)",
                           en: "Long output through a pager ($PAGER, or less)")
        case .read: Label(sq: "Ekzekuton komandat e një skedari", en: "Runs the commands of a file")
        case .output: Label(sq: "Dërgon daljen në skedar (pa skedar: në ekran)",
                            en: "Sends output to a file (no file: back to the screen)")
        case .once: Label(sq: "Dërgon daljen e komandës së radhës në skedar",
                          en: "Sends the next command's output to a file")
        case .tables: Label(sq: "Liston tabelat që lejon roli", en: "Lists the tables the role may query")
        case .schema: Label(sq: "Tregon strukturën që lejon roli", en: "Shows the structure the role may see")
        case .quit: Label(sq: "Del nga programi", en: "Leaves the program")
        case .exit: Label(sq: "Del nga programi", en: "Leaves the program")
        }
    }

    /// The meta command for `word` (with or without its dot).
    public init?(word: String) {
        let name = word.hasPrefix(".") ? String(word.dropFirst()) : word
        self.init(rawValue: name.lowercased())
    }
}
