import Testing
@testable import KRATCore

@Suite("Case status")
struct CaseStatusTests {
    @Test("a potential victim may be confirmed as a victim or found not to be one", arguments: [
        CaseStatus.victim, .notVictim,
    ])
    func allowed(next: CaseStatus) throws {
        var record = SampleCase.make(status: .potentialVictim)
        #expect(CaseStatus.potentialVictim.canChange(to: next))
        try record.changeStatus(to: next)
        #expect(record.status == next)
    }

    @Test("every other change is refused with a status error", arguments: [
        (CaseStatus.victim, CaseStatus.potentialVictim),
        (.notVictim, .victim),
        (.victim, .notVictim),
        (.potentialVictim, .potentialVictim),
        (.victim, .victim),
        (.notVictim, .potentialVictim),
        (.notVictim, .notVictim),
    ])
    func refused(from: CaseStatus, to: CaseStatus) {
        var record = SampleCase.make(status: from)
        #expect(!from.canChange(to: to))
        do {
            try record.changeStatus(to: to)
            Issue.record("\(from.code) → \(to.code) should be refused")
        } catch {
            #expect(error.issues.map(\.field) == ["status"])
            #expect(error.description.contains(from.code))
            #expect(error.description.contains(to.code))
        }
        #expect(record.status == from)
    }

    @Test func codes() {
        #expect(CaseStatus.codes == ["VMT", "VT", "not_victim"])
        #expect(CaseStatus.potentialVictim.label.en == "Potential victim (VMT)")
        #expect(CaseStatus.victim.label.sq == "Viktimë e trafikimit (VT)")
    }
}
