import Testing
@testable import KRATCore

@Suite("Geography")
struct GeographyTests {
    // MARK: - Counties

    @Test func twelveCounties() {
        #expect(County.allCases.count == 12)
        #expect(County.allCases.map(\.name) == ["Berat", "Dibër", "Durrës", "Elbasan", "Fier", "Gjirokastër",
                                                "Korçë", "Kukës", "Lezhë", "Shkodër", "Tiranë", "Vlorë"])
        #expect(County.codes == ["berat", "diber", "durres", "elbasan", "fier", "gjirokaster",
                                 "korce", "kukes", "lezhe", "shkoder", "tirane", "vlore"])
    }

    @Test("county by its Albanian name", arguments: [
        ("Berat", County.berat), ("Dibër", .diber), ("Durrës", .durres), ("Elbasan", .elbasan),
        ("Fier", .fier), ("Gjirokastër", .gjirokaster), ("Korçë", .korce), ("Kukës", .kukes),
        ("Lezhë", .lezhe), ("Shkodër", .shkoder), ("Tiranë", .tirane), ("Vlorë", .vlore),
    ])
    func byName(text: String, county: County) {
        #expect(County.named(text) == county)
    }

    @Test("county by its name without diacritics, in any case", arguments: [
        ("Durres", County.durres), ("Kukes", .kukes), ("Korce", .korce), ("Diber", .diber),
        ("Gjirokaster", .gjirokaster), ("Lezhe", .lezhe), ("Shkoder", .shkoder), ("Tirane", .tirane),
        ("Vlore", .vlore), ("BERAT", .berat), ("elbasan", .elbasan), ("fIER", .fier),
        ("DURRËS", .durres), ("  korçë ", .korce),
    ])
    func byPlainName(text: String, county: County) {
        #expect(County.named(text) == county)
    }

    @Test("county by its definite form", arguments: [
        ("Durrësi", County.durres), ("Durresi", .durres), ("Shkodra", .shkoder), ("Tirana", .tirane),
        ("Korça", .korce), ("Korca", .korce), ("Vlora", .vlore), ("Dibra", .diber), ("Gjirokastra", .gjirokaster),
        ("Kukesi", .kukes), ("Lezha", .lezhe), ("Berati", .berat), ("Elbasani", .elbasan), ("Fieri", .fier),
    ])
    func byDefiniteName(text: String, county: County) {
        #expect(County.named(text) == county)
    }

    @Test("county by its code, in any case", arguments: County.allCases)
    func byCode(county: County) {
        #expect(County.named(county.code) == county)
        #expect(County.named(county.code.uppercased()) == county)
        #expect(County(code: county.code) == county)
    }

    @Test("unknown county names", arguments: ["", "Prishtinë", "Kosovë", "Durrësx", "Tiran", "Shkodr", "Q"])
    func unknownCounty(text: String) {
        #expect(County.named(text) == nil)
    }

    @Test func countyLabel() {
        #expect(County.durres.label.sq == "Qarku Durrës")
        #expect(County.durres.label.en == "Durrës County")
    }

    // MARK: - Municipalities

    @Test func sixtyOneMunicipalities() {
        #expect(Municipality.all.count == 61)
    }

    @Test("municipalities per county, as in the 2015 reform", arguments: [
        (County.berat, 5), (.diber, 4), (.durres, 3), (.elbasan, 7), (.fier, 6), (.gjirokaster, 7),
        (.korce, 6), (.kukes, 3), (.lezhe, 3), (.shkoder, 5), (.tirane, 5), (.vlore, 7),
    ])
    func countPerCounty(county: County, count: Int) {
        #expect(county.municipalities.count == count)
    }

    @Test func namesOfSomeCounties() {
        #expect(County.durres.municipalities.map(\.name) == ["Durrës", "Krujë", "Shijak"])
        #expect(County.shkoder.municipalities.map(\.name) ==
                ["Fushë-Arrëz", "Malësi e Madhe", "Pukë", "Shkodër", "Vau i Dejës"])
        #expect(County.kukes.municipalities.map(\.name) == ["Has", "Kukës", "Tropojë"])
    }

    @Test("municipality by name as typed", arguments: [
        ("Malesi e Madhe", "Malësi e Madhe", County.shkoder),
        ("MALESI-E-MADHE", "Malësi e Madhe", .shkoder),
        ("fushe-arrez", "Fushë-Arrëz", .shkoder),
        ("Fushë Arrëz", "Fushë-Arrëz", .shkoder),
        ("Kucove", "Kuçovë", .berat),
        ("Cerrik", "Cërrik", .elbasan),
        ("ura vajgurore", "Ura Vajgurore", .berat),
        ("Vau i Dejes", "Vau i Dejës", .shkoder),
        ("kamez", "Kamëz", .tirane),
        ("Sarandë", "Sarandë", .vlore),
        ("permet", "Përmet", .gjirokaster),
        ("kelcyre", "Këlcyrë", .gjirokaster),
        ("malesi_e_madhe", "Malësi e Madhe", .shkoder),
    ])
    func municipalityByName(text: String, name: String, county: County) throws {
        let found = try #require(Municipality.named(text))
        #expect(found.name == name)
        #expect(found.county == county)
    }

    @Test func municipalityCodes() throws {
        #expect(Municipality.named("Malësi e Madhe")?.code == "malesi_e_madhe")
        #expect(Municipality.named("Kuçovë")?.code == "kucove")
        #expect(Municipality.named("Fushë-Arrëz")?.code == "fushe_arrez")
        #expect(Municipality.withCode("kucove")?.name == "Kuçovë")
        #expect(Municipality.withCode("Kucove") == nil)
        #expect(Municipality.withCode("nowhere") == nil)
    }

    @Test func municipalityRestrictedToCounty() {
        #expect(Municipality.named("Shijak", in: .durres)?.name == "Shijak")
        #expect(Municipality.named("Shijak", in: .tirane) == nil)
        #expect(Municipality.named("Durres", in: .durres)?.county == .durres)
        #expect(Municipality.named("Kavaje", in: .durres) == nil)
        #expect(Municipality.named("Kavaje", in: .tirane)?.name == "Kavajë")
    }

    @Test("unknown municipalities", arguments: ["", "Prishtinë", "Malesi", "Tirana e Re", "Qarku Durrës"])
    func unknownMunicipality(text: String) {
        #expect(Municipality.named(text) == nil)
    }

    @Test func codesAreUnique() {
        let codes = Municipality.all.map(\.code)
        #expect(Set(codes).count == 61)
        for municipality in Municipality.all {
            #expect(Municipality.withCode(municipality.code) == municipality)
            #expect(Municipality.named(municipality.name) == municipality)
        }
    }

    @Test func municipalityLabelAndDescription() throws {
        let kucove = try #require(Municipality.named("Kucove"))
        #expect(kucove.description == "Kuçovë")
        #expect(kucove.label.sq == "Bashkia Kuçovë")
        #expect(kucove.label.en == "Kuçovë Municipality")
    }

    @Test("name keys fold case, diacritics and separators", arguments: [
        ("Malësi e Madhe", "malesi_e_madhe"),
        ("  MALESI--E   MADHE ", "malesi_e_madhe"),
        ("Fushë-Arrëz", "fushe_arrez"),
        ("Korçë", "korce"),
        ("", ""),
    ])
    func nameKeys(text: String, key: String) {
        #expect(NameKey.make(text) == key)
    }
}
