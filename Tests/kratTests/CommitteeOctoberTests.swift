import Foundation
import KRATTestSupport
import Testing

/// The secretariat's October through `krat -c` on a fresh county database (not the demo):
/// members, a Technical Table meeting with two decisions, three awareness activities, their
/// reports with photos, a measurement per indicator; then the figures, computed by hand.
///
/// The fixed day is 2025-10-21 (``TestDay/today``).
@Suite struct CommitteeOctoberTests {
    /// A fresh Durrës database with October recorded by the secretary; photo files beside it.
    final class County {
        let folder = TemporaryDirectory("krat-october")
        var file: String { folder.path("durres.sqlite") }

        init(record: Bool = true) throws {
            let created = try KratProcess.run(["init", file, "--county", "Durrës"])
            #expect(created.status == 0, "\(created.standardError)")
            _ = folder.write("a1.jpg", "a")      // SHA-256 (sha256sum): ca978112…48bb
            _ = folder.write("a2.jpg", "bb")     // 3b64db95…deaf
            _ = folder.write("a3.jpg", "ccc")    // 64daa44a…00fe
            if record { try run(Self.october(folder)) }
        }

        /// Runs lines as `role`, expecting success.
        func run(_ lines: [String], role: String = "secretary") throws {
            let outcome = try krat(lines, role: role)
            #expect(outcome.status == 0, "\(outcome.standardError)")
        }

        /// Runs lines as `role` in English.
        func krat(_ lines: [String], role: String = "secretary", mode: String = "table") throws -> KratProcess.Outcome {
            try KratProcess.run([file, "--role", role, "--lang", "en", "--mode", mode] + lines.flatMap { ["-c", $0] })
        }

        /// The rows of one table command in JSON.
        func rows(_ line: String, role: String = "secretary") throws -> [[String: Any]] {
            let outcome = try krat([line], role: role, mode: "json")
            #expect(outcome.status == 0, "\(line): \(outcome.standardError)")
            return try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [[String: Any]])
        }

