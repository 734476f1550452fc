/// A way to split or filter cases: the dimensions statistics group by.
public enum CaseDimension: String, Coded {
    case county, municipality, status, sex
    case ageBand = "age_band"
    /// Child or adult at identification, derived from the age band.
    case child
    /// Multi-valued: a case with two types counts under each.
    case exploitation
    case citizenship
    case identifiedBy = "identified_by"
    case streetSituation = "street_situation"
    case transnational

    public var label: Label {
        switch self {
        case .county: Label(sq: "Qarku", en: "County")
        case .municipality: Label(sq: "Bashkia", en: "Municipality")
        case .status: Label(sq: "Statusi", en: "Status")
        case .sex: Label(sq: "Gjinia", en: "Sex")
        case .ageBand: Label(sq: "Grupmosha", en: "Age band")
        case .child: Label(sq: "Fëmijë / i rritur", en: "Child / adult")
        case .exploitation: Label(sq: "Lloji i shfrytëzimit", en: "Exploitation type")
        case .citizenship: Label(sq: "Shtetësia", en: "Citizenship")
        case .identifiedBy: Label(sq: "Identifikuar nga", en: "Identified by")
        case .streetSituation: Label(sq: "Në situatë rruge", en: "Street situation")
        case .transnational: Label(sq: "Ndërkombëtar / i brendshëm", en: "Transnational / internal")
        }
    }

    /// Whether one case may count under several values of this dimension.
    public var isMultiValued: Bool { self == .exploitation }
}
