import KRATCore

/// The fixed texts of the annual report, in Albanian and English.
enum ReportLabels {
    static func title(year: Int) -> Label {
        Label(sq: "Analiza Vjetore \(year)", en: "Annual Analysis \(year)")
    }
    static let committee = Label(sq: "Komiteti Rajonal Antitrafik (KRAT)", en: "Regional Anti-Trafficking Committee (KRAT)")
    static let contents = Label(sq: "Përmbajtja", en: "Contents")

    /// The heading of each chapter, by section id.
    static func section(_ id: String) -> Label {
        switch id {
        case "cover": Label(sq: "Kopertina", en: "Cover")
        case "cases": Label(sq: "Rastet sipas viteve dhe krahasimi me vitin e kaluar",
                            en: "Cases by year and the comparison with last year")
        case "breakdowns": Label(sq: "Rastet sipas karakteristikave", en: "Cases by characteristic")
        case "flow": Label(sq: "Rrjedha e rasteve", en: "Case flow")
        case "indicators": Label(sq: "Ecuria e treguesve të planit të veprimit sipas shtyllave",
                                 en: "Action plan indicator progress by pillar")
        case "institutions": Label(sq: "Performanca e institucioneve krahasuar me vitin e kaluar",
                                   en: "Institution performance against last year")
        case "awareness": Label(sq: "Zbatimi i kalendarit të aktiviteteve ndërgjegjësuese",
                                en: "Awareness calendar compliance")
        case "meetings": Label(sq: "Mbledhjet e vitit dhe vendimet e hapura", en: "The year's meetings and open decisions")
        default: Label(id)
        }
    }

    static func madeOn(_ day: String) -> Label { Label(sq: "Përgatitur më \(day)", en: "Prepared on \(day)") }
    static func dataTo(_ day: String) -> Label { Label(sq: "Të dhënat deri më \(day)", en: "Data up to \(day)") }

    /// What the reader's role means for the numbers.
    /// The banner of a report made from generated sample data.
    static let sampleData = Label(
        sq: "TË DHËNA SHEMBULL: ky raport është bërë nga raste dhe regjistrime të gjeneruara, jo të vërteta.",
        en: "SAMPLE DATA: this report was made from generated cases and records, not real ones.")

    static func roleNote(_ role: Role, threshold: Int) -> Label {
        switch role {
        case .caseWorker, .secretary, .analyst:
            Label(sq: "Ky raport përmban vetëm numra dhe të dhëna organizative; asnjë të dhënë personale.",
                  en: "This report holds only counts and organisational records; no personal data.")
        case .public:
            Label(sq: "Botim publik i tabelave të përhershme të viteve të mbyllura. "
                      + SuppressionSymbol.note(threshold: threshold).sq + ".",
                  en: "Public edition of the fixed tables of ended years. "
                      + SuppressionSymbol.note(threshold: threshold).en + ".")
        }
    }

    static let samePeriod = Label(sq: "e njëjta periudhë", en: "same period")
    static let cumulative = Label(sq: "Raste të identifikuara, kumulative sipas muajve",
                                  en: "Cases identified, cumulative by month")
    static let noData = Label(sq: "Nuk ka të dhëna për këtë periudhë.", en: "No records for this period.")
    static let monthlyHidden = Label(
        sq: "Grafiku mujor nuk botohet në versionin publik: numrat mujorë janë të vegjël.",
        en: "The monthly chart is left out of the public edition: monthly counts are small.")
}
