import KRATCore

/// The Albanian texts the sample data is made of: officials' names, agendas, decisions,
/// objectives with their activities and indicators, awareness themes and places.
/// Officials are people acting for institutions; no text here describes a victim.
enum SampleTexts {
    // MARK: - People

    static let firstNames = ["Arben", "Blerina", "Dritan", "Elona", "Fatmir", "Gentiana", "Ilir", "Jonida",
                             "Klodian", "Lindita", "Mirela", "Nertil", "Orjana", "Petrit", "Rudina", "Sokol",
                             "Teuta", "Valbona", "Xhulio", "Zamira"]
    static let lastNames = ["Hoxha", "Krasniqi", "Leka", "Marku", "Shehu", "Dervishi", "Gjoka", "Kola", "Basha",
                            "Meta", "Prifti", "Rama", "Topalli", "Zeneli", "Cela", "Duka"]
    static let functions = ["Drejtor", "Përgjegjës sektori", "Punonjës social", "Specialist", "Koordinator projekti",
                            "Inspektor"]

    /// An official's name.
    static func official(using random: inout SeededGenerator) -> String {
        "\(random.pick(firstNames) ?? "Arben") \(random.pick(lastNames) ?? "Hoxha")"
    }

    // MARK: - Meetings

    /// The agenda of a meeting of `kind` in `year`.
    static func agenda(for kind: MeetingKind, year: Int) -> [String] {
        switch kind {
        case .annualAnalysis:
            ["Raporti vjetor i KRAT për vitin \(year - 1)", "Arritjet dhe problematikat",
             "Miratimi i Planit Rajonal të Veprimit \(year)", "Objektivat për vitin \(year)"]
        case .antiTraffickingMonthClosing:
            ["Përmbledhja e aktiviteteve të Muajit Antitrafik \(year)", "Raportimi te Koordinatori Kombëtar",
             "Mësimet e nxjerra"]
        case .technicalTable, .workshop, .other:
            ["Ecuria e zbatimit të Planit të Veprimit", "Rastet e identifikuara dhe referimi",
             "Fëmijët në situatë rruge", "Kalendari i aktiviteteve ndërgjegjësuese", "Të ndryshme"]
        }
    }

    static let decisions = [
        "Dërgimi i raportit të zbatimit te Koordinatori Kombëtar",
        "Përditësimi i listës së kontakteve të Tryezës Teknike",
        "Organizimi i një trajnimi për punonjësit e NJMF-ve",
        "Vlerësimi i punësueshmërisë së familjeve me ndihmë ekonomike",
        "Hartimi i kalendarit të aktiviteteve për Muajin Antitrafik",
        "Monitorimi i fëmijëve në situatë rruge gjatë sezonit turistik",
        "Përgatitja e raportit për analizën vjetore",
    ]

    // MARK: - Awareness

    static let themes = [
        "Trafikimi i fëmijëve në situatë rruge", "Rreziqet e punës së ofruar në internet",
        "Trafikimi për shfrytëzim seksual", "Migrimi i sigurt", "Trafikimi për punë të detyruar",
        "Parandalimi i martesave të hershme",
    ]

    /// A title for an activity on `date`, naming the observance it falls in.
    static func activityTitle(on date: Day, using random: inout SeededGenerator) -> String {
        let observances = NationalObservance.observances(on: date)
        if observances.contains(.europeanAntiTraffickingDay) { return "Aktivitet për Ditën Evropiane kundër Trafikimit" }
        if observances.contains(.worldDayAgainstTrafficking) { return "Aktivitet për Ditën Botërore kundër Trafikimit" }
        let kind = random.pick(["Bashkëbisedim", "Fushatë informuese", "Tryezë diskutimi", "Seancë informimi"]) ?? "Fushatë"
        return observances.contains(.antiTraffickingMonth) ? "\(kind) në kuadër të Muajit Antitrafik" : kind
    }

    /// A place in a municipality.
    static func place(in municipality: String, using random: inout SeededGenerator) -> String {
        random.pick(["Shkolla e mesme \"\(municipality)\"", "Sheshi qendror, \(municipality)",
                     "Qendra Rinore \(municipality)", "Salla e Bashkisë \(municipality)"]) ?? municipality
    }

    /// The purpose of an activity on a theme.
    static func purpose(of theme: String) -> String {
        "Informimi dhe ndërgjegjësimi i komunitetit mbi temën: \(theme.lowercased())"
    }
}
