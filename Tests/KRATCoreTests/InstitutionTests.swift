import Testing
import KRATCore

private func fields(_ issues: [ValidationIssue]) -> [String] { issues.map(\.field) }

@Suite("Institutions")
struct InstitutionTests {
    @Test func kindCodesAreExactlyTheAgreedOnes() {
        #expect(InstitutionKind.codes == [
            "prefecture", "municipality", "child_protection_unit", "state_police", "border_police",
            "intelligence_service", "prosecution", "state_social_service", "health_directorate",
            "education_directorate", "employment_office", "labour_inspectorate", "ngo",
            "international_partner", "service_provider", "self_referral", "other",
        ])
        #expect(InstitutionKind.childProtectionUnit.label.sq == "Njësia për Mbrojtjen e Fëmijëve (NJMF)")
        #expect(InstitutionKind.stateSocialService.label.sq == "Shërbimi Social Shtetëror")
        #expect(InstitutionKind.borderPolice.label.sq == "Policia Kufitare dhe e Migracionit")
        #expect(InstitutionKind.employmentOffice.label.sq == "Zyra e Punës")
        #expect(InstitutionKind.prefecture.label.sq == "Prefektura")
    }

    @Test func serviceCodes() {
        #expect(ProviderService.codes == [
            "shelter", "emergency_centre", "psychosocial", "health_care", "legal_assistance", "education",
            "vocational_training", "employment", "housing", "family_support", "other",
        ])
    }

    @Test func kindsThatProvideServices() {
        let providing: Set<InstitutionKind> = [.serviceProvider, .ngo, .stateSocialService, .municipality,
                                               .childProtectionUnit, .healthDirectorate, .employmentOffice,
                                               .internationalPartner]
        for kind in InstitutionKind.allCases {
            #expect(kind.providesServices == providing.contains(kind), "\(kind.code)")
        }
    }

    @Test func standardMembersOfTheTechnicalTable() {
        let members = InstitutionKind.standardMembers
        #expect(members.count == 12)
        #expect(members.first == .prefecture)
        #expect(members.contains(.childProtectionUnit))
        #expect(members.contains(.stateSocialService))
        #expect(members.contains(.employmentOffice))
        #expect(!members.contains(.selfReferral))
        #expect(!members.contains(.other))
        #expect(Set(members).count == members.count)
    }

    @Test func validInstitution() {
        let ngo = Institution(name: "Sot për të Ardhmen", kind: .ngo, county: .durres,
                              services: [.psychosocial, .familySupport])
        #expect(ngo.validate().isEmpty)
        #expect(ngo.provides(.psychosocial))
        #expect(!ngo.provides(.shelter))
        let prefecture = Institution(name: "Prefektura e Qarkut Durrës", kind: .prefecture, county: .durres)
        #expect(prefecture.validate().isEmpty)
    }

    @Test func blankNameIsAnIssue() {
        let blank = Institution(name: "  ", kind: .municipality, county: .durres, municipalityCode: "durres")
        #expect(fields(blank.validate()) == ["name"])
        #expect(throws: ValidationError.self) { try blank.checked() }
    }

    @Test func servicesOnlyForKindsThatProvideThem() {
        let police = Institution(name: "Drejtoria Vendore e Policisë", kind: .statePolice, county: .durres,
                                 services: [.shelter])
        #expect(fields(police.validate()) == ["services"])
        let provider = Institution(name: "Qendra e Rezilencës", kind: .serviceProvider, county: .durres,
                                   services: [.shelter])
        #expect(provider.validate().isEmpty)
    }
}
