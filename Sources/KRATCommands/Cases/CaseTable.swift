import KRATCore
import KRATShell

/// Redacted cases as a result table: what an analyst may see of each case.
enum CaseTable {
    static func make(_ cases: [RedactedCase], title: Label) -> ResultTable {
        func column(_ key: String, _ sq: String, _ en: String, _ role: ResultTable.Column.Role = .dimension) -> ResultTable.Column {
            ResultTable.Column(key: key, label: Label(sq: sq, en: en), role: role)
        }
        let columns = [
            column("case_id", "Rasti", "Case"), column("county", "Qarku", "County"),
            column("municipality", "Bashkia", "Municipality"), column("status", "Statusi", "Status"),
            column("identified_month", "Muaji i identifikimit", "Identified"),
            column("identified_by", "Identifikuar nga", "Identified by"), column("sex", "Gjinia", "Sex"),
            column("age_band", "Grupmosha", "Age band"), column("citizenship", "Shtetësia", "Citizenship"),
            column("exploitation", "Shfrytëzimi", "Exploitation"),
            column("days_to_referral", "Ditë deri në referim", "Days to referral", .measure),
            column("closed", "Mbyllur", "Closed"),
        ]
        let rows: [[ResultTable.Cell]] = cases.map { item in
            [
                .text(item.id), .coded(code: item.county.code, label: Label(item.county.name)),
                item.municipality.map { .coded(code: $0.code, label: Label($0.name)) } ?? .none,
                .coded(item.status), .text(item.identifiedMonth), .coded(item.identifiedBy), .coded(item.sex),
                item.ageBand.map { .coded(code: $0.code, label: $0.label) } ?? .none,
                item.citizenship.map { .coded(code: $0.code, label: $0.label) } ?? .none,
                item.exploitation.isEmpty ? .none : .text(item.exploitation.map(\.code).joined(separator: ";")),
                item.daysToReferral.map { .integer($0) } ?? .none,
                .coded(code: item.isClosed ? "true" : "false",
                       label: item.isClosed ? Label(sq: "po", en: "yes") : Label(sq: "jo", en: "no")),
            ]
        }
        return ResultTable(title: title, columns: columns, rows: rows)
    }
}
