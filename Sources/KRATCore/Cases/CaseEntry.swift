/// A case as typed field by field, `key=value`: the one reading of `case new` and `case edit`,
/// used alike by the guided prompts (one field at a time) and by the one-line form.
///
/// Every check names its field and what is expected, and never repeats the value typed: a
/// typed value may be personal, and these messages reach screens and logs.
public enum CaseEntry {
    /// The fields, in the order guided entry asks them.
    public static let keys = [
        "id", "identified_on", "identified_by", "sex", "status", "municipality", "citizenship", "exploitation",
        "transnational", "street_situation", "age", "birth_date", "first_name", "last_name", "personal_id",
        "phone", "address", "notes",
    ]
    /// The fields a new case must have (`id` may be proposed by the county's scheme).
    public static let requiredKeys: Set<String> = ["identified_on", "identified_by", "sex", "status"]
    /// The fields that are personal data: never echoed, never kept in a history line.
    public static let personalKeys: Set<String> = ["birth_date", "first_name", "last_name", "personal_id", "phone", "address", "notes"]
    /// The fields `case edit` may correct (the id, status and steps change by their own commands).
    public static let editableKeys = keys.filter { $0 != "id" && $0 != "status" }

    /// Sets one field of `record` from its typed text; returns what is wrong (nil when the value
    /// is good). `county` is the database's county: a municipality must be one of it.
    public static func apply(_ key: String, _ text: String, to record: inout CaseRecord, today: Day) -> String? {
        let value = text.trimmingCharacters(in: .whitespaces)
        func day() -> Day?? {
            guard let found = Day(iso: value) else { return .some(nil) }
            return found
        }
        func flag() -> Bool?? {
            switch value.lowercased() {
            case "": return .some(nil)
            case "true", "yes", "po": return true
            case "false", "no", "jo": return false
            default: return nil
            }
        }
        func optional(_ set: (inout PersonalData, String?) -> Void) -> String? {
            set(&record.personal, value.isEmpty ? nil : value)
            return nil
        }
        switch key {
        case "id":
            guard !value.isEmpty, value.count <= 64 else { return "must be 1 to 64 characters" }
            record.id = value
        case "identified_on":
            guard let found = Day(iso: value) else { return "is not a day; expected YYYY-MM-DD" }
            guard found <= today else { return "is after today (\(today)); expected the day the person was identified" }
            guard found.year >= 1990 else { return "is before 1990; expected the day the person was identified" }
            record.identifiedOn = found
            record.steps = record.steps.map { $0.kind == .identification ? SOPStep(.identification, on: found, providerID: $0.providerID) : $0 }
        case "identified_by":
            guard let kind = InstitutionKind(code: value) else { return "expected one of \(InstitutionKind.codes.joined(separator: ", "))" }
            record.identifiedBy = kind
        case "sex":
            guard let sex = Sex(code: value) else { return "expected F, M or U (unknown)" }
            record.sex = sex
        case "status":
            guard let status = CaseStatus(code: value), status != .notVictim else {
                return "expected VMT or VT (a finding of not_victim is recorded later with case status)"
            }
            record.status = status
        case "municipality":
            if value.isEmpty { record.municipality = nil; return nil }
            guard let found = Municipality.named(value, in: record.county) else {
                return "is not a municipality of \(record.county.name); expected one of "
                    + record.county.municipalities.map(\.name).joined(separator: ", ")
            }
            record.municipality = found
        case "citizenship":
            if value.isEmpty { record.citizenship = nil; return nil }
            guard let found = Citizenship(code: value) else { return "expected a two-letter country code such as AL or XK" }
            record.citizenship = found
        case "exploitation":
            var types: [ExploitationType] = []
            for piece in value.split(whereSeparator: { $0 == ";" || $0 == "," }) {
                guard let type = ExploitationType(code: String(piece)) else {
                    return "expected codes separated by ';' from \(ExploitationType.codes.joined(separator: ", "))"
                }
                types.append(type)
            }
            record.exploitation = types
        case "transnational", "street_situation":
            guard let found = flag() else { return "expected true or false (empty: unknown)" }
            if key == "transnational" { record.transnational = found } else { record.streetSituation = found }
        case "age":
            if value.isEmpty { record.ageAtIdentification = nil; return nil }
            guard let age = Int(value), (0...120).contains(age) else { return "expected the age at identification in whole years, 0 to 120" }
            guard record.personal.birthDate == nil else { return "the birth date is given; the age comes from it" }
            record.ageAtIdentification = age
        case "birth_date":
            guard let found = day() else { return "is not a day; expected YYYY-MM-DD" }
            guard found.map({ $0 <= today }) ?? true else { return "is after today; expected the person's birth date" }
            record.personal.birthDate = found
            if let found { record.ageAtIdentification = found.years(until: record.identifiedOn) }
        case "first_name": return optional { $0.firstName = $1 }
        case "last_name": return optional { $0.lastName = $1 }
        case "address": return optional { $0.address = $1 }
        case "notes": return optional { $0.notes = $1 }
        case "personal_id":
            guard value.isEmpty || PersonalData.isValidPersonalID(value) else {
                return "is not an Albanian personal ID number; expected a letter, eight digits and a letter (like J12345678A)"
            }
            return optional { $0.personalID = $1 }
        case "phone":
            var probe = PersonalData.none
            probe.phone = value
            if !value.isEmpty, let issue = probe.validate().first { return issue.message }
            return optional { $0.phone = $1 }
        default:
            return "is not a field of a case; expected one of \(keys.joined(separator: ", "))"
        }
        return nil
    }

