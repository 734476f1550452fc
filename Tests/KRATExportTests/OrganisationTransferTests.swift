import Foundation
import KRATTestSupport
import KRATCore
import KRATExport
import KRATSampleData
import KRATStorage
import Testing

/// Transfer files: Durrës's calendar, plan and meetings exported and imported into a fresh Kukës database.
@Suite struct OrganisationTransferTests {
    let directory = TemporaryDirectory()
    let year = 2023
    let source: KRATDatabase
    let target: KRATDatabase

    init() throws {
        source = try KRATDatabase.inMemory(scope: .county(.durres), sampleData: true)
        try OrganisationGenerator(county: .durres, years: 2022...2023, asOf: Day(year: 2023, month: 12, day: 31)!, seed: 3)
            .fill(source)
        target = try KRATDatabase.create(at: directory.path("kukes.sqlite"), scope: .county(.kukes), user: "test", sampleData: true)
    }

    /// Exports `kind` of the year from Durrës (activities without their Durrës municipality when `strip`).
    func export(_ kind: TransferKind, strip: Bool = false) throws -> String {
        let path = directory.path("\(kind.code)-\(UUID().uuidString).json")
        switch kind {
        case .calendar:
            if strip {
                for var activity in try source.awarenessActivities(in: .year(year)) where activity.municipalityCode != nil {
                    activity.municipalityCode = nil
                    try source.update(activity)
                }
            }
            try OrganisationTransferExporter.exportCalendar(from: source, period: .year(year), toPath: path)
        case .plan: try OrganisationTransferExporter.exportPlan(from: source, year: year, toPath: path)
        case .meetings: try OrganisationTransferExporter.exportMeetings(from: source, period: .year(year), toPath: path)
        }
        return path
    }

    /// Adds the file's institutions to Kukës by name (without municipality), those with a municipality only when `municipalOnly`.
    func addByName(_ path: String, municipalOnly: Bool = false) throws {
        let file = try JSONDecoder().decode(Header.self, from: try Data(contentsOf: URL(fileURLWithPath: path)))
        for entry in file.institutions where !municipalOnly || entry.municipalityCode != nil {
            try target.insert(Institution(name: entry.name, kind: entry.kind, county: .kukes, services: Set(entry.services)))
        }
    }

    func importer(_ createMissing: Bool = false, update: Bool = false) -> OrganisationTransferImporter {
        OrganisationTransferImporter(database: target, options: .init(createMissing: createMissing, update: update))
    }

    func problems(_ body: () throws -> Void) -> [String] {
        do { try body() } catch let OrganisationTransferError.problems(lines) { return lines } catch {
            Issue.record("expected problems, got \(error)")
        }
        return []
    }

    func counts() throws -> [Int] {
        [try target.institutions().count, try target.committees().count, try target.strategies().count,
         try target.awarenessActivities(in: .year(year)).count, try target.meetings(in: .year(year)).count,
         try target.actionPlans().count]
    }

    // MARK: - Round trips

    @Test func calendarRoundTripWritesKukesIntoTheRecords() throws {
        let path = try export(.calendar, strip: true)
        try addByName(path)
        let report = try importer().importFile(atPath: path, expecting: .calendar)
        let exported = try OrganisationTransferExporter.calendar(from: source, period: .year(year))
        #expect(report.inserted == exported.records.count && report.inserted > 0)
        let again = try OrganisationTransferExporter.calendar(from: target, period: .year(year))
        #expect(again.records.allSatisfy { $0.county == .kukes })
        #expect(Canonical(again).calendar == Canonical(exported).calendar)
        // Activities that share a day and title (18 October) are matched one to one the second time.
        let second = try importer().importFile(atPath: path)
        #expect(second.inserted == 0 && second.alreadyPresent.count == report.inserted)
        #expect(try target.awarenessActivities(in: .year(year)).count == report.inserted)
    }

    @Test func planRoundTripKeepsItsLinksWithFreshIDs() throws {
        let path = try export(.plan)
        try addByName(path, municipalOnly: true)
        let report = try importer(true).importFile(atPath: path)
        #expect(report.inserted == 1 && report.createdStrategies.count == 1 && !report.createdInstitutions.isEmpty)
        let exported = try OrganisationTransferExporter.plan(from: source, year: year)
        let again = try OrganisationTransferExporter.plan(from: target, year: year)
        #expect(again.records.first?.plan.county == .kukes)
        #expect(!(exported.records.first?.measurements.isEmpty ?? true))
        #expect(Canonical(again).plans == Canonical(exported).plans)
    }

    @Test func meetingsRoundTripCreatesTheCommittees() throws {
        let path = try export(.meetings)
        try addByName(path, municipalOnly: true)
        let report = try importer(true).importFile(atPath: path, expecting: .meetings)
        #expect(report.createdCommittees.count == 2 && report.createdCommittees.allSatisfy { $0.contains("Kukës") })
        let exported = try OrganisationTransferExporter.meetings(from: source, period: .year(year))
        let again = try OrganisationTransferExporter.meetings(from: target, period: .year(year))
        #expect(again.records.count == exported.records.count && !exported.records.isEmpty)
        #expect(Canonical(again).meetings == Canonical(exported).meetings)
    }

    // MARK: - Problems

