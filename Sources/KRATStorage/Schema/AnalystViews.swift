import GRDB

/// The views an analyst's SQL may read: cases without any personal field, with the
/// month instead of the day and the age band instead of the age.
enum AnalystViews {
    /// The views analysts may query, with a one-line description for `.tables` and `.schema`.
    static let caseViews: [String: String] = [
        "cases": "one row per case, redacted: no personal data, month of identification, age band",
        "case_steps": "SOP steps of each case, as days after identification",
        "monthly_counts": "the aggregate: cases per month and per combination of every dimension",
    ]

    /// Stores the views in the database file, for any SQLite tool.
    static func create(_ db: Database) throws {
        try db.execute(sql: definitions(temporary: false))
    }

    /// The statements that create the views. Analyst SQL creates them as `TEMP` views on its
    /// own connection, from this code rather than from the file: with `trusted_schema` off,
    /// SQLite refuses functions that are not innocuous (the JSON ones `case_steps` needs) in
    /// views read from a file, but not in a connection's own temporary views.
    static func definitions(temporary: Bool) -> String {
        let create = temporary ? "CREATE TEMP VIEW" : "CREATE VIEW"
        return """
            \(create) cases AS
            SELECT c.case_id AS case_id,
                   c.county AS county,
                   nullif(c.municipality, '') AS municipality,
                   c.status AS status,
                   c.initial_status AS initial_status,
                   c.status_changed_on - c.identified_on AS days_to_status_change,
                   printf('%04d-%02d', c.identified_month / 12, c.identified_month % 12 + 1) AS identified_month,
                   c.identified_by AS identified_by,
                   c.sex AS sex,
                   nullif(c.age_band, '') AS age_band,
                   (SELECT b.is_child FROM age_band b WHERE b.code = c.age_band) AS child,
                   nullif(c.citizenship, '') AS citizenship,
                   (SELECT group_concat(e.code, ';') FROM exploitation_type e WHERE e.bit & c.exploitation) AS exploitation,
                   nullif(c.transnational, -1) AS transnational,
                   nullif(c.street_situation, -1) AS street_situation,
                   c.referred_on - c.identified_on AS days_to_referral,
                   c.first_service_on - c.identified_on AS days_to_first_service,
                   c.closed_on IS NOT NULL AS closed,
                   c.pseudonym AS pseudonym
            FROM case_record c;

            \(create) case_steps AS
            SELECT c.case_id AS case_id, c.county AS county, s.key AS position,
                   json_extract(s.value, '$.kind') AS kind,
                   json_extract(s.value, '$.day') - c.identified_on AS days_after_identification,
                   json_extract(s.value, '$.provider') AS provider_id
            FROM case_record c, json_each(c.steps) s;

            \(create) monthly_counts AS
            SELECT strftime('%Y-%m', day * 86400, 'unixepoch') AS month,
                   county, nullif(municipality, '') AS municipality, status, sex,
                   nullif(age_band, '') AS age_band, identified_by, nullif(citizenship, '') AS citizenship,
                   nullif(street_situation, -1) AS street_situation, nullif(transnational, -1) AS transnational,
                   (SELECT group_concat(e.code, ';') FROM exploitation_type e WHERE e.bit & exploitation) AS exploitation,
                   sum(cases) AS cases
            FROM case_day_cube
            GROUP BY 1, county, municipality, status, sex, age_band, identified_by, citizenship,
                     street_situation, transnational, exploitation;
            """
    }
}
