import KRATCore
import KRATStorage

extension OrganisationGenerator {
    // MARK: - Meetings

    /// Adds, per year, the annual analysis in February, a Technical Table meeting each
    /// quarter and the closing of the Anti-Trafficking Month in late October, each with
    /// attendees, an agenda and decisions. Returns the day of each year's annual analysis.
    func addMeetings(_ database: KRATDatabase, roster: Roster, committees: Committees,
                     summary: inout OrganisationSummary) throws(StorageError) -> [Int: Day] {
        var random = SeededGenerator.stream(2, of: seed)
        var annualAnalyses: [Int: Day] = [:]
        for year in startedYears {
            var plan: [(MeetingKind, Int64, Day)] = []
            if let date = day(year, 2, random.int(in: 10...20)) {
                plan.append((.annualAnalysis, committees.krat, date))
                annualAnalyses[year] = date
            }
            for lastMonthOfQuarter in [3, 6, 9, 12] {
                if let date = day(year, lastMonthOfQuarter, random.int(in: 5...25)) {
                    plan.append((.technicalTable, committees.technicalTable, date))
                }
            }
            if let date = day(year, 10, random.int(in: 27...31)) {
                plan.append((.antiTraffickingMonthClosing, committees.krat, date))
            }
            for (kind, committee, date) in plan.sorted(by: { $0.2 < $1.2 }) {
                let meeting = try meeting(kind, committee: committee, on: date, database: database, using: &random)
                try database.insert(meeting)
                summary.meetings += 1
                summary.decisions += meeting.decisions.count
            }
        }
        return annualAnalyses
    }

    /// One meeting: the members present that day, an agenda for its kind, and decisions
    /// closed on time, late, dropped or still open (never closed after ``asOf``).
    func meeting(_ kind: MeetingKind, committee: Int64, on date: Day, database: KRATDatabase,
                 using random: inout SeededGenerator) throws(StorageError) -> Meeting {
        let members = try database.memberships(committeeID: committee, activeOn: date)
        var seen = Set<Int64>()
        let present = members.filter { seen.insert($0.institutionID).inserted && ($0.role != .member || random.chance(0.8)) }
        let attendees = present.map { membership in
            Attendee(institutionID: membership.institutionID,
                     person: membership.representative ?? SampleTexts.official(using: &random),
                     function: membership.role == .member ? random.pick(SampleTexts.functions) : membership.role.label.sq)
        }
        let chair = present.first { $0.role == .chair }?.representative ?? SampleTexts.official(using: &random)
        let agenda = SampleTexts.agenda(for: kind, year: date.year)
        let owners = attendees.map(\.institutionID)
        var decisions: [Decision] = []
        for _ in 0..<random.int(in: 1...3) {
            guard let owner = random.pick(owners), let text = random.pick(SampleTexts.decisions) else { continue }
            decisions.append(decision(text, owner: owner, meetingDate: date, using: &random))
        }
        return Meeting(committeeID: committee, kind: kind, date: date,
                       place: "Salla e mbledhjeve, Prefektura e Qarkut \(county.name)", chair: chair,
                       attendees: attendees, agenda: agenda, decisions: decisions)
    }

    /// A decision due 30 to 90 days after the meeting: done on time, done late, dropped or open.
    func decision(_ text: String, owner: Int64, meetingDate: Day, using random: inout SeededGenerator) -> Decision {
        let due = meetingDate.adding(days: random.int(in: 30...90))
        let outcome = random.int(in: 1...100)
        var status = DecisionStatus.open
        var closedOn: Day?
        switch outcome {
        case 1...50:
            status = .done
            closedOn = meetingDate.adding(days: random.int(in: 5...meetingDate.distance(to: due)))
        case 51...75:
            status = .done
            closedOn = due.adding(days: random.int(in: 5...60))
        case 76...83:
            status = .dropped
            closedOn = meetingDate.adding(days: random.int(in: 10...120))
        default:
            break
        }
        if let closed = closedOn, closed > asOf {
            status = .open
            closedOn = nil
        }
        return Decision(text: text, ownerInstitutionID: owner, due: due, status: status, closedOn: closedOn)
    }
}
