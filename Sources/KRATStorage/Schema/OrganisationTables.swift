import GRDB
import KRATCore

/// The SQL of the organisational tables: committees, meetings, plans, indicators and the
/// awareness calendar. Part of schema version 2 (see `OrganisationSchema.swift`).
///
/// Dates are ISO text (`YYYY-MM-DD`) so that analysts can read them with SQL; codes are
/// the domain's `Coded` raw values. Children are deleted with their parent (ON DELETE
/// CASCADE); an institution that is still referenced cannot be deleted.
enum OrganisationTables {
    /// `CHECK (column IN ('a', 'b'))` for a coded column.
    static func codes<T: Coded>(_ column: String, _ type: T.Type) -> String {
        "CHECK (\(column) IN (" + T.codes.map { "'\($0)'" }.joined(separator: ", ") + "))"
    }

    /// `CHECK` that a column holds an ISO day (or NULL).
    static func iso(_ column: String) -> String {
        "CHECK (\(column) IS NULL OR \(column) GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')"
    }

    static func create(_ db: Database) throws {
        try db.execute(sql: committees + meetings + planning + awareness)
    }

    static let committees = """
        CREATE TABLE institution_service (
            institution_id INTEGER NOT NULL REFERENCES institution(id) ON DELETE CASCADE,
            service TEXT NOT NULL \(codes("service", ProviderService.self)),
            PRIMARY KEY (institution_id, service)
        ) WITHOUT ROWID;
        CREATE TABLE committee (
            id INTEGER PRIMARY KEY,
            county TEXT NOT NULL \(codes("county", County.self)),
            kind TEXT NOT NULL \(codes("kind", CommitteeKind.self)),
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            UNIQUE (county, name)
        );
        CREATE TABLE membership (
            id INTEGER PRIMARY KEY,
            committee_id INTEGER NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
            institution_id INTEGER NOT NULL REFERENCES institution(id),
            role TEXT NOT NULL \(codes("role", CommitteeRole.self)),
            joined TEXT NOT NULL \(iso("joined")),
            left_on TEXT \(iso("left_on")),
            representative TEXT,
            CHECK (left_on IS NULL OR left_on >= joined)
        );
        CREATE INDEX membership_by_committee ON membership (committee_id, joined);

        """

    static let meetings = """
        CREATE TABLE meeting (
            id INTEGER PRIMARY KEY,
            committee_id INTEGER NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
            kind TEXT NOT NULL \(codes("kind", MeetingKind.self)),
            date TEXT NOT NULL \(iso("date")),
            place TEXT NOT NULL,
            chair TEXT NOT NULL
        );
        CREATE INDEX meeting_by_date ON meeting (date);
        CREATE TABLE meeting_attendee (
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            institution_id INTEGER NOT NULL REFERENCES institution(id),
            person TEXT NOT NULL,
            function TEXT,
            PRIMARY KEY (meeting_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE agenda_item (
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (meeting_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE decision (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            owner_institution_id INTEGER NOT NULL REFERENCES institution(id),
            due TEXT \(iso("due")),
            status TEXT NOT NULL \(codes("status", DecisionStatus.self)),
            closed_on TEXT \(iso("closed_on")),
            UNIQUE (meeting_id, position),
            CHECK (closed_on IS NULL OR status <> 'open')
        );
        CREATE INDEX decision_by_status ON decision (status, closed_on);

        """

