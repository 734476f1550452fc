import KRATCore

/// How a dimension or a trend step is named after "by" in a table title: Albanian takes
/// the definite genitive after *sipas* ("sipas gjinisë"), English a plain noun phrase.
struct TitlePhrase: Sendable {
    /// The Albanian phrase, in the form *sipas* takes.
    let sq: String
    /// The English phrase.
    let en: String

    /// "Rastet sipas gjinisë dhe grupmoshës", "Cases by sex and age band".
    static func title(_ phrases: [TitlePhrase]) -> Label {
        Label(sq: "Rastet sipas " + phrases.map(\.sq).joined(separator: " dhe "),
              en: "Cases by " + phrases.map(\.en).joined(separator: " and "))
    }
}

extension CaseDimension {
    /// The dimension after "by" in a title.
    var titlePhrase: TitlePhrase {
        switch self {
        case .county: TitlePhrase(sq: "qarkut", en: "county")
        case .municipality: TitlePhrase(sq: "bashkisë", en: "municipality")
        case .status: TitlePhrase(sq: "statusit", en: "status")
        case .sex: TitlePhrase(sq: "gjinisë", en: "sex")
        case .ageBand: TitlePhrase(sq: "grupmoshës", en: "age band")
        case .child: TitlePhrase(sq: "moshës (fëmijë ose i rritur)", en: "child or adult")
        case .exploitation: TitlePhrase(sq: "llojit të shfrytëzimit", en: "exploitation type")
        case .citizenship: TitlePhrase(sq: "shtetësisë", en: "citizenship")
        case .identifiedBy: TitlePhrase(sq: "institucionit që i identifikoi", en: "identifying institution")
        case .streetSituation: TitlePhrase(sq: "situatës në rrugë", en: "street situation")
        case .transnational: TitlePhrase(sq: "trafikimit ndërkombëtar ose të brendshëm", en: "transnational or internal")
        }
    }
}

extension TrendUnit {
    /// The trend step after "by" in a title.
    var titlePhrase: TitlePhrase {
        switch self {
        case .year: TitlePhrase(sq: "vitit", en: "year")
        case .quarter: TitlePhrase(sq: "tremujorit", en: "quarter")
        case .month: TitlePhrase(sq: "muajit", en: "month")
        }
    }
}
