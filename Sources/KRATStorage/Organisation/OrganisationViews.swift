/// What analysts find in the organisational tables when they read the file with SQL.
///
/// These tables describe the committee's work, not victims: institutions, committees and
/// memberships, meetings (attendees are officials acting for their institution),
/// decisions, strategies and plans, indicators, and the awareness calendar with its
/// notices and reports (participants are counted by group, never named). No table here
/// refers to a case, and no column holds a victim's name, personal ID, contact, address,
/// birth date or free-text notes: victims' data lives only in the case tables, encrypted.
/// Dates are ISO text (`YYYY-MM-DD`), codes are the domain's stable codes, so the tables
/// can be read directly, without views.
enum OrganisationViews {
    /// The organisational tables analysts may query, with a one-line description each.
    static let tables: [String: String] = [
        "institution": "institutions of the county, by kind; institution_service lists their services",
        "committee": "the KRAT and its Technical Table",
        "membership": "which institution sat on which committee, in which role, from joined until left_on",
        "meeting": "committee meetings; meeting_attendee (officials), agenda_item and decision hang off them",
        "strategy": "national strategies and the years they cover",
        "action_plan": "regional action plans per year; objective, objective_responsible, planned_activity below",
        "indicator": "monitoring indicators of objectives; indicator_measurement holds their values per period",
        "awareness_activity": "the awareness calendar; awareness_target_group, activity_notice, activity_report, "
            + "report_participants (counts by group) and report_photo (file names and SHA-256) hang off it",
    ]

    /// Every organisational table; none refers to a case or holds a victim's data.
    static let allTables = [
        "institution_kind", "institution", "institution_service", "committee", "membership", "meeting",
        "meeting_attendee", "agenda_item", "decision", "strategy", "action_plan", "objective",
        "objective_responsible", "planned_activity", "indicator", "indicator_measurement", "awareness_activity",
        "awareness_target_group", "activity_notice", "activity_report", "report_participants", "report_photo",
    ]
}
