import KRATCore

/// The columns of an analyst's case CSV: the facts of a ``RedactedCase``, no personal column at all.
public enum RedactedCaseColumns {
    /// The header, in order. `pseudonym` is added at the end only when asked for.
    public static let header = [
        "case_id", "county", "municipality", "status", "identified_month", "identified_by", "sex",
        "age_band", "child", "citizenship", "exploitation", "transnational", "street_situation",
        "days_to_referral", "days_to_first_service", "closed",
    ]

    /// A redacted case's values, in ``header`` order (plus the pseudonym when asked for).
    public static func fields(of item: RedactedCase, includePseudonym: Bool = false) -> [String] {
        var fields: [String] = [item.id, item.county.name, item.municipality?.name ?? "", item.status.code]
        fields += [item.identifiedMonth, item.identifiedBy.code, item.sex.code, item.ageBand?.code ?? ""]
        fields += [text(item.isChild), item.citizenship?.code ?? "", item.exploitation.map(\.code).joined(separator: ";")]
        fields += [text(item.transnational), text(item.streetSituation)]
        fields += [item.daysToReferral.map(String.init) ?? "", item.daysToFirstService.map(String.init) ?? ""]
        fields.append(String(item.isClosed))
        if includePseudonym { fields.append(item.pseudonym?.value ?? "") }
        return fields
    }

    static func text(_ value: Bool?) -> String { value.map(String.init) ?? "" }
}
