// CaseIntake: one potential victim's case, from identification to confirmation, and what
// the case worker, an analyst and the public each see of it.
//
//     swift run CaseIntake
//
// The county's database is created in a temporary folder, marked as sample data, with a year
// of generated cases, so the public's table has counts to show. Every name and number here is
// invented. `KRAT_TODAY=2025-10-18 swift run CaseIntake` runs it as of another day.

import Foundation
import KRATCore
import KRATSampleData
import KRATShell
import KRATStatistics
import KRATStorage

let directory = FileManager.default.temporaryDirectory.appendingPathComponent("krat-intake-\(UUID().uuidString)").path
try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: directory) }
let path = directory + "/vlore.sqlite"
let today = DayClock.system.today
let render = { (table: ResultTable) in
    print(OutputRenderer(mode: .box, formatter: CellFormatter(language: .en)).render(table))
}

do {
    // The case worker of the State Social Service in Vlorë, with the key file.
    let caseWorker = try KRATDatabase.create(at: path, scope: .county(.vlore), user: "punonjese.sociale",
                                             sampleData: true)
    try caseWorker.importCases(CaseGenerator(counties: [.vlore], years: (today.year - 1)...today.year, count: 400,
                                             seed: 8, asOf: today), asOf: today)

    // 1. Identification: the border police identify a potential victim (VMT) at the port.
    let identified = today.adding(days: -20)
    var record = CaseRecord(
        id: "VL-\(today.year)-INTAKE", county: .vlore, municipality: Municipality.named("Vlore"),
        status: .potentialVictim, identifiedOn: identified, identifiedBy: .borderPolice, sex: .female,
        citizenship: .albania, exploitation: [.sexual], transnational: true, streetSituation: false,
        steps: [SOPStep(.identification, on: identified)],
        personal: PersonalData(firstName: "Elira", lastName: "Marku", personalID: "K05123456M",
                               phone: "+355 69 555 0101", birthDate: identified.adding(years: -19).adding(days: -40),
                               notes: "Identifikuar në portin e Vlorës."))
    try caseWorker.insert(record)
    print("1. Identified \(record.id) as \(record.status.code) on \(identified).")

    // 2. Referral to the State Social Service and the 72-hour emergency centre.
    record.record(SOPStep(.referral, on: identified.adding(days: 1)))
    record.record(SOPStep(.emergencyCentre, on: identified.adding(days: 1)))
    record.record(SOPStep(.needsAssessment, on: identified.adding(days: 3)))
    try caseWorker.update(record)
    print("2. Referred on \(identified.adding(days: 1)); emergency centre and needs assessment recorded.")

    // 3. Confirmation as a victim (VT).
    try record.changeStatus(to: .victim, on: identified.adding(days: 12))
    try caseWorker.update(record)
    print("3. Confirmed as \(record.status.code) on \(identified.adding(days: 12)).\n")

    // What the case worker sees: everything, and the read is audited.
    let full = try caseWorker.caseRecord(id: record.id, purpose: "preparing the individual protection plan")
    print("CASE WORKER sees: \(full.personal.firstName ?? "") \(full.personal.lastName ?? ""), ID \(full.personal.personalID ?? ""), "
          + "age \(full.ageAtIdentification ?? 0), steps \(full.steps.map(\.kind.code).joined(separator: " → "))")
    print("  audit log: \(try caseWorker.auditEntries(AuditFilter(caseID: record.id)).map { "\($0.action.code) (\($0.purpose))" }.joined(separator: "; "))\n")

    // What an analyst sees: the same case without any personal field.
    let analyst = try KRATDatabase.open(at: path, role: .analyst, user: "analist")
    let redacted = try analyst.redactedCase(id: record.id)
    print("ANALYST sees: \(redacted.id), \(redacted.identifiedMonth), \(redacted.ageBand?.code ?? "?"), "
          + "\(redacted.sex.code), \(redacted.status.code), days to referral \(redacted.daysToReferral ?? -1), "
          + "pseudonym \(redacted.pseudonym?.value ?? "none")")
    print("  personal data for the analyst: ", terminator: "")
    do { _ = try analyst.caseRecord(id: record.id, purpose: "curiosity") } catch { print(error.description) }
    print()

    // What the public sees: fixed tables of ended years, one dimension at a time, small
    // counts hidden with secondary suppression. Anything else is refused.
    let public_ = try KRATDatabase.open(at: path, role: .public, user: "publiku")
    print("PUBLIC sees:")
    for dimension in [CaseDimension.status, .sex] {
        render(try CaseStatistics(public_).breakdown(by: [dimension], period: .year(today.year - 1)))
    }
    print("  this year, by status and sex: ", terminator: "")
    do { _ = try CaseStatistics(public_).breakdown(by: [.status, .sex], period: .year(today.year)) } catch {
        print(error.description)
    }
} catch {
    print("Error: \(error)")
    exit(1)
}
