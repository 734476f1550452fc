import KRATCore

/// The columns of an analyst's case CSV: the facts of a ``RedactedCase``, no personal column at all.
public enum RedactedCaseColumns {
    /// The header, in order. `pseudonym` is added at the end only when asked for.
    public static let header = [
        "case_id", "county", "municipality", "status", "identified_month", "identified_by", "sex",
        "age_band", "child", "citizenship", "exploitation", "transnational", "street_situation",
        "days_to_referral", "days_to_first_service", "closed",
    ]

    /// A redacted case's values, in ``header`` order (plus the pseudonym when asked for): the
    /// day counts as numbers, everything else as text.
    public static func fields(of item: RedactedCase, includePseudonym: Bool = false) -> [CSVField] {
        var texts: [String] = [item.id, item.county.name, item.municipality?.name ?? "", item.status.code]
        texts += [item.identifiedMonth, item.identifiedBy.code, item.sex.code, item.ageBand?.code ?? ""]
        texts += [text(item.isChild), item.citizenship?.code ?? "", item.exploitation.map(\.code).joined(separator: ";")]
        texts += [text(item.transnational), text(item.streetSituation)]
        var fields = texts.map(CSVField.text)
        fields += [days(item.daysToReferral), days(item.daysToFirstService), .text(String(item.isClosed))]
        if includePseudonym { fields.append(.text(item.pseudonym?.value ?? "")) }
        return fields
    }

    static func text(_ value: Bool?) -> String { value.map(String.init) ?? "" }

    /// A number of days, or empty when unknown.
    static func days(_ value: Int?) -> CSVField { value.map(CSVField.integer) ?? .text("") }
}
