import Foundation
import GRDB
import KRATCore

/// How a case maps to the columns of `case_record`, and back.
enum CaseColumns {
    /// The columns written on insert, in statement order.
    static let insertColumns = [
        "case_id", "county", "municipality", "status", "initial_status", "status_changed_on", "identified_on", "identified_month", "identified_by",
        "sex", "age", "age_band", "citizenship", "exploitation", "transnational", "street_situation",
        "referred_on", "first_service_on", "closed_on", "pseudonym", "steps",
    ]

    static let insertSQL = "INSERT INTO case_record (\(insertColumns.joined(separator: ", "))) VALUES (\(insertColumns.map { _ in "?" }.joined(separator: ", ")))"

    static let updateSQL = "UPDATE case_record SET " + insertColumns.dropFirst(2).map { "\($0) = ?" }.joined(separator: ", ")
        + " WHERE county = ? AND case_id = ?"

    static func tri(_ value: Bool?) -> Int { value.map { $0 ? 1 : 0 } ?? -1 }
    static func tri(_ value: Int) -> Bool? { value < 0 ? nil : value == 1 }

    /// A stored case with the personal data the caller opened (`.none` for everyone but the case worker).
    static func record(from row: Row, personal: PersonalData) throws(StorageError) -> CaseRecord {
        let id: String = row["case_id"]
        guard let steps = StepsColumn.decode(row["steps"]),
              let county = County(code: row["county"]),
              let status = CaseStatus(code: row["status"]),
              let kind = InstitutionKind(code: row["identified_by"]),
              let sex = Sex(code: row["sex"]) else { throw .corrupt(what: "case \(id)") }
        let municipalityCode: String = row["municipality"]
        let initial = CaseStatus(code: row["initial_status"]) ?? status
        let changedOn: Int? = row["status_changed_on"]
        let change = initial != status ? changedOn.map { StatusChange(from: initial, to: status, on: Day(ordinal: Int32($0))) } : nil
        let citizenshipCode: String = row["citizenship"]
        return CaseRecord(
            id: id, county: county, municipality: Municipality.withCode(municipalityCode),
            status: status, identifiedOn: Day(ordinal: Int32(row["identified_on"] as Int)),
            identifiedBy: kind, sex: sex, citizenship: Citizenship(code: citizenshipCode),
            exploitation: ExploitationCodes.types(in: row["exploitation"]),
            transnational: tri(row["transnational"] as Int), streetSituation: tri(row["street_situation"] as Int),
            ageAtIdentification: row["age"], steps: steps, statusChange: change, personal: personal)
    }

    /// A redacted case from a stored row.
    static func redacted(from row: Row, bands: AgeBands) throws(StorageError) -> RedactedCase {
        let record = try record(from: row, personal: .none)
        let identified = record.identifiedOn
        let referred: Int? = row["referred_on"]
        let firstService: Int? = row["first_service_on"]
        let closed: Int? = row["closed_on"]
        let pseudonymText: String? = row["pseudonym"]
        // A national database keeps the age band without the age.
        let ageBand = record.ageAtIdentification.map { bands.band(forAge: $0) } ?? bands.band(code: row["age_band"])
        return RedactedCase(
            id: record.id, county: record.county, municipality: record.municipality, status: record.status,
            identifiedMonth: String(identified.description.prefix(7)), identifiedBy: record.identifiedBy,
            sex: record.sex, ageBand: ageBand, isChild: record.isChild ?? ageBand.map(\.isChildren), citizenship: record.citizenship, exploitation: record.exploitation,
            transnational: record.transnational, streetSituation: record.streetSituation,
            daysToReferral: referred.map { $0 - Int(identified.ordinal) },
            daysToFirstService: firstService.map { $0 - Int(identified.ordinal) },
            stepKinds: record.steps.map(\.kind), isClosed: closed != nil, pseudonym: pseudonymText.flatMap(Pseudonym.init))
    }
}
