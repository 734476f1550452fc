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

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIEW cases AS
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

            CREATE VIEW case_steps AS
            SELECT c.case_id AS case_id, c.county AS county, s.position AS position, s.kind AS kind,
                   s.date - c.identified_on AS days_after_identification, s.provider_id AS provider_id
            FROM case_step s JOIN case_record c ON c.id = s.case_ref;

            CREATE VIEW monthly_counts AS
            SELECT strftime('%Y-%m', day * 86400, 'unixepoch') AS month,
                   county, nullif(municipality, '') AS municipality, status, sex,
                   nullif(age_band, '') AS age_band, identified_by, nullif(citizenship, '') AS citizenship,
                   nullif(street_situation, -1) AS street_situation, nullif(transnational, -1) AS transnational,
                   (SELECT group_concat(e.code, ';') FROM exploitation_type e WHERE e.bit & exploitation) AS exploitation,
                   sum(cases) AS cases
            FROM case_day_cube
            GROUP BY 1, county, municipality, status, sex, age_band, identified_by, citizenship,
                     street_situation, transnational, exploitation;
            """)
    }
}
