import Testing
import KRATCore

private func day(_ text: String) -> Day { Day(iso: text)! }
private func fields(_ issues: [ValidationIssue]) -> [String] { issues.map(\.field) }

@Suite("Strategy and action plans")
struct PlanningTests {
    @Test func pillars() {
        #expect(Pillar.codes == ["prosecution", "protection", "coordination", "prevention"])
        #expect(Pillar.prosecution.label.sq == "Ndjekja Penale")
        #expect(Pillar.protection.label.sq == "Mbrojtja")
        #expect(Pillar.coordination.label.sq == "Bashkërendimi")
        #expect(Pillar.prevention.label.sq == "Parandalimi")
        #expect(ActivityStatus.codes == ["planned", "in_progress", "done", "cancelled"])
    }

    @Test func strategyCoversItsYears() {
        let s = Strategy(title: Label(sq: "Strategjia Kombëtare 2014–2017", en: "National Strategy 2014–2017"),
                         firstYear: 2014, lastYear: 2017)
        #expect(s.validate().isEmpty)
        #expect(!s.covers(year: 2013))
        #expect(s.covers(year: 2014))
        #expect(s.covers(year: 2017))
        #expect(!s.covers(year: 2018))
        #expect(s.period.description == "2014-01-01..2017-12-31")
    }

    @Test func strategyValidation() {
        let backwards = Strategy(title: Label("S"), firstYear: 2017, lastYear: 2014)
        #expect(fields(backwards.validate()) == ["last_year"])
        let untitled = Strategy(title: Label(sq: "", en: "Strategy"), firstYear: 2014, lastYear: 2014)
        #expect(fields(untitled.validate()) == ["title.sq"])
        let noEnglish = Strategy(title: Label(sq: "Strategjia", en: " "), firstYear: 2014, lastYear: 2014)
        #expect(fields(noEnglish.validate()) == ["title.en"])
    }

    @Test func actionPlan() {
        let plan = ActionPlan(county: .durres, year: 2019, strategyID: 1, approvedOn: day("2019-02-13"),
                              title: "Plani i Veprimit 2019")
        #expect(plan.validate().isEmpty)
        #expect(plan.isApproved)
        #expect(plan.startDay == day("2019-02-13"))
        #expect(fields(ActionPlan(county: .durres, year: 2019, title: "").validate()) == ["title"])
        let approvedEarly = ActionPlan(county: .durres, year: 2019, approvedOn: day("2018-12-20"), title: "P")
        #expect(approvedEarly.startDay == day("2019-01-01"))
        #expect(!ActionPlan(county: .durres, year: 2019, title: "P").isApproved)
    }

    @Test func actionPlanAgainstStrategy() {
        let s = Strategy(title: Label("S"), firstYear: 2014, lastYear: 2017)
        #expect(ActionPlan(county: .durres, year: 2017, title: "P").issues(against: s).isEmpty)
        #expect(fields(ActionPlan(county: .durres, year: 2019, title: "P").issues(against: s)) == ["year"])
    }

    @Test func objectiveValidation() {
        let fine = Objective(planID: 1, pillar: .protection, title: "Ndihmë juridike për VT/VMT",
                             responsibleInstitutionIDs: [3, 4])
        #expect(fine.validate().isEmpty)
        #expect(fields(Objective(planID: 1, pillar: .prevention, title: " ").validate()) == ["title"])
        let twice = Objective(planID: 1, pillar: .prevention, title: "T", responsibleInstitutionIDs: [3, 4, 3])
        #expect(fields(twice.validate()) == ["responsible_institution_ids[2]"])
    }

    @Test func plannedActivityDoneOnTime() {
        func activity(_ status: ActivityStatus, _ completed: String?) -> PlannedActivity {
            PlannedActivity(objectiveID: 1, title: "Trajnim", responsibleInstitutionID: 2,
                            deadline: day("2019-06-30"), status: status, completedOn: completed.map(day))
        }
        #expect(activity(.done, "2019-06-30").doneOnTime == true)
        #expect(activity(.done, "2019-07-01").doneOnTime == false)
        #expect(activity(.inProgress, nil).doneOnTime == nil)
        #expect(activity(.planned, nil).isOverdue(on: day("2019-07-01")))
        #expect(!activity(.planned, nil).isOverdue(on: day("2019-06-30")))
        #expect(!activity(.cancelled, nil).isOverdue(on: day("2019-07-01")))
        #expect(!activity(.done, "2019-07-05").isOverdue(on: day("2019-07-10")))
    }

    @Test func plannedActivityValidation() {
        let fine = PlannedActivity(objectiveID: 1, title: "Trajnim", responsibleInstitutionID: 2,
                                   deadline: day("2019-06-30"), status: .done, completedOn: day("2019-06-01"))
        #expect(fine.validate().isEmpty)
        let blank = PlannedActivity(objectiveID: 1, title: "", responsibleInstitutionID: 2, deadline: day("2019-06-30"))
        #expect(fields(blank.validate()) == ["title"])
        let doneUndated = PlannedActivity(objectiveID: 1, title: "T", responsibleInstitutionID: 2,
                                          deadline: day("2019-06-30"), status: .done)
        #expect(fields(doneUndated.validate()) == ["completed_on"])
        let plannedDated = PlannedActivity(objectiveID: 1, title: "T", responsibleInstitutionID: 2,
                                           deadline: day("2019-06-30"), status: .planned, completedOn: day("2019-06-01"))
        #expect(fields(plannedDated.validate()) == ["completed_on"])
    }
}
