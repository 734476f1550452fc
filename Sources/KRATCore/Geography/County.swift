/// One of Albania's twelve counties (*qarqe*), each with its own KRAT.
public enum County: String, Coded {
    case berat, diber, durres, elbasan, fier, gjirokaster, korce, kukes, lezhe, shkoder, tirane, vlore

    /// The county's name in Albanian, as the county writes it.
    public var name: String {
        switch self {
        case .berat: "Berat"
        case .diber: "Dibër"
        case .durres: "Durrës"
        case .elbasan: "Elbasan"
        case .fier: "Fier"
        case .gjirokaster: "Gjirokastër"
        case .korce: "Korçë"
        case .kukes: "Kukës"
        case .lezhe: "Lezhë"
        case .shkoder: "Shkodër"
        case .tirane: "Tiranë"
        case .vlore: "Vlorë"
        }
    }

    /// The county's name in its definite form ("Durrësi", "Shkodra"), which people also type.
    var definiteName: String {
        switch self {
        case .berat: "Berati"
        case .diber: "Dibra"
        case .durres: "Durrësi"
        case .elbasan: "Elbasani"
        case .fier: "Fieri"
        case .gjirokaster: "Gjirokastra"
        case .korce: "Korça"
        case .kukes: "Kukësi"
        case .lezhe: "Lezha"
        case .shkoder: "Shkodra"
        case .tirane: "Tirana"
        case .vlore: "Vlora"
        }
    }

    /// "Qarku Durrës" / "Durrës County".
    public var label: Label { Label(sq: "Qarku \(name)", en: "\(name) County") }

    /// The municipalities (*bashki*) of the county since the 2015 territorial reform.
    public var municipalities: [Municipality] { Municipality.all.filter { $0.county == self } }

    /// Finds a county by its name as typed: with or without diacritics, in either case,
    /// in the indefinite or definite form ("Durrës", "durres", "Durresi"), or by its code.
    public static func named(_ text: String) -> County? {
        let key = NameKey.make(text)
        return allCases.first { NameKey.make($0.name) == key || NameKey.make($0.definiteName) == key || $0.rawValue == key }
    }
}
