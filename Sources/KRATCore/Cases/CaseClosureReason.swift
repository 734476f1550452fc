/// Why a case was closed: a code the case worker gives with `case close`, kept in the case's history.
public enum CaseClosureReason: String, Coded {
    /// The person was reintegrated and needs no more services.
    case reintegrated
    /// The case was transferred to another county or country.
    case transferred
    /// The person declined further services.
    case declinedServices = "declined_services"
    /// Contact with the person was lost.
    case lostContact = "lost_contact"
    /// The person was found not to be a victim.
    case notVictim = "not_victim"
    /// The person died.
    case deceased
    /// Any other reason.
    case other

    /// The label shown to people.
    public var label: Label {
        switch self {
        case .reintegrated: Label(sq: "Riintegruar", en: "Reintegrated")
        case .transferred: Label(sq: "Transferuar", en: "Transferred")
        case .declinedServices: Label(sq: "Refuzoi shërbimet", en: "Declined services")
        case .lostContact: Label(sq: "Humbi kontakti", en: "Contact lost")
        case .notVictim: Label(sq: "Jo viktimë", en: "Not a victim")
        case .deceased: Label(sq: "Ndërroi jetë", en: "Deceased")
        case .other: Label(sq: "Tjetër", en: "Other")
        }
    }
}
