import KRATCore
import KRATTestSupport
import Testing

/// The case process in KRATCore: each change checked against the case and today, refusals
/// naming their field and repeating no value of the case; what is due by the SOP timetable.
@Suite struct CaseProcessTests {
    let today = TestDay.today   // 2025-10-21
    func day(_ text: String) -> Day { Day(iso: text) ?? Day(ordinal: 0) }

    func fresh() throws -> CaseRecord {
        try CaseEntry.newCase([("id", "DU-1"), ("identified_on", "2025-10-10"), ("identified_by", "state_police"),
                               ("sex", "F"), ("status", "VMT"), ("municipality", "Shijak")],
                              county: .durres, today: today)
    }

    @Test func newCaseHasItsIdentificationStep() throws {
        let record = try fresh()
        #expect(record.steps == [SOPStep(.identification, on: day("2025-10-10"))])
        #expect(record.municipality?.name == "Shijak")
    }

    @Test func newCaseRefusalsNameFieldsWithoutValues() {
        do {
            _ = try CaseEntry.newCase([("id", "DU-2"), ("identified_on", "2025-12-01"), ("identified_by", "police"),
                                       ("sex", "F"), ("status", "not_victim"), ("municipality", "Pogradec"),
                                       ("personal_id", "X99"), ("first_name", "Arta")], county: .durres, today: today)
            Issue.record("accepted")
        } catch {
            let fields = Set(error.issues.map(\.field))
            #expect(fields == ["identified_on", "identified_by", "status", "municipality", "personal_id"])
            let text = error.description
            for value in ["2025-12-01", "Pogradec", "X99", "Arta", "police'"] { #expect(!text.contains(value), "\(text)") }
        }
    }

    @Test func missingRequiredFieldsAreListed() {
        #expect(throws: ValidationError.self) { try CaseEntry.newCase([("id", "DU-3")], county: .durres, today: today) }
        do { _ = try CaseEntry.newCase([("id", "DU-3")], county: .durres, today: today) } catch {
            #expect(Set(error.issues.map(\.field)) == CaseEntry.requiredKeys)
        }
    }

    @Test func stepsComeAfterIdentificationAndNotInTheFuture() throws {
        var record = try fresh()
        #expect(throws: ValidationError.self) { try record.recordStep(SOPStep(.referral, on: day("2025-10-09")), asOf: today) }
        #expect(throws: ValidationError.self) { try record.recordStep(SOPStep(.referral, on: day("2025-10-22")), asOf: today) }
        #expect(throws: ValidationError.self) { try record.recordStep(SOPStep(.identification, on: day("2025-10-12")), asOf: today) }
        #expect(throws: ValidationError.self) { try record.recordStep(SOPStep(.closure, on: day("2025-10-12")), asOf: today) }
        try record.recordStep(SOPStep(.referral, on: day("2025-10-11")), asOf: today)
        #expect(record.referredOn == day("2025-10-11"))
        do { try record.recordStep(SOPStep(.referral, on: day("2025-10-09")), asOf: today) } catch {
            #expect(error.issues.map(\.field) == ["on"])
            #expect(!error.description.contains("2025-10-10") && !error.description.contains("2025-10-09"))
        }
    }

    @Test func providerMustOfferTheServiceInTheCounty() throws {
        var record = try fresh()
        let shelter = Institution(id: 7, name: "Qendra", kind: .serviceProvider, county: .durres, services: [.shelter])
        let elsewhere = Institution(id: 8, name: "Qendra Vlorë", kind: .serviceProvider, county: .vlore, services: [.emergencyCentre])
        #expect(throws: ValidationError.self) {
            try record.recordStep(SOPStep(.emergencyCentre, on: day("2025-10-12"), providerID: 7), provider: shelter, asOf: today)
        }
        #expect(throws: ValidationError.self) {
            try record.recordStep(SOPStep(.emergencyCentre, on: day("2025-10-12"), providerID: 8), provider: elsewhere, asOf: today)
        }
        #expect(throws: ValidationError.self) {
            try record.recordStep(SOPStep(.shelter, on: day("2025-10-12"), providerID: 9), provider: nil, asOf: today)
        }
        try record.recordStep(SOPStep(.shelter, on: day("2025-10-12"), providerID: 7), provider: shelter, asOf: today)
        #expect(record.firstServiceOn == day("2025-10-12"))
    }

    @Test func onlyVMTBecomesVTOrNotVictim() throws {
        var record = try fresh()
        #expect(throws: ValidationError.self) { try record.decide(.potentialVictim, on: day("2025-10-15"), asOf: today) }
        try record.decide(.victim, on: day("2025-10-15"), asOf: today)
        #expect(record.status == .victim)
        #expect(throws: ValidationError.self) { try record.decide(.notVictim, on: day("2025-10-16"), asOf: today) }
    }

    @Test func closeAndReopen() throws {
        var record = try fresh()
        try record.recordStep(SOPStep(.referral, on: day("2025-10-12")), asOf: today)
        #expect(throws: ValidationError.self) { try record.close(on: day("2025-10-11"), asOf: today) }
        #expect(throws: ValidationError.self) { try record.reopen(on: day("2025-10-13"), asOf: today) }
        try record.close(on: day("2025-10-13"), asOf: today)
        #expect(throws: ValidationError.self) { try record.close(on: day("2025-10-14"), asOf: today) }
        #expect(throws: ValidationError.self) { try record.recordStep(SOPStep(.shelter, on: day("2025-10-14")), asOf: today) }
        #expect(throws: ValidationError.self) { try record.reopen(on: day("2025-10-12"), asOf: today) }
        #expect(try record.reopen(on: day("2025-10-14"), asOf: today) == day("2025-10-13"))
        #expect(record.closedOn == nil)
    }

    @Test func whatIsDueFollowsTheSOPPath() throws {
        var record = try fresh()
        func next() -> [CaseDue.Work] { CaseProgress(record).due(under: .standard).map(\.work) }
        #expect(next() == [.step(.referral), .decide, .review])
        #expect(CaseProgress(record).due(under: .standard)[0].due == day("2025-10-12"))   // 2 days after 10 Oct
        try record.recordStep(SOPStep(.referral, on: day("2025-10-11")), asOf: today)
        #expect(next() == [.step(.needsAssessment), .decide, .review])
        try record.recordStep(SOPStep(.needsAssessment, on: day("2025-10-13")), asOf: today)
        #expect(next() == [.step(.emergencyCentre), .decide, .review])
        try record.recordStep(SOPStep(.emergencyCentre, on: day("2025-10-14")), asOf: today)
        #expect(next() == [.step(.reintegration), .decide, .review])
        try record.decide(.victim, on: day("2025-10-15"), asOf: today)
        #expect(next() == [.step(.reintegration), .review])
        try record.recordStep(SOPStep(.reintegration, on: day("2025-10-16")), asOf: today)
        #expect(next() == [.close, .review])
        try record.close(on: day("2025-10-17"), asOf: today)
        #expect(next().isEmpty)
    }

    @Test func timetableDaysAreTheCountysAndChecked() {
        var timetable = SOPTimetable.standard
        #expect(timetable[.referral] == 2 && timetable[.protection] == 3 && timetable[.review] == 90)
        timetable[.referral] = 1
        #expect(!timetable.isStandard(.referral) && timetable.isStandard(.review))
        timetable[.review] = -1
        #expect(timetable.validate().map(\.field) == ["review"])
    }

    @Test func correctionsRefuseIdAndStatus() throws {
        let record = try fresh()
        do { _ = try CaseEntry.corrected(record, with: [("status", "VT"), ("id", "X")], today: today); Issue.record("accepted") } catch {
            #expect(Set(error.issues.map(\.field)) == ["status", "id"])
        }
        let corrected = try CaseEntry.corrected(record, with: [("municipality", "Durres"), ("sex", "M")], today: today)
        #expect(corrected.municipality?.name == "Durrës" && corrected.sex == .male)
        var referred = record
        try referred.recordStep(SOPStep(.referral, on: day("2025-10-11")), asOf: today)
        do { _ = try CaseEntry.corrected(referred, with: [("identified_on", "2025-10-15")], today: today); Issue.record("accepted") } catch {
            #expect(error.issues.map(\.field) == ["identified_on"])
            #expect(!error.description.contains("2025-10-1"))
        }
    }
}