        /// The October script: each line as the secretariat types it.
        static func october(_ folder: TemporaryDirectory) -> [String] {
            [
                "institution add name=\"World Vision Durrës\" kind=ngo",
                "member join \"Prefektura e Qarkut Durrës\" committee=technical_table role=chair on=2025-01-15 representative=\"Arben Gjoka\"",
                "member join Policisë committee=technical_table on=2025-01-15",
                "member join \"World Vision\" committee=technical_table on=2025-01-15",
                "meeting new date=2025-10-02 kind=technical_table place=Prefektura chair=\"Arben Gjoka\" "
                    + "attendees=\"Prefektura:Arben Gjoka:Sekretar i Përgjithshëm;Policisë:Mira Leka\" agenda=\"Kalendari i tetorit;Plani\"",
                "decision add 1 text=\"Njoftimet një ditë para\" owner=Prefektura due=2025-10-15",
                "decision add 1 text=\"Raporti i muajit\" owner=\"World Vision\" due=2025-11-05",
                "plan new 2025 approved=2025-02-13",
                "objective add 2025 pillar=prevention title=\"Ndërgjegjësimi i publikut\" responsible=Prefektura,\"World Vision\"",
                "activity add 1 title=\"Trajnim për mësuesit\" responsible=Prefektura deadline=2025-10-10",
                "indicator add 1 name=\"Pjesëmarrës\" unit=persona baseline=0 target=400 better=higher",
                "indicator add 1 name=\"Aktivitete\" unit=aktivitete baseline=0 target=12 better=higher",
                // A1 noticed on time; A2 noticed, moved, noticed again; A3 noticed on its own day (late).
                "calendar add date=2025-10-10 municipality=Durrës theme=\"Trafikimi i fëmijëve\" target=students organiser=Prefektura title=A1",
                "calendar add date=2025-10-14 municipality=Shijak theme=\"Puna e detyruar\" target=parents organiser=\"World Vision\" title=A2",
                "calendar add date=2025-10-18 municipality=Krujë theme=\"Dita Europiane\" target=public,youth organiser=Policisë title=A3",
                "calendar notice 1 on=2025-10-08",
                "calendar notice 2 on=2025-10-12",
                "calendar move 2 to=2025-10-16",
                "calendar notice 2 on=2025-10-15",
                "calendar notice 3 on=2025-10-18",
                "calendar report 1 on=2025-10-11 purpose=Ndërgjegjësim participants=students:120 photos=\(folder.path("a1.jpg"))",
                "calendar report 2 on=2025-10-17 purpose=Ndërgjegjësim participants=parents:40 photos=\(folder.path("a2.jpg"))",
                "calendar report 3 on=2025-10-20 purpose=Ndërgjegjësim participants=public:200,youth:30 photos=\(folder.path("a3.jpg"))",
                "measure 1 2025-Q3 360",
                "measure 2 2025-Q3 9",
            ]
        }
    }

    @Test func octoberGivesTheFiguresComputedByHand() throws {
        let county = try County()

        // Compliance: A1 on time / on time; A2 on time (its second notice, a day before the new date) / on time;
        // A3 noticed on the day (late) / reported two days after (late). Compliant: A1, A2.
        let compliance = try county.rows("calendar compliance 2025-10")
        let total = try #require(compliance.last)
        #expect(total.int("activities") == 3)
        #expect(total.int("notice_on_time") == 2 && total.int("notice_late") == 1 && total.int("notice_missing") == 0)
        #expect(total.int("changed_without_notice") == 0)
        #expect(total.int("report_on_time") == 2 && total.int("report_late") == 1 && total.int("report_missing") == 0)
        #expect(total.int("compliant") == 2)

        // Decisions: 1.1 due 2025-10-15, six days overdue on 2025-10-21; 1.2 due 2025-11-05.
        let decisions = try county.rows("decisions open")
        #expect(decisions.map { $0.string("decision_id") } == ["1.1", "1.2"])
        #expect(decisions.map { $0.string("overdue") } == ["true", "false"])
        #expect(decisions.first?.int("days_overdue") == 6)

        // Indicators: 360 of 400 is 0.9 of the way; 9 of 12 is 0.75.
        let indicators = try county.rows("indicators 2025")
        #expect(indicators.count == 2)
        #expect(indicators.compactMap { ($0["progress"] as? NSNumber)?.doubleValue }.sorted() == [0.75, 0.9])

        // Tasks within 14 days: the plan activity past its deadline (2025-10-10) and decision 1.1.
        // Decision 1.2 (2025-11-05) and next year's plan (2025-12-31) come in with within=80.
        let tasks = try county.rows("tasks")
        #expect(tasks.map { $0.string("subject") } == ["activity 1", "decision 1.1"], "\(tasks)")
        #expect(tasks.map { $0.string("command") } == ["activity done 1 on=2025-10-21", "decision done 1.1 on=2025-10-21"])
        let later = try county.rows("tasks within=80").compactMap { $0.string("subject") }
        #expect(later == ["activity 1", "decision 1.1", "decision 1.2", "plan 2026"])

        // The bundle: three activities with the statuses above and each photo's digest.
        let bundle = county.folder.path("october.tar")
        try county.run(["export bundle 2025-10 \(bundle) photos=\(county.folder.url.path)"])
        let json = try KratProcess.run(URL(fileURLWithPath: "/usr/bin/tar"), ["xOf", bundle, "krat-durres-2025-10/bundle.json"])
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let activities = try #require(manifest["activities"] as? [[String: Any]])
        #expect(activities.map { $0.string("title") } == ["A1", "A2", "A3"])
        #expect(activities.map { $0.string("notice_status") } == ["on_time", "on_time", "late"])
        #expect(activities.map { $0.string("report_status") } == ["on_time", "on_time", "late"])
        #expect(activities.map { $0.string("date") } == ["2025-10-10", "2025-10-16", "2025-10-18"])
        let digests = activities.compactMap { (($0["report"] as? [String: Any])?["photos"] as? [[String: Any]])?.first?.string("sha256") }
        #expect(digests == ["ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb",
                            "3b64db95cb55c763391c707108489ae18b4112d783300de38e033b4c98c3deaf",
                            "64daa44ad493ff28a96effab6e77f1732a3d97d83241581b37dbd70a7a4900fe"])

        // The annual analysis shows them.
        let report = county.folder.path("annual-2025.html")
        try county.run(["export report 2025 \(report)"])
        let html = county.folder.read(report)
        for text in ["Awareness calendar compliance", "Pjesëmarrës", "Aktivitete", "Njoftimet një ditë para", "World Vision Durrës"] {
            #expect(html.contains(text), "the report lacks \(text)")
        }

        // Every change is in the history: A2's creation, first notice, move, second notice and report.
        let history = try county.rows("history calendar 2")
        #expect(history.map { $0.string("action") } == ["created", "changed", "changed", "changed", "changed"])
        #expect(history.allSatisfy { $0.string("role") == "secretary" })
    }

    @Test func invalidEntriesAreRefusedByFieldAndNothingIsStored() throws {
        let county = try County()
        let before = try county.rows("history limit=1000").count
        let refused: [(String, String)] = [
            ("calendar notice 1 on=2025-10-11", "notices.sent_on: 2025-10-11 is after the activity's day"),
            ("calendar report 1 on=2025-10-09 purpose=x", "report: activity 1 already has a report"),
            ("calendar report 3 on=2025-10-09 purpose=x", "report: activity 3 already has a report"),
            ("decision add 1 text=x owner=\"Bashkia Shijak\" due=2025-10-30", "decisions[2].owner: institution"),
            ("decision add 1 text=x owner=Prefektura due=2025-09-01", "decisions[2].due: is due (2025-09-01) before the meeting"),
            ("decision done 1.1 on=2025-09-30", "decisions[0].closed_on: 2025-09-30 is before the meeting"),
            ("measure 1 2024-Q4 5", "period: 2024-Q4 is outside the plan's year 2025"),
            ("measure 1 2025-Q3 5", "period: indicator 1 already has a measurement for 2025-Q3"),
            ("institution add name=\"world vision durres\" kind=ngo", "name: 'world vision durres' is already institution"),
            ("plan new 2025", "year: there is already an action plan for 2025"),
            ("member join Policisë committee=technical_table on=2025-03-01", "institution: institution"),
            ("calendar add date=2025-10-10 municipality=Durrës theme=x target=students organiser=Prefektura title=A1",
             "title: 'A1' on 2025-10-10 is already activity 1"),
            ("calendar add date=2025-10-25 municipality=Durrës theme=\" \" target=students organiser=Prefektura", "theme: must not be empty"),
            ("indicator add 1 name=x unit=u baseline=10 target=5 better=higher", "target: 5.0 is not above the baseline 10.0"),
            ("activity done 1 on=2024-12-01", "completed_on: 2024-12-01 is before the plan's year 2025 begins"),
            ("meeting new date=2025-10-20 kind=technical_table chair=\" \"", "chair: must not be empty"),
        ]
        for (line, message) in refused {
            let outcome = try county.krat([line])
            #expect(outcome.status == 1, "\(line) was not refused")
            #expect(outcome.standardError.contains(message), "\(line): \(outcome.standardError)")
        }
        // A missing photo is refused before anything is written.
        let photo = try county.krat(["calendar add date=2025-10-25 municipality=Durrës theme=T target=students organiser=Prefektura title=A4",
                                     "calendar report 4 on=2025-10-26 purpose=x photos=\(county.folder.path("none.jpg"))"])
        #expect(photo.standardError.contains("none.jpg: photo not found"), "\(photo.standardError)")
        #expect(try county.rows("calendar 2025-10-25..2025-10-25").first?.string("report") == "not_yet_due")
        #expect(try county.rows("history limit=1000").count == before + 1)   // only A4's creation
    }

    @Test func analystsAndThePublicAreRefusedEveryWrite() throws {
        let county = try County(record: false)
        try county.run(["member join Prefektura committee=technical_table role=chair on=2025-01-15",
                        "meeting new date=2025-10-02 kind=technical_table chair=A",
                        "plan new 2025", "objective add 2025 pillar=prevention title=O",
                        "calendar add date=2025-10-30 municipality=Durrës theme=T target=students organiser=Prefektura"])
        let writes = [
            "institution add name=X kind=ngo", "member join Prefektura committee=krat on=2025-01-01",
            "member leave Prefektura committee=technical_table on=2025-12-31", "meeting new", "meeting new date=2025-10-03 kind=other chair=A",
            "decision add 1 text=x owner=Prefektura", "decision done 1.1 on=2025-10-20", "decision drop 1.1 on=2025-10-20",
            "plan new 2026", "plan approve 2025 on=2025-02-01", "objective add 2025 pillar=protection title=x",
            "activity add 1 title=x responsible=Prefektura deadline=2025-12-01", "activity done 1 on=2025-10-20",
            "indicator add 1 name=x unit=u baseline=0 target=1 better=higher", "measure 1 2025-Q3 1",
            "calendar add date=2025-11-01 municipality=Durrës theme=T target=students organiser=Prefektura",
            "calendar notice 1 on=2025-10-28", "calendar move 1 to=2025-11-02", "calendar cancel 1",
            "calendar report 1 on=2025-10-31 purpose=x",
        ]
        let before = try county.rows("history limit=1000").count
        for role in ["analyst", "public"] {
            for line in writes {
                let outcome = try county.krat([line], role: role)
                #expect(outcome.status == 1, "\(role): \(line) was not refused")
                #expect(outcome.standardError.contains("is not permitted to the \(role) role")
                        && outcome.standardError.contains("--role secretary"), "\(role): \(line): \(outcome.standardError)")
            }
        }
        #expect(try county.rows("history limit=1000").count == before)
    }
}
