/// A step of the national referral mechanism's standard operating procedures (SOPs).
public enum SOPStepKind: String, Coded {
    case identification, referral
    case needsAssessment = "needs_assessment"
    case shelter
    /// The 72-hour emergency centre.
    case emergencyCentre = "emergency_centre"
    case psychosocialCare = "psychosocial_care"
    case healthCare = "health_care"
    case legalAssistance = "legal_assistance"
    case education, employment
    case vocationalTraining = "vocational_training"
    case reintegration, closure

    public var label: Label {
        switch self {
        case .identification: Label(sq: "Identifikimi", en: "Identification")
        case .referral: Label(sq: "Referimi", en: "Referral")
        case .needsAssessment: Label(sq: "Vlerësimi i nevojave", en: "Needs assessment")
        case .shelter: Label(sq: "Strehim", en: "Shelter")
        case .emergencyCentre: Label(sq: "Qendra e emergjencës 72-orëshe", en: "72-hour emergency centre")
        case .psychosocialCare: Label(sq: "Kujdes psiko-social", en: "Psychosocial care")
        case .healthCare: Label(sq: "Kujdes shëndetësor", en: "Health care")
        case .legalAssistance: Label(sq: "Ndihmë ligjore", en: "Legal assistance")
        case .education: Label(sq: "Arsimim", en: "Education")
        case .employment: Label(sq: "Punësim", en: "Employment")
        case .vocationalTraining: Label(sq: "Formim profesional", en: "Vocational training")
        case .reintegration: Label(sq: "Riintegrim", en: "Reintegration")
        case .closure: Label(sq: "Mbyllja e rastit", en: "Case closure")
        }
    }

    /// Whether the step is a protection or reintegration service given to the person.
    public var isService: Bool {
        switch self {
        case .identification, .referral, .needsAssessment, .closure: false
        default: true
        }
    }
}

/// One dated step of a case's SOP path, optionally with the institution that carried it out.
public struct SOPStep: Sendable, Hashable, Codable {
    /// What was done.
    public var kind: SOPStepKind
    /// When it was done.
    public var date: Day
    /// The institution that did it, when recorded.
    public var providerID: Int64?

    /// Creates a step.
    public init(_ kind: SOPStepKind, on date: Day, providerID: Int64? = nil) {
        self.kind = kind
        self.date = date
        self.providerID = providerID
    }
}
