import Foundation
import KRATCore

/// Turns one record of a case CSV file into a ``CaseRecord``, or into every problem it has.
struct CaseCSVRowParser {
    let header: CaseCSVHeader
    let file: String
    let counties: [County]
    let asOf: Day

    /// The case, or the problems (at least one).
    func parse(_ record: CSVRecord) -> Result<CaseRecord, ParseFailure> {
        var problems: [CaseImportProblem] = []
        func add(_ field: String, _ message: String) {
            problems.append(CaseImportProblem(file: file, line: record.line, field: field, message: message))
        }
        if let problem = record.problem {
            let field = if case .fieldCount = problem.kind { "record" } else { header.name(at: problem.fieldIndex) }
            add(field, problem.message)
            return .failure(ParseFailure(problems: problems))
        }
        // Trimmed, then the quote the exporter puts before a formula character taken off.
        func text(_ column: CaseCSVColumn) -> String {
            guard let index = header.positions[column], index < record.fields.count else { return "" }
            return CSVFormulaGuard.unguarded(record.fields[index].trimmingCharacters(in: .whitespaces))
        }
        // The value is never quoted, in any column: a row whose fields slipped by one puts a
        // name, an ID or a phone number where a code was expected.
        func bad(_ column: CaseCSVColumn, _ what: String) {
            add(column.name, "the value \(what); expected \(column.expected)")
        }
        func required(_ column: CaseCSVColumn) -> String? {
            let value = text(column)
            if value.isEmpty { add(column.name, "is empty; expected \(column.expected)") }
            return value.isEmpty ? nil : value
        }
        func coded<T: Coded>(_ column: CaseCSVColumn, _ type: T.Type, what: String) -> T? {
            guard let value = required(column) else { return nil }
            guard let found = T(code: value) else { bad(column, "is not \(what)"); return nil }
            return found
        }
        func day(_ column: CaseCSVColumn) -> Day? {
            let value = text(column)
            guard !value.isEmpty else { return nil }
            guard let found = Day(iso: value) else {
                let looksRight = value.count == 10 && value.utf8.enumerated().allSatisfy { index, byte in
                    index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (48...57).contains(byte)
                }
                bad(column, looksRight ? "is not a day of the calendar" : "is not a date")
                return nil
            }
            return found
        }
        func flag(_ column: CaseCSVColumn) -> Bool? {
            switch text(column).lowercased() {
            case "": return nil
            case "true": return true
            case "false": return false
            default: bad(column, "is not true or false"); return nil
            }
        }
        func optional(_ column: CaseCSVColumn) -> String? {
            let value = text(column)
            return value.isEmpty ? nil : value
        }

        let id = required(.caseID)
        var county: County?
        if let name = required(.county) {
            county = County.named(name)
            if county == nil { bad(.county, "is not a county of Albania") }
        }
        if let found = county, !counties.contains(found) {
            add("county", "\(found.name) is not this database's county; expected "
                + counties.map(\.name).joined(separator: " or "))
        }
        var municipality: Municipality?
        if let name = optional(.municipality), let county {
            municipality = Municipality.named(name, in: county)
            if municipality == nil {
                let elsewhere = Municipality.named(name).map { " (it is in \($0.county.name))" } ?? ""
                add("municipality", "the value is not a municipality of \(county.name)\(elsewhere); expected one of "
                    + county.municipalities.map(\.name).joined(separator: ", "))
            }
        }
        let status = coded(.status, CaseStatus.self, what: "a case status")
        let identifiedText = required(.identifiedOn)
        let identifiedOn = identifiedText == nil ? nil : day(.identifiedOn)
        let identifiedBy = coded(.identifiedBy, InstitutionKind.self, what: "a kind of institution")
        var sex = Sex.unknown
        if let value = optional(.sex) {
            if let found = Sex(code: value) { sex = found } else { bad(.sex, "is not a sex code") }
        }
        let birth = day(.birthDate)
        var citizenship: Citizenship?
        if let value = optional(.citizenship) {
            citizenship = Citizenship(code: value)
            if citizenship == nil { bad(.citizenship, "is not a country code") }
        }
        var exploitation: [ExploitationType] = []
        for piece in text(.exploitation).split(separator: ";") {
            let code = piece.trimmingCharacters(in: .whitespaces)
            guard !code.isEmpty else { continue }
            if let type = ExploitationType(code: code) { exploitation.append(type) } else {
                add("exploitation", "one of the values is not a form of exploitation; expected \(CaseCSVColumn.exploitation.expected)")
            }
        }
        let transnational = flag(.transnational)
        let street = flag(.streetSituation)
        let referred = day(.referredOn)
        let closed = day(.closedOn)
        let personal = PersonalData(firstName: optional(.firstName), lastName: optional(.lastName),
                                    personalID: optional(.personalID), phone: optional(.phone),
                                    address: optional(.address), birthDate: birth)

        for issue in personal.validate() { add(issue.field, issue.message) }
        guard let id, let county, let status, let identifiedOn, let identifiedBy else {
            return .failure(ParseFailure(problems: problems))
        }
        var steps = [SOPStep(.identification, on: identifiedOn)]
        if let referred { steps.append(SOPStep(.referral, on: referred)) }
        if let closed { steps.append(SOPStep(.closure, on: closed)) }
        let result = CaseRecord(id: id, county: county, municipality: municipality, status: status,
                                identifiedOn: identifiedOn, identifiedBy: identifiedBy, sex: sex,
                                citizenship: citizenship, exploitation: exploitation, transnational: transnational,
                                streetSituation: street, steps: steps, personal: personal)
        // Fields already reported (or personal ones, checked above) are not reported twice.
        let reported = Set(problems.map(\.field))
        for issue in result.validate(asOf: asOf) where !issue.field.hasPrefix("personal.") {
            let (field, message) = Self.csvField(of: issue, in: result)
            if !reported.contains(field) { add(field, message) }
        }
        return problems.isEmpty ? .success(result) : .failure(ParseFailure(problems: problems))
    }

    /// The CSV column of a validation issue, and a message that echoes no personal value.
    static func csvField(of issue: ValidationIssue, in record: CaseRecord) -> (String, String) {
        let field = issue.field
        if field == "age" {
            return ("birth_date", "gives an age at identification outside 0 to 120; expected the person's real birth date")
        }
        if field.hasPrefix("personal.") { return (String(field.dropFirst("personal.".count)), issue.message) }
        if field.hasPrefix("steps["), let close = field.firstIndex(of: "]"),
           let index = Int(field[field.index(field.startIndex, offsetBy: 6)..<close]), index < record.steps.count {
            let column: CaseCSVColumn = switch record.steps[index].kind {
            case .referral: .referredOn
            case .closure: .closedOn
            default: .identifiedOn
            }
            return (column.name, issue.message)
        }
        return (field, issue.message)
    }
}

/// The problems of a record that could not be read as a case.
struct ParseFailure: Error {
    let problems: [CaseImportProblem]
}
