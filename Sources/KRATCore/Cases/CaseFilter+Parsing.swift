import Foundation

extension CaseFilter {
    /// The filter keys people type (`status=VT`, `county=Durres`), as accepted by ``setting(_:to:)``.
    public static let keys: [String] = [
        "county", "municipality", "status", "sex", "age_band", "child", "exploitation",
        "citizenship", "identified_by", "street_situation", "transnational",
    ]

    /// Returns the filter with one condition set from typed text. Several values are
    /// separated by commas (`status=VMT,VT`); names may be typed without diacritics.
    public func setting(_ key: String, to text: String) throws(ValidationError) -> CaseFilter {
        var copy = self
        let values = text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard !values.isEmpty else { throw ValidationError(field: key, message: "needs a value") }
        switch key {
        case "county":
            copy.counties = Set(try values.map { v throws(ValidationError) in
                guard let county = County.named(v) else {
                    throw ValidationError(field: key, message: "unknown county '\(v)'; expected one of \(County.allCases.map(\.name).joined(separator: ", "))")
                }
                return county
            })
        case "municipality":
            copy.municipalities = Set(try values.map { v throws(ValidationError) in
                guard let m = Municipality.named(v) else {
                    throw ValidationError(field: key, message: "unknown municipality '\(v)'; write its name, e.g. Kuçovë or Kucove")
                }
                return m.code
            })
        case "status": copy.statuses = Set(try values.map { v throws(ValidationError) in try CaseStatus.parse(v, field: key) })
        case "sex": copy.sexes = Set(try values.map { v throws(ValidationError) in try Sex.parse(v, field: key) })
        case "age_band":
            let known = AgeBands.standard.bands.map(\.code)
            for v in values where !v.contains("-") && !v.hasSuffix("+") {
                throw ValidationError(field: key, message: "'\(v)' is not an age band; write it like \(known.joined(separator: ", "))")
            }
            copy.ageBands = Set(values)
        case "child": copy.child = try Self.bool(values[0], key)
        case "exploitation": copy.exploitation = Set(try values.map { v throws(ValidationError) in try ExploitationType.parse(v, field: key) })
        case "citizenship":
            copy.citizenships = Set(try values.map { v throws(ValidationError) in
                guard let c = Citizenship(code: v) else {
                    throw ValidationError(field: key, message: "'\(v)' is not an ISO 3166-1 alpha-2 country code such as AL, XK, GR")
                }
                return c
            })
        case "identified_by": copy.identifiedBy = Set(try values.map { v throws(ValidationError) in try InstitutionKind.parse(v, field: key) })
        case "street_situation": copy.streetSituation = try Self.bool(values[0], key)
        case "transnational": copy.transnational = try Self.bool(values[0], key)
        default:
            throw ValidationError(field: key, message: "unknown filter; expected one of \(Self.keys.joined(separator: ", "))")
        }
        return copy
    }

    static func bool(_ text: String, _ field: String) throws(ValidationError) -> Bool {
        switch text.lowercased() {
        case "true", "yes", "po", "1": return true
        case "false", "no", "jo", "0": return false
        default: throw ValidationError(field: field, message: "'\(text)' is not true or false")
        }
    }
}
