/// A municipality (*bashki*) of the 2015 territorial reform, inside one county.
public struct Municipality: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The stable code: the name without diacritics in snake_case (`malesi_e_madhe`, `kucove`).
    public let code: String
    /// The name in Albanian.
    public let name: String
    /// The county it belongs to.
    public let county: County

    init(_ name: String, _ county: County) {
        self.name = name
        self.county = county
        self.code = NameKey.make(name)
    }

    /// The name.
    public var description: String { name }

    /// "Bashkia Kuçovë" / "Kuçovë Municipality".
    public var label: Label { Label(sq: "Bashkia \(name)", en: "\(name) Municipality") }

    public static func < (lhs: Municipality, rhs: Municipality) -> Bool {
        (lhs.county.rawValue, lhs.code) < (rhs.county.rawValue, rhs.code)
    }

    /// Finds a municipality by name or code as typed, with or without diacritics,
    /// optionally only inside one county.
    public static func named(_ text: String, in county: County? = nil) -> Municipality? {
        let key = NameKey.make(text)
        return all.first { $0.code == key && (county == nil || $0.county == county) }
    }

    /// A municipality by its exact code.
    public static func withCode(_ code: String) -> Municipality? { byCode[code] }

    private static let byCode: [String: Municipality] = Dictionary(all.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })

    /// All 61 municipalities.
    public static let all: [Municipality] = {
        let table: [(County, [String])] = [
            (.berat, ["Berat", "Kuçovë", "Poliçan", "Skrapar", "Ura Vajgurore"]),
            (.diber, ["Bulqizë", "Dibër", "Klos", "Mat"]),
            (.durres, ["Durrës", "Krujë", "Shijak"]),
            (.elbasan, ["Belsh", "Cërrik", "Elbasan", "Gramsh", "Librazhd", "Peqin", "Prrenjas"]),
            (.fier, ["Divjakë", "Fier", "Lushnjë", "Mallakastër", "Patos", "Roskovec"]),
            (.gjirokaster, ["Dropull", "Gjirokastër", "Këlcyrë", "Libohovë", "Memaliaj", "Përmet", "Tepelenë"]),
            (.korce, ["Devoll", "Kolonjë", "Korçë", "Maliq", "Pogradec", "Pustec"]),
            (.kukes, ["Has", "Kukës", "Tropojë"]),
            (.lezhe, ["Kurbin", "Lezhë", "Mirditë"]),
            (.shkoder, ["Fushë-Arrëz", "Malësi e Madhe", "Pukë", "Shkodër", "Vau i Dejës"]),
            (.tirane, ["Kamëz", "Kavajë", "Rrogozhinë", "Tiranë", "Vorë"]),
            (.vlore, ["Delvinë", "Finiq", "Himarë", "Konispol", "Sarandë", "Selenicë", "Vlorë"]),
        ]
        return table.flatMap { county, names in names.map { Municipality($0, county) } }
    }()
}
