import Foundation

/// What kind of body an institution is: a state structure, an NGO, a partner, a provider.
///
/// The kind decides whether an institution may list ``ProviderService``s and which
/// institutions a Technical Table normally has (``standardMembers``).
public enum InstitutionKind: String, Coded {
    /// The county prefecture (*Prefektura*); the Prefect chairs the KRAT.
    case prefecture = "prefecture"
    /// A municipality (*bashki*).
    case municipality = "municipality"
    /// A municipality's Child Protection Unit (*NJMF*).
    case childProtectionUnit = "child_protection_unit"
    /// The State Police (county police directorate).
    case statePolice = "state_police"
    /// The Border and Migration Police.
    case borderPolice = "border_police"
    /// The State Intelligence Service.
    case intelligenceService = "intelligence_service"
    /// The prosecution office.
    case prosecution = "prosecution"
    /// The State Social Service, which applies the referral mechanism's SOPs.
    case stateSocialService = "state_social_service"
    /// The (regional) public health directorate.
    case healthDirectorate = "health_directorate"
    /// The (regional) education directorate.
    case educationDirectorate = "education_directorate"
    /// The (regional) employment office (*Zyra e Punës*).
    case employmentOffice = "employment_office"
    /// The State Labour Inspectorate.
    case labourInspectorate = "labour_inspectorate"
    /// A non-governmental organisation.
    case ngo = "ngo"
    /// An international partner: UN agency, donor, embassy.
    case internationalPartner = "international_partner"
    /// A provider of services to victims (a shelter, a resilience centre).
    case serviceProvider = "service_provider"
    /// The person themself, when a case is self-referred.
    case selfReferral = "self_referral"
    /// Any other body.
    case other = "other"

    /// The label shown to people.
    public var label: Label {
        switch self {
        case .prefecture: Label(sq: "Prefektura", en: "Prefecture")
        case .municipality: Label(sq: "Bashkia", en: "Municipality")
        case .childProtectionUnit:
            Label(sq: "Njësia për Mbrojtjen e Fëmijëve (NJMF)", en: "Child Protection Unit (CPU)")
        case .statePolice: Label(sq: "Policia e Shtetit", en: "State Police")
        case .borderPolice: Label(sq: "Policia Kufitare dhe e Migracionit", en: "Border and Migration Police")
        case .intelligenceService: Label(sq: "Shërbimi Informativ i Shtetit", en: "State Intelligence Service")
        case .prosecution: Label(sq: "Prokuroria", en: "Prosecution Office")
        case .stateSocialService: Label(sq: "Shërbimi Social Shtetëror", en: "State Social Service")
        case .healthDirectorate:
            Label(sq: "Drejtoria Rajonale e Shëndetit Publik", en: "Regional Public Health Directorate")
        case .educationDirectorate: Label(sq: "Drejtoria Arsimore Rajonale", en: "Regional Education Directorate")
        case .employmentOffice: Label(sq: "Zyra e Punës", en: "Employment Office")
        case .labourInspectorate:
            Label(sq: "Inspektorati Shtetëror i Punës dhe Shërbimeve Shoqërore",
                  en: "State Labour and Social Services Inspectorate")
        case .ngo: Label(sq: "Organizatë jofitimprurëse (OJF)", en: "Non-governmental organisation (NGO)")
        case .internationalPartner: Label(sq: "Partner ndërkombëtar", en: "International partner")
        case .serviceProvider: Label(sq: "Ofrues shërbimesh", en: "Service provider")
        case .selfReferral: Label(sq: "Vetëreferim", en: "Self-referral")
        case .other: Label(sq: "Tjetër", en: "Other")
        }
    }

    // MARK: - Roles in the domain

    /// Whether institutions of this kind may provide services to victims.
    public var providesServices: Bool {
        switch self {
        case .serviceProvider, .ngo, .stateSocialService, .municipality, .childProtectionUnit,
             .healthDirectorate, .employmentOffice, .internationalPartner:
            true
        case .prefecture, .statePolice, .borderPolice, .intelligenceService, .prosecution,
             .educationDirectorate, .labourInspectorate, .selfReferral, .other:
            false
        }
    }

    /// The kinds of institution a KRAT's Technical Table normally has as members,
    /// in the order the committee lists them.
    public static let standardMembers: [InstitutionKind] = [
        .prefecture, .municipality, .childProtectionUnit, .statePolice, .borderPolice,
        .intelligenceService, .stateSocialService, .healthDirectorate, .educationDirectorate,
        .employmentOffice, .ngo, .internationalPartner,
    ]
}