    static let planning = """
        CREATE TABLE strategy (
            id INTEGER PRIMARY KEY,
            title_sq TEXT NOT NULL,
            title_en TEXT NOT NULL,
            first_year INTEGER NOT NULL,
            last_year INTEGER NOT NULL,
            CHECK (last_year >= first_year)
        );
        CREATE TABLE action_plan (
            id INTEGER PRIMARY KEY,
            county TEXT NOT NULL \(codes("county", County.self)),
            year INTEGER NOT NULL,
            strategy_id INTEGER REFERENCES strategy(id) ON DELETE SET NULL,
            approved_on TEXT \(iso("approved_on")),
            title TEXT NOT NULL,
            UNIQUE (county, year)
        );
        CREATE TABLE objective (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
            pillar TEXT NOT NULL \(codes("pillar", Pillar.self)),
            title TEXT NOT NULL
        );
        CREATE INDEX objective_by_plan ON objective (plan_id);
        CREATE TABLE objective_responsible (
            objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            institution_id INTEGER NOT NULL REFERENCES institution(id),
            PRIMARY KEY (objective_id, position),
            UNIQUE (objective_id, institution_id)
        ) WITHOUT ROWID;
        CREATE TABLE planned_activity (
            id INTEGER PRIMARY KEY,
            objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            responsible_institution_id INTEGER NOT NULL REFERENCES institution(id),
            deadline TEXT NOT NULL \(iso("deadline")),
            status TEXT NOT NULL \(codes("status", ActivityStatus.self)),
            completed_on TEXT \(iso("completed_on")),
            CHECK ((status = 'done') = (completed_on IS NOT NULL))
        );
        CREATE INDEX planned_activity_by_objective ON planned_activity (objective_id);
        CREATE TABLE indicator (
            id INTEGER PRIMARY KEY,
            objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            unit TEXT NOT NULL,
            baseline REAL NOT NULL,
            target REAL NOT NULL,
            target_date TEXT NOT NULL \(iso("target_date")),
            direction TEXT NOT NULL \(codes("direction", IndicatorDirection.self)),
            accumulation TEXT NOT NULL \(codes("accumulation", IndicatorAccumulation.self))
        );
        CREATE INDEX indicator_by_objective ON indicator (objective_id);
        CREATE TABLE indicator_measurement (
            id INTEGER PRIMARY KEY,
            indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
            period TEXT NOT NULL,
            period_start TEXT NOT NULL \(iso("period_start")),
            period_end TEXT NOT NULL \(iso("period_end")),
            value REAL NOT NULL,
            reported_by INTEGER REFERENCES institution(id),
            CHECK (period_end >= period_start)
        );
        CREATE INDEX measurement_by_indicator ON indicator_measurement (indicator_id, period_end);

        """

    static let awareness = """
        CREATE TABLE awareness_activity (
            id INTEGER PRIMARY KEY,
            county TEXT NOT NULL \(codes("county", County.self)),
            title TEXT NOT NULL,
            theme TEXT NOT NULL,
            date TEXT NOT NULL \(iso("date")),
            municipality TEXT REFERENCES municipality(code),
            place TEXT NOT NULL,
            organiser_id INTEGER NOT NULL REFERENCES institution(id),
            national_calendar INTEGER NOT NULL CHECK (national_calendar IN (0, 1)),
            cancelled INTEGER NOT NULL CHECK (cancelled IN (0, 1))
        );
        CREATE INDEX awareness_by_date ON awareness_activity (date);
        CREATE TABLE awareness_target_group (
            activity_id INTEGER NOT NULL REFERENCES awareness_activity(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            target_group TEXT NOT NULL \(codes("target_group", TargetGroup.self)),
            PRIMARY KEY (activity_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE activity_notice (
            activity_id INTEGER NOT NULL REFERENCES awareness_activity(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            sent_on TEXT NOT NULL \(iso("sent_on")),
            for_date TEXT NOT NULL \(iso("for_date")),
            PRIMARY KEY (activity_id, position),
            CHECK (sent_on <= for_date)
        ) WITHOUT ROWID;
        CREATE TABLE activity_report (
            activity_id INTEGER PRIMARY KEY REFERENCES awareness_activity(id) ON DELETE CASCADE,
            sent_on TEXT NOT NULL \(iso("sent_on")),
            purpose TEXT NOT NULL,
            theme TEXT NOT NULL
        );
        CREATE TABLE report_participants (
            activity_id INTEGER NOT NULL REFERENCES activity_report(activity_id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            target_group TEXT NOT NULL \(codes("target_group", TargetGroup.self)),
            count INTEGER NOT NULL CHECK (count >= 0),
            PRIMARY KEY (activity_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE report_photo (
            activity_id INTEGER NOT NULL REFERENCES activity_report(activity_id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            PRIMARY KEY (activity_id, position)
        ) WITHOUT ROWID;
        """
}
