import KRATCore

/// The values of a case dimension that a table lists, with their bilingual labels.
///
/// Enumerated dimensions list every value (a zero is information); citizenship lists
/// the values present. The unknown value `""` is listed only when it has cases.
struct DimensionValues: Sendable {
    /// The dimension.
    let dimension: CaseDimension
    /// Every value known in advance, in display order.
    let known: [String]
    private let bands: AgeBands

    init(_ dimension: CaseDimension, counties: [County], bands: AgeBands) {
        self.dimension = dimension
        self.bands = bands
        known = switch dimension {
        case .county: counties.map(\.code)
        case .municipality: counties.flatMap(\.municipalities).map(\.code)
        case .status: CaseStatus.codes
        case .sex: Sex.codes
        case .ageBand: bands.bands.map(\.code)
        case .child, .streetSituation, .transnational: ["true", "false"]
        case .exploitation: ExploitationType.codes
        case .citizenship: []
        case .identifiedBy: InstitutionKind.codes
        }
    }

    /// The values to list: the known ones, then any others present (citizenships, sorted),
    /// then unknown when present.
    func listed(present: some Sequence<String>) -> [String] {
        let present = Set(present)
        let others = present.subtracting(known).subtracting([""]).sorted()
        return known + others + (present.contains("") ? [""] : [])
    }

    /// The cell for a value.
    func cell(_ code: String) -> ResultTable.Cell {
        .coded(code: code, label: label(code))
    }

    /// The label of a value: a municipality's or county's name, a citizenship's label,
    /// yes/no for flags, "Unknown" for `""`.
    func label(_ code: String) -> Label {
        if code.isEmpty { return StatisticsLabels.unknown }
        switch dimension {
        case .county: return County(code: code)?.label ?? Label(code)
        case .municipality: return Municipality.withCode(code)?.label ?? Label(code)
        case .status: return CaseStatus(code: code)?.label ?? Label(code)
        case .sex: return Sex(code: code)?.label ?? Label(code)
        case .ageBand: return bands.band(code: code)?.label ?? Label(code)
        case .exploitation: return ExploitationType(code: code)?.label ?? Label(code)
        case .citizenship: return Citizenship(code: code)?.label ?? Label(code)
        case .identifiedBy: return InstitutionKind(code: code)?.label ?? Label(code)
        case .child:
            return code == "true" ? Label(sq: "Fëmijë", en: "Child") : Label(sq: "I rritur", en: "Adult")
        case .streetSituation:
            return code == "true" ? Label(sq: "Po", en: "Yes") : Label(sq: "Jo", en: "No")
        case .transnational:
            return code == "true" ? Label(sq: "Ndërkombëtar", en: "Transnational")
                : Label(sq: "I brendshëm", en: "Internal")
        }
    }

    /// The column for the dimension, keyed by its code.
    var column: ResultTable.Column {
        ResultTable.Column(key: dimension.code, label: dimension.label, role: .dimension)
    }
}
