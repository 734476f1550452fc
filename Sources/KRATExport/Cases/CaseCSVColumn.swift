import KRATCore

/// A column of the case CSV format, the one ``CaseCSVImporter`` reads and a case worker's export writes.
///
/// Empty means unknown. Dates are `YYYY-MM-DD`; codes are KRATCore's (`VT`, `state_police`,
/// `sexual;labour`); county and municipality are names as written in Albanian (with or without
/// diacritics). The last five columns (and `birth_date`) are personal data.
public enum CaseCSVColumn: String, CaseIterable, Sendable {
    case caseID = "case_id"
    case county, municipality, status
    case identifiedOn = "identified_on"
    case identifiedBy = "identified_by"
    case sex
    case birthDate = "birth_date"
    case citizenship, exploitation, transnational
    case streetSituation = "street_situation"
    case referredOn = "referred_on"
    case closedOn = "closed_on"
    case firstName = "first_name"
    case lastName = "last_name"
    case personalID = "personal_id"
    case phone, address

    /// The header name.
    public var name: String { rawValue }

    /// Whether a file must have the column (the facts every case has).
    public var isRequired: Bool {
        switch self {
        case .caseID, .county, .status, .identifiedOn, .identifiedBy, .sex: true
        default: false
        }
    }

    /// Whether the column holds personal data (values are never echoed in messages).
    public var isPersonal: Bool {
        switch self {
        case .birthDate, .firstName, .lastName, .personalID, .phone, .address: true
        default: false
        }
    }

    /// What a value must look like, for messages.
    public var expected: String {
        switch self {
        case .caseID: "a case id of at most 64 characters, unique within the county"
        case .county: "a county name such as Durrës or Durres"
        case .municipality: "a municipality of the county, such as Shijak, or empty"
        case .status: "one of " + CaseStatus.codes.joined(separator: ", ")
        case .identifiedOn, .referredOn, .closedOn, .birthDate: "a date YYYY-MM-DD" + (isRequired ? "" : ", or empty")
        case .identifiedBy: "one of " + InstitutionKind.codes.joined(separator: ", ")
        case .sex: "one of " + Sex.codes.joined(separator: ", ")
        case .citizenship: "an ISO 3166-1 alpha-2 country code such as AL, or empty"
        case .exploitation: "codes separated by ; from " + ExploitationType.codes.joined(separator: ", ") + ", or empty"
        case .transnational, .streetSituation: "true, false, or empty"
        case .personalID: "a letter, eight digits and a letter (like J12345678A), or empty"
        case .phone: "digits, spaces, +, - or parentheses, or empty"
        case .firstName, .lastName, .address: "text, or empty"
        }
    }

    /// The columns in the order an export writes them.
    public static var header: [String] { allCases.map(\.name) }

    /// A case's value for each column, in ``allCases`` order.
    ///
    /// The format holds a case's facts, referral and closure dates and personal data. It does not
    /// hold other SOP steps, a status change's date, an age without a birth date, or notes.
    public static func fields(of record: CaseRecord) -> [String] {
        let personal = record.personal
        return allCases.map { column in
            switch column {
            case .caseID: record.id
            case .county: record.county.name
            case .municipality: record.municipality?.name ?? ""
            case .status: record.status.code
            case .identifiedOn: record.identifiedOn.description
            case .identifiedBy: record.identifiedBy.code
            case .sex: record.sex.code
            case .birthDate: personal.birthDate?.description ?? ""
            case .citizenship: record.citizenship?.code ?? ""
            case .exploitation: record.exploitation.map(\.code).joined(separator: ";")
            case .transnational: record.transnational.map(String.init) ?? ""
            case .streetSituation: record.streetSituation.map(String.init) ?? ""
            case .referredOn: record.referredOn?.description ?? ""
            case .closedOn: record.closedOn?.description ?? ""
            case .firstName: personal.firstName ?? ""
            case .lastName: personal.lastName ?? ""
            case .personalID: personal.personalID ?? ""
            case .phone: personal.phone ?? ""
            case .address: personal.address ?? ""
            }
        }
    }
}
