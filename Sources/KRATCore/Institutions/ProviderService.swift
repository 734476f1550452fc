import Foundation

/// A protection or reintegration service that an institution provides to VT and VMT.
public enum ProviderService: String, Coded {
    /// Residential shelter.
    case shelter = "shelter"
    /// The 72-hour emergency centre.
    case emergencyCentre = "emergency_centre"
    /// Psychosocial support and counselling.
    case psychosocial = "psychosocial"
    /// Health care.
    case healthCare = "health_care"
    /// Legal assistance and representation.
    case legalAssistance = "legal_assistance"
    /// Schooling and education.
    case education = "education"
    /// Vocational training.
    case vocationalTraining = "vocational_training"
    /// Employment and job placement.
    case employment = "employment"
    /// Longer-term housing.
    case housing = "housing"
    /// Support to the victim's family.
    case familySupport = "family_support"
    /// Any other service.
    case other = "other"

    /// The label shown to people.
    public var label: Label {
        switch self {
        case .shelter: Label(sq: "Strehim", en: "Shelter")
        case .emergencyCentre: Label(sq: "Qendra emergjente 72-orëshe", en: "72-hour emergency centre")
        case .psychosocial: Label(sq: "Mbështetje psiko-sociale", en: "Psychosocial support")
        case .healthCare: Label(sq: "Kujdes shëndetësor", en: "Health care")
        case .legalAssistance: Label(sq: "Ndihmë juridike", en: "Legal assistance")
        case .education: Label(sq: "Arsimim", en: "Education")
        case .vocationalTraining: Label(sq: "Formim profesional", en: "Vocational training")
        case .employment: Label(sq: "Punësim", en: "Employment")
        case .housing: Label(sq: "Banim", en: "Housing")
        case .familySupport: Label(sq: "Mbështetje për familjen", en: "Family support")
        case .other: Label(sq: "Tjetër", en: "Other")
        }
    }
}