    @Test func everyUnresolvedReferenceIsListedAndNothingIsWritten() throws {
        let path = try export(.meetings)
        let before = try counts()
        let file = try OrganisationTransferExporter.meetings(from: source, period: .year(year))
        let names = Dictionary(uniqueKeysWithValues: file.institutions.map { ($0.ref, $0.name) })
        var expected: [String] = []
        for (index, meeting) in file.records.enumerated() {
            expected.append("\(path): [\(index)]: committee_id: no committee of kind \"\(file.committees.first { $0.ref == meeting.committeeID }?.kind.code ?? "")\" in this database; add it or import with create-missing")
            for (position, attendee) in meeting.attendees.enumerated() {
                expected.append("\(path): [\(index)]: attendees[\(position)].institution_id: no institution named \"\(names[attendee.institutionID] ?? "")\" in this database; add it or import with create-missing")
            }
            for (position, decision) in meeting.decisions.enumerated() {
                expected.append("\(path): [\(index)]: decisions[\(position)].owner_institution_id: no institution named \"\(names[decision.ownerInstitutionID] ?? "")\" in this database; add it or import with create-missing")
            }
        }
        #expect(problems { _ = try importer().importFile(atPath: path) } == expected)
        #expect(try counts() == before)
    }

    @Test func municipalitiesMustBeInTheTargetCounty() throws {
        let path = try export(.calendar)
        let before = try counts()
        let lines = problems { _ = try importer(true).importFile(atPath: path) }
        let activities = try source.awarenessActivities(in: .year(year))
        let withCode = activities.filter { $0.municipalityCode != nil }.count
        #expect(withCode > 0)
        #expect(lines.filter { $0.hasPrefix("\(path): [") && $0.contains(": municipality_code: \"") && $0.contains("is not a municipality of Kukës") }.count == withCode)
        #expect(lines.contains { $0.hasPrefix("\(path): institutions[") && $0.contains(": municipality_code: ") })
        #expect(try counts() == before)
    }

    @Test func aFailureWhileWritingRollsEverythingBack() throws {
        // The strategy no longer covers the plan's year: found only when the plan is stored,
        // after the missing institutions and the strategy were created.
        let path = try export(.plan)
        try addByName(path, municipalOnly: true)
        var file = try JSONDecoder().decode(PlanTransferFile.self, from: try Data(contentsOf: URL(fileURLWithPath: path)))
        file.strategies[0].firstYear = 2000
        file.strategies[0].lastYear = 2001
        try JSONEncoder().encode(file).write(to: URL(fileURLWithPath: path))
        let before = try counts()
        #expect(throws: OrganisationTransferError.self) { try importer(true).importFile(atPath: path) }
        #expect(try counts() == before)
    }

    @Test func theWrongKindOrVersionIsRefused() throws {
        let path = try export(.meetings)
        let wrongKind = #expect(throws: OrganisationTransferError.self) { try importer().importFile(atPath: path, expecting: .calendar) }
        #expect(wrongKind?.description.contains("import it with import meetings") == true)
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 2")
        let newer = directory.write("newer.json", text)
        let version = #expect(throws: OrganisationTransferError.self) { try importer().importFile(atPath: newer) }
        #expect(version?.description.contains("format version 2") == true)
        let array = directory.write("array.json", "[]")
        #expect(throws: OrganisationTransferError.self) { try importer().importFile(atPath: array) }
    }

    @Test func twoEntriesWithOneNameCreateOneInstitution() throws {
        let path = try export(.meetings)
        try addByName(path, municipalOnly: true)
        var file = try JSONDecoder().decode(MeetingsTransferFile.self, from: try Data(contentsOf: URL(fileURLWithPath: path)))
        let attendee = try #require(file.records[0].attendees.first)
        var copy = try #require(file.institutions.first { $0.ref == attendee.institutionID && $0.municipalityCode == nil })
        copy.ref = 999_999
        copy.name = copy.name.uppercased()
        file.institutions.append(copy)
        file.records[0].attendees[0].institutionID = copy.ref
        try JSONEncoder().encode(file).write(to: URL(fileURLWithPath: path))
        let report = try importer(true).importFile(atPath: path)
        #expect(report.createdInstitutions.count == Set(file.institutions.map { NameKey.make($0.name) }).count
            - file.institutions.filter { $0.municipalityCode != nil }.count)
    }

    // MARK: - Identity

    @Test func importingTwiceDoesNotDuplicate() throws {
        let path = try export(.meetings)
        try addByName(path, municipalOnly: true)
        let first = try importer(true).importFile(atPath: path)
        let after = try counts()
        let second = try importer(true).importFile(atPath: path)
        #expect(second.inserted == 0 && second.alreadyPresent.count == first.inserted)
        #expect(second.createdInstitutions.isEmpty && second.createdCommittees.isEmpty)
        #expect(try counts() == after)
        let plan = try export(.plan)
        try importer(true).importFile(atPath: plan)
        #expect(try importer().importFile(atPath: plan).alreadyPresent.count == 1)
        #expect(try target.actionPlans().count == 1)
    }

    @Test func updateReplacesThePresentRecords() throws {
        let path = try export(.plan)
        try addByName(path, municipalOnly: true)
        try importer(true).importFile(atPath: path)
        let objectives = try target.actionPlan(year: year)?.objectives.count
        var file = try JSONDecoder().decode(PlanTransferFile.self, from: try Data(contentsOf: URL(fileURLWithPath: path)))
        file.records[0].plan.title = "Plani i rishikuar"
        file.records[0].indicators[0].name += " (rishikuar)"
        try JSONEncoder().encode(file).write(to: URL(fileURLWithPath: path))
        let report = try importer(update: true).importFile(atPath: path)
        #expect(report.replaced == 1 && report.inserted == 0)
        let detail = try #require(try target.actionPlan(year: year))
        #expect(detail.plan.title == "Plani i rishikuar" && detail.objectives.count == objectives)
        #expect(detail.indicators.contains { $0.name == file.records[0].indicators[0].name })
        #expect(try target.actionPlans().count == 1)
    }
}

/// The institutions of a transfer file, read without knowing its kind.
private struct Header: Decodable {
    let institutions: [TransferInstitution]
}
