import KRATCore
import KRATStorage

extension OrganisationGenerator {
    // MARK: - Institutions

    /// Adds the institutions a county's Technical Table works with to the seeded ones.
    func addInstitutions(_ database: KRATDatabase, summary: inout OrganisationSummary) throws(StorageError) -> Roster {
        var roster = Roster()
        let seeded = try database.institutions()
        func seededID(_ kind: InstitutionKind) -> Int64 { seeded.first { $0.kind == kind }?.id ?? 0 }
        roster.prefecture = seededID(.prefecture)
        roster.police = seededID(.statePolice)
        roster.socialService = seededID(.stateSocialService)
        roster.municipalities = county.municipalities.compactMap { municipality in
            seeded.first { $0.kind == .municipality && $0.municipalityCode == municipality.code }?.id
                .map { (municipality, $0) }
        }
        let name = county.name
        func add(_ title: String, _ kind: InstitutionKind, _ services: Set<ProviderService> = [],
                 municipality: String? = nil) throws(StorageError) -> Int64 {
            let stored = try database.insert(Institution(name: title, kind: kind, county: county,
                                                         municipalityCode: municipality, services: services))
            summary.institutions += 1
            return stored.id ?? 0
        }
        for municipality in county.municipalities {
            let id = try add("NJMF Bashkia \(municipality.name)", .childProtectionUnit, [.familySupport, .psychosocial],
                             municipality: municipality.code)
            roster.childProtection.append((municipality, id))
        }
        roster.borderPolice = try add("Policia Kufitare dhe e Migracionit \(name)", .borderPolice)
        roster.intelligence = try add("Shërbimi Informativ i Shtetit, Sektori \(name)", .intelligenceService)
        roster.prosecution = try add("Prokuroria pranë Gjykatës së Shkallës së Parë \(name)", .prosecution)
        roster.health = try add("Drejtoria Rajonale e Shëndetit Publik \(name)", .healthDirectorate, [.healthCare])
        roster.education = try add("Drejtoria Rajonale e Arsimit Parauniversitar \(name)", .educationDirectorate)
        roster.employment = try add("Zyra Rajonale e Punësimit \(name)", .employmentOffice, [.employment, .vocationalTraining])
        roster.ngos = [
            try add("World Vision Albania, zyra \(name)", .ngo, [.psychosocial, .education]),
            try add("Caritas Albania, zyra \(name)", .ngo, [.familySupport, .housing]),
            try add("Sot për të Ardhmen", .ngo, [.legalAssistance, .psychosocial]),
        ]
        roster.undp = try add("UNDP Albania", .internationalPartner)
        roster.shelter = try add("Qendra e Shërbimeve për VT/VMT \(name)", .serviceProvider,
                                 [.shelter, .emergencyCentre, .psychosocial, .healthCare, .legalAssistance, .vocationalTraining])
        roster.resilienceCentre = try add("Qendra e Rezilencës \(name)", .serviceProvider, [.psychosocial, .familySupport])
        return roster
    }

    // MARK: - Committees and members

    /// The two committees and their ids.
    struct Committees {
        var krat: Int64
        var technicalTable: Int64
    }

    /// Adds the KRAT and its Technical Table, with members over the years: a chair who hands
    /// over mid-way, a Resilience Centre that joins in October, a partner that leaves.
    func addCommittees(_ database: KRATDatabase, roster: Roster,
                       summary: inout OrganisationSummary) throws(StorageError) -> Committees {
        let krat = try database.insert(Committee(county: county, kind: .krat, name: "KRAT \(county.name)"))
        let table = try database.insert(Committee(county: county, kind: .technicalTable,
                                                  name: "Tryeza Teknike e KRAT \(county.name)"))
        summary.committees += 2
        let ids = Committees(krat: krat.id ?? 0, technicalTable: table.id ?? 0)
        let start = min(Period.year(years.lowerBound).start, asOf)
        var names = SeededGenerator.stream(1, of: seed)
        func member(_ committee: Int64, _ institution: Int64, _ role: CommitteeRole = .member,
                    from joined: Day = start, until left: Day? = nil) throws(StorageError) {
            try database.insert(Membership(committeeID: committee, institutionID: institution, role: role, joined: joined,
                                           left: left, representative: SampleTexts.official(using: &names)))
            summary.memberships += 1
        }
        // The KRAT: the Prefect chairs; the heads of the county's institutions sit on it.
        try member(ids.krat, roster.prefecture, .chair)
        try member(ids.krat, roster.socialService, .secretary)
        for id in roster.municipalities.map(\.id) + [roster.police, roster.prosecution, roster.health,
                                                     roster.education, roster.employment] {
            try member(ids.krat, id)
        }
        // The Technical Table: the Secretary General chairs, and hands over half way through.
        let begun = startedYears
        let handover = begun.count >= 2 ? day(begun[(begun.count - 1) / 2], 9, 1) : nil
        try member(ids.technicalTable, roster.prefecture, .chair, until: handover)
        if let handover { try member(ids.technicalTable, roster.prefecture, .chair, from: handover) }
        try member(ids.technicalTable, roster.socialService, .secretary)
        let standing = roster.municipalities.map(\.id) + roster.childProtection.map(\.id)
            + [roster.police, roster.borderPolice, roster.intelligence, roster.health, roster.education,
               roster.employment, roster.shelter] + roster.ngos
        for id in standing { try member(ids.technicalTable, id) }
        // An international partner that leaves before the last year.
        let partnerLeaves = begun.count >= 3 ? day(begun[begun.count - 2], 12, 31) : nil
        try member(ids.technicalTable, roster.undp, until: partnerLeaves)
        // A Resilience Centre that joins in October of a later year.
        if begun.count >= 2, let joins = day(begun[begun.count / 2], 10, 12) {
            try member(ids.technicalTable, roster.resilienceCentre, from: joins)
        }
        return ids
    }
}
