import KRATCore

/// Makes one sample case for a county and a day, with steps and invented personal data.
struct CaseFactory {
    let county: County
    let day: Day
    let position: Int
    let asOf: Day
    let withPersonalData: Bool

    static let sexes = Weighted<Sex>([(.female, 70), (.male, 28), (.unknown, 2)])
    static let citizenships = Weighted<String>([("AL", 90), ("XK", 3), ("MK", 1.5), ("GR", 1), ("IT", 0.5), ("SY", 1),
                                                ("AF", 1), ("UA", 1), ("RS", 0.5), ("ME", 0.5), ("", 2)])
    static let identifiers = Weighted<InstitutionKind>([
        (.statePolice, 35), (.borderPolice, 15), (.stateSocialService, 15),
        (.ngo, 12), (.selfReferral, 5), (.prosecution, 2), (.labourInspectorate, 2), (.healthDirectorate, 1),
        (.educationDirectorate, 1), (.other, 2)])
    static let adultExploitation = Weighted<ExploitationType>([
        (.sexual, 55), (.labour, 25), (.forcedCriminality, 5), (.forcedMarriage, 6), (.organRemoval, 0.5), (.other, 3)])
    static let childExploitation = Weighted<ExploitationType>([
        (.begging, 45), (.sexual, 25), (.labour, 15), (.forcedMarriage, 8), (.forcedCriminality, 4), (.other, 3)])
    static let services: [SOPStepKind] = [.shelter, .emergencyCentre, .psychosocialCare, .healthCare, .legalAssistance]
    static let reintegration: [SOPStepKind] = [.education, .employment, .vocationalTraining, .reintegration]

    func make(_ random: inout SeededGenerator) -> CaseRecord {
        let sex = Self.sexes.pick(&random)
        let isChild = random.chance(0.4)
        let age: Int? = random.chance(0.05) ? nil : (isChild ? Int.random(in: 6...17, using: &random)
                                                             : Int.random(in: 18...45, using: &random))
        let seat = county.municipalities.first { $0.name == county.name }
        let municipality: Municipality? = random.chance(0.03) ? nil
            : (random.chance(0.5) ? seat : county.municipalities.randomElement(using: &random))
        let summer = (6...8).contains(day.month)
        var exploitation: [ExploitationType] = []
        if !random.chance(0.05) {
            let source = isChild ? Self.childExploitation : Self.adultExploitation
            exploitation.append(source.pick(&random))
            if random.chance(0.15) { exploitation.append(source.pick(&random)) }
        }
        let begging = exploitation.contains(.begging)
        let street: Bool? = random.chance(0.05) ? nil : (isChild && (begging || random.chance(summer ? 0.15 : 0.05)))
        let transnational: Bool? = random.chance(0.05) ? nil : random.chance(begging ? 0.1 : 0.3)
        let age90 = day.distance(to: asOf) < 90
        let status: CaseStatus = age90
            ? (random.chance(0.8) ? .potentialVictim : .victim)
            : Weighted<CaseStatus>([(.potentialVictim, 35), (.victim, 45), (.notVictim, 20)]).pick(&random)
        // Child protection units (NJMF) identify children only.
        let identifiedBy = isChild && random.chance(0.25) ? .childProtectionUnit : Self.identifiers.pick(&random)
        let citizenship = Citizenship(code: Self.citizenships.pick(&random))
        var change: StatusChange?
        if status != .potentialVictim, random.chance(0.7) {
            let on = day.adding(days: Int.random(in: 7...120, using: &random))
            if on <= asOf { change = StatusChange(from: .potentialVictim, to: status, on: on) }
        }
        return CaseRecord(
            id: "\(Self.prefix(county))-\(day.year)-\(String(position, radix: 10).leftPadded(to: 7))",
            county: county, municipality: municipality, status: status, identifiedOn: day,
            identifiedBy: identifiedBy, sex: sex, citizenship: citizenship, exploitation: exploitation,
            transnational: transnational, streetSituation: street, ageAtIdentification: age,
            steps: steps(status: status, &random), statusChange: change,
            personal: withPersonalData ? personal(sex: sex, age: age, municipality: municipality, &random) : .none)
    }

    private func steps(status: CaseStatus, _ random: inout SeededGenerator) -> [SOPStep] {
        var steps = [SOPStep(.identification, on: day)]
        func add(_ kind: SOPStepKind, after base: Day, within days: ClosedRange<Int>) -> Day? {
            let date = base.adding(days: Int.random(in: days, using: &random))
            guard date <= asOf else { return nil }
            steps.append(SOPStep(kind, on: date))
            return date
        }
        guard random.chance(0.85), let referred = add(.referral, after: day, within: 0...14) else { return steps }
        _ = random.chance(0.7) ? add(.needsAssessment, after: referred, within: 0...7) : nil
        for service in Self.services where random.chance(0.35) {
            _ = add(service, after: referred, within: 0...30)
        }
        if status == .victim, random.chance(0.4) {
            _ = add(Self.reintegration.randomElement(using: &random) ?? .reintegration, after: referred, within: 60...365)
        }
        if day.distance(to: asOf) > 365, random.chance(0.6) {
            let last = steps.map(\.date).max() ?? day
            _ = add(.closure, after: last, within: 30...400)
        }
        return steps
    }

    private func personal(sex: Sex, age: Int?, municipality: Municipality?, _ random: inout SeededGenerator) -> PersonalData {
        let first = (sex == .male ? PersonNames.male : PersonNames.female).randomElement(using: &random) ?? "Ana"
        let last = PersonNames.last.randomElement(using: &random) ?? "Hoxha"
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let id = random.chance(0.7)
            ? "\(letters[Int.random(in: 7...12, using: &random)])\(String(Int.random(in: 0...99_999_999, using: &random)).leftPadded(to: 8))\(letters.randomElement(using: &random) ?? "A")"
            : nil
        let birth = age.map { day.adding(years: -$0).adding(days: -Int.random(in: 1...364, using: &random)) }
        let phone = random.chance(0.6) ? "+355 6\(Int.random(in: 7...9, using: &random)) \(Int.random(in: 100...999, using: &random)) \(Int.random(in: 1000...9999, using: &random))" : nil
        let street = PersonNames.streets.randomElement(using: &random) ?? "Rruga"
        return PersonalData(firstName: first, lastName: last, personalID: id, phone: phone,
                            address: random.chance(0.5) ? "\(street), \(municipality?.name ?? county.name)" : nil,
                            birthDate: birth, notes: random.chance(0.3) ? "Shënim i punonjësit social." : nil)
    }

    static func prefix(_ county: County) -> String {
        String(county.code.prefix(2)).uppercased()
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