    /// The problem of one typed field on its own (for guided entry, as it is typed), or nil.
    public static func check(_ key: String, _ text: String, county: County, today: Day) -> String? {
        var scratch = blank(county: county, today: today)
        return apply(key, text, to: &scratch, today: today)
    }

    /// A new case from its typed fields, identified (its identification step added) on the
    /// given day, or every problem, each naming its field.
    public static func newCase(_ fields: [(key: String, value: String)], county: County, today: Day) throws(ValidationError) -> CaseRecord {
        var record = blank(county: county, today: today)
        var check = IssueCollector()
        let given = Set(fields.map(\.key))
        for key in requiredKeys.sorted() where !given.contains(key) {
            check.add(key, "is required; give \(key)=…")
        }
        if !given.contains("id") { check.add("id", "is required; give id=… (or let the county's scheme propose one)") }
        // Identification first, so that a birth date gives the age at identification.
        let ordered = fields.sorted { ($0.key == "identified_on" ? 0 : 1) < ($1.key == "identified_on" ? 0 : 1) }
        for (key, value) in ordered {
            if let problem = apply(key, value, to: &record, today: today) { check.add(key, problem) }
        }
        record.steps = [SOPStep(.identification, on: record.identifiedOn)]
        try finish(record, check: check, today: today)
        return record
    }

    /// `record` with corrected fields, or every problem, each naming its field.
    public static func corrected(_ record: CaseRecord, with fields: [(key: String, value: String)], today: Day) throws(ValidationError) -> CaseRecord {
        var next = record
        var check = IssueCollector()
        for (key, value) in fields {
            guard editableKeys.contains(key) else {
                check.add(key, key == "status" ? "changes with case status ID VT|not_victim on=DATE"
                          : key == "id" ? "a case keeps its id" : "is not a field of a case; expected one of \(editableKeys.joined(separator: ", "))")
                continue
            }
            if let problem = apply(key, value, to: &next, today: today) { check.add(key, problem) }
        }
        if let birth = next.personal.birthDate { next.ageAtIdentification = birth.years(until: next.identifiedOn) }
        try finish(next, check: check, today: today)
        return next
    }

    /// Adds the whole case's problems (dates in order) in words that repeat none of its values.
    private static func finish(_ record: CaseRecord, check: IssueCollector, today: Day) throws(ValidationError) {
        var check = check
        let reported = Set(check.issues.map(\.field))
        for issue in record.validate(asOf: today) where !reported.contains(issue.field) {
            switch issue.field {
            case "age":
                check.add("birth_date", "gives an age at identification outside 0 to 120; expected the person's real birth date")
            case "birth_date": check.add("birth_date", "is after the identification day; expected an earlier birth date")
            case "identified_on":
                check.add("identified_on", "is not between 1990 and today; expected the day the person was identified")
            case let field where field.hasPrefix("steps"):
                check.add("identified_on", "comes after a recorded step; identification is the first step of a case")
            case let field where field.hasPrefix("personal."):
                if !reported.contains(String(field.dropFirst(9))) { check.add(String(field.dropFirst(9)), issue.message) }
            default: check.add(issue.field, issue.message)
            }
        }
        if !check.issues.isEmpty { throw ValidationError(issues: check.issues) }
    }

    /// A case of `county` with nothing typed yet.
    static func blank(county: County, today: Day) -> CaseRecord {
        CaseRecord(id: "", county: county, municipality: nil, status: .potentialVictim, identifiedOn: today,
                   identifiedBy: .other, sex: .unknown, citizenship: nil, exploitation: [],
                   steps: [SOPStep(.identification, on: today)])
    }
}
