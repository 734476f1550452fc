import Foundation

/// A citizenship as an ISO 3166-1 alpha-2 country code (`AL`, `XK` for Kosovo as commonly used).
public struct Citizenship: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The two upper-case letters.
    public let code: String

    /// Accepts an ISO 3166-1 alpha-2 code in either case; nil for anything else.
    public init?(code: String) {
        if code.utf8.count == 2, Citizenship.known.contains(code) {  // already a stored code
            self.code = code
            return
        }
        let upper = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard Citizenship.known.contains(upper) else { return nil }
        self.code = upper
    }

    /// Albanian citizenship.
    public static let albania = Citizenship(validated: "AL")

    private init(validated: String) { self.code = validated }

    /// The code.
    public var description: String { code }

    /// A label with the country's name where KRATKit knows it, else the code.
    public var label: Label {
        switch code {
        case "AL": Label(sq: "Shqiptare", en: "Albanian")
        case "XK": Label(sq: "Kosovare", en: "Kosovar")
        case "MK": Label(sq: "Maqedonase e Veriut", en: "North Macedonian")
        case "GR": Label(sq: "Greke", en: "Greek")
        case "IT": Label(sq: "Italiane", en: "Italian")
        case "ME": Label(sq: "Malazeze", en: "Montenegrin")
        case "RS": Label(sq: "Serbe", en: "Serbian")
        case "SY": Label(sq: "Siriane", en: "Syrian")
        case "AF": Label(sq: "Afgane", en: "Afghan")
        case "UA": Label(sq: "Ukrainase", en: "Ukrainian")
        default: Label(code)
        }
    }

    public static func < (lhs: Citizenship, rhs: Citizenship) -> Bool { lhs.code < rhs.code }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Citizenship(code: text) else {
            throw DecodingError.dataCorruptedError(in: container,
                debugDescription: "'\(text)' is not an ISO 3166-1 alpha-2 country code")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    /// Every ISO 3166-1 alpha-2 code, and XK.
    static let known: Set<String> = Set("""
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
    CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR \
    GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO \
    JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR \
    MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO \
    RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV \
    TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK
    """.split(separator: " ").map(String.init))
}
