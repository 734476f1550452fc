// NewCountyKRAT: how a county sets up its own KRAT from the core alone.
//
// Kukës's committee: its institutions, the KRAT and its Technical Table, a technical-table
// meeting with decisions, and a regional action plan with objectives and indicators under
// the strategy's four pillars. Nothing here is about any other county: change `county`.
//
//     swift run NewCountyKRAT [DATABASE]
//
// Without DATABASE the county's database is created in a temporary folder.

import Foundation
import KRATCore
import KRATStorage

let county = County.kukes
let path = CommandLine.arguments.dropFirst().first
    ?? FileManager.default.temporaryDirectory.appendingPathComponent("krat-\(county.code)-\(UUID().uuidString).sqlite").path

do {
    // 1. The database: the county's municipalities and standard institutions are seeded.
    let database = try KRATDatabase.create(at: path, scope: .county(county), user: "sekretaria")
    print("Created \(path) for \(county.label.sq) (\(county.municipalities.map(\.name).joined(separator: ", ")))")

    // 2. More member institutions.
    func add(_ name: String, _ kind: InstitutionKind, services: Set<ProviderService> = []) throws(StorageError) -> Institution {
        try database.insert(Institution(name: name, kind: kind, county: county, services: services))
    }
    let prefecture = try database.institutions(kind: .prefecture)[0]
    let sss = try database.institutions(kind: .stateSocialService)[0]
    let police = try database.institutions(kind: .statePolice)[0]
    let border = try add("Policia Kufitare \(county.name)", .borderPolice)
    let njmf = try add("NJMF \(county.name)", .childProtectionUnit)
    let ngo = try add("World Vision \(county.name)", .ngo, services: [.psychosocial, .education])
    let school = try add("Drejtoria Rajonale Arsimore \(county.name)", .educationDirectorate)

    // 3. The KRAT and its Technical Table, with members from 1 January 2024.
    let krat = try database.insert(Committee(county: county, kind: .krat, name: "KRAT \(county.name)"))
    let table = try database.insert(Committee(county: county, kind: .technicalTable, name: "Tryeza Teknike \(county.name)"))
    let joined = Day(year: 2024, month: 1, day: 1)!
    guard let kratID = krat.id, let tableID = table.id else { throw StorageError.corrupt(what: "committee ids") }
    try database.insert(Membership(committeeID: kratID, institutionID: prefecture.id ?? 0, role: .chair, joined: joined,
                                   representative: "Prefekti"))
    for (institution, role) in [(prefecture, CommitteeRole.chair), (sss, .secretary), (police, .member), (border, .member),
                                (njmf, .member), (ngo, .member), (school, .member)] {
        try database.insert(Membership(committeeID: tableID, institutionID: institution.id ?? 0, role: role, joined: joined))
    }
    print("Technical Table members on 1 March 2024:",
          try database.memberships(committeeID: tableID, activeOn: Day(year: 2024, month: 3, day: 1)!).count)

    // 4. A technical-table meeting with two decisions.
    let meeting = try database.insert(Meeting(
        committeeID: tableID, kind: .technicalTable, date: Day(year: 2024, month: 3, day: 14)!,
        place: "Prefektura \(county.name)", chair: "Sekretari i Përgjithshëm",
        attendees: [Attendee(institutionID: sss.id ?? 0, person: "A. Hoxha", function: "drejtore"),
                    Attendee(institutionID: border.id ?? 0, person: "B. Leka", function: "shef sektori")],
        agenda: ["Situata e trafikimit në qark", "Plani i veprimit 2024"],
        decisions: [Decision(text: "Trajnim për identifikimin e VMT në pikën kufitare", ownerInstitutionID: border.id ?? 0,
                             due: Day(year: 2024, month: 5, day: 31)!),
                    Decision(text: "Takim me shkollat për Muajin Antitrafik", ownerInstitutionID: school.id ?? 0,
                             due: Day(year: 2024, month: 10, day: 1)!)]))
    print("Meeting \(meeting.date): \(meeting.decisions.count) decisions, open on 1 June:",
          try database.openDecisions(on: Day(year: 2024, month: 6, day: 1)!).count)

    // 5. The regional action plan 2024 under the national strategy, one objective per pillar.
    let strategy = try database.insert(Strategy(title: Label(sq: "Strategjia Kombëtare 2024–2030", en: "National Strategy 2024–2030"),
                                                firstYear: 2024, lastYear: 2030))
    let plan = try database.insert(ActionPlan(county: county, year: 2024, strategyID: strategy.id,
                                              approvedOn: Day(year: 2024, month: 2, day: 13)!,
                                              title: "Plani Rajonal i Veprimit \(county.name) 2024"))
    let objectives: [(Pillar, String, Institution, String, Double, Double)] = [
        (.prosecution, "Ndjekja penale e trafikantëve", police, "raste të referuara në prokurori", 2, 5),
        (.protection, "Ndihma ligjore për VT/VMT", sss, "VT/VMT me ndihmë ligjore", 3, 10),
        (.coordination, "Trajnimi i punonjësve publikë", prefecture, "punonjës të trajnuar", 0, 60),
        (.prevention, "Ndërgjegjësimi i publikut", school, "nxënës të informuar", 200, 1500),
    ]
    for (pillar, title, owner, unit, baseline, target) in objectives {
        let objective = try database.insert(Objective(planID: plan.id ?? 0, pillar: pillar, title: title,
                                                      responsibleInstitutionIDs: [owner.id ?? 0]))
        try database.insert(PlannedActivity(objectiveID: objective.id ?? 0, title: title, responsibleInstitutionID: owner.id ?? 0,
                                             deadline: Day(year: 2024, month: 11, day: 30)!))
        try database.insert(Indicator(objectiveID: objective.id ?? 0, name: title, unit: unit, baseline: baseline,
                                      target: target, targetDate: Day(year: 2024, month: 12, day: 31)!))
    }
    guard let detail = try database.actionPlan(year: 2024, county: county) else { throw StorageError.corrupt(what: "plan") }
    for objective in detail.objectives {
        print("  \(objective.objective.pillar.label.sq): \(objective.objective.title) — \(objective.indicators.count) tregues")
    }
    print("Open it: swift run krat \(path)")
} catch {
    print("Error: \(error)")
    exit(1)
}
