// Temporary: replaced by the organisational-domain branch on merge.
public enum InstitutionKind: String, Coded {
    case prefecture, municipality
    case childProtectionUnit = "child_protection_unit"
    case statePolice = "state_police"
    case borderPolice = "border_police"
    case intelligenceService = "intelligence_service"
    case prosecution
    case stateSocialService = "state_social_service"
    case healthDirectorate = "health_directorate"
    case educationDirectorate = "education_directorate"
    case employmentOffice = "employment_office"
    case labourInspectorate = "labour_inspectorate"
    case ngo
    case internationalPartner = "international_partner"
    case serviceProvider = "service_provider"
    case selfReferral = "self_referral"
    case other
    public var label: Label { Label(rawValue) }
}
