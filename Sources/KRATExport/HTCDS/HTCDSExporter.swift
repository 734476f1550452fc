import Foundation
import KRATCore
import KRATStorage

/// Writes redacted cases as CSV with the field names and codes of the Human Trafficking Case
/// Data Standard (HTCDS, IOM with CTDC partners) where a field maps, so a county's data can be
/// shared with international data collaboratives. See <doc:HTCDS> for the mapping and what does not map.
///
/// Takes only ``RedactedCase`` values: no personal field can reach the file. Apply the
/// collaborative's own anonymisation (CTDC publishes with k = 11) before publishing.
public enum HTCDSExporter {
    /// The header: HTCDS names (`prs_`, `vic_`, `hte_`), CTDC names where HTCDS has none,
    /// and KRAT extensions prefixed `x_krat_`.
    public static let header = [
        "prs_Gender", "prs_Nationality", "vic_TraffickingStatus", "vic_TypeOfExploitation",
        "vic_TypeOfLabourExploitation", "majorityStatus", "x_krat_AgeBand", "yearOfRegistration",
        "x_krat_Referred", "hte_Type", "hte_Country", "x_krat_Region", "x_krat_Exploitation",
    ]

    /// One case's values, in ``header`` order.
    public static func fields(of item: RedactedCase) -> [String] {
        let exploitation = Set(item.exploitation)
        let sexual = exploitation.contains(.sexual)
        let labour = !exploitation.isDisjoint(with: [.labour, .begging, .forcedCriminality])
        let type: String = switch (sexual, labour) {
        case (true, true): "Both"
        case (true, false): "SexualExploitation"
        case (false, true): "ForcedLabour"
        case (false, false): exploitation.isEmpty ? "" : "Other"
        }
        var labourTypes: [String] = []
        if exploitation.contains(.begging) { labourTypes.append("Begging") }
        if exploitation.contains(.forcedCriminality) { labourTypes.append("IllicitActivities") }
        let country = item.transnational == false ? "AL" : ""
        return [
            gender(item.sex), item.citizenship?.code ?? "", status(item.status), type,
            labourTypes.joined(separator: ";"),
            item.isChild.map { $0 ? "Minor" : "Adult" } ?? "Unknown", item.ageBand?.code ?? "",
            String(item.identifiedMonth.prefix(4)),
            String(item.stepKinds.contains(.referral) || item.daysToReferral != nil),
            country.isEmpty ? "" : "Exploitation", country, region(item.county),
            item.exploitation.map(\.code).joined(separator: ";"),
        ]
    }

    /// HTCDS `prs_Gender`: Male, Female or Unknown.
    static func gender(_ sex: Sex) -> String {
        switch sex {
        case .female: "Female"
        case .male: "Male"
        case .unknown: "Unknown"
        }
    }

    /// HTCDS trafficking status of a KRAT status.
    static func status(_ status: CaseStatus) -> String {
        switch status {
        case .potentialVictim: "PossibleVictimOfTrafficking"
        case .victim: "ActualVictimOfTrafficking"
        case .notVictim: "NotAVictimOfTrafficking"
        }
    }

    /// The county's ISO 3166-2 code (AL-01 … AL-12).
    static func region(_ county: County) -> String {
        let codes: [County: String] = [.berat: "01", .durres: "02", .elbasan: "03", .fier: "04", .gjirokaster: "05",
                                       .korce: "06", .kukes: "07", .lezhe: "08", .diber: "09", .shkoder: "10",
                                       .tirane: "11", .vlore: "12"]
        return codes[county].map { "AL-\($0)" } ?? ""
    }

    /// Writes the redacted cases matching a query to a new file; returns how many.
    /// `progress` hears how many cases are written: every thousandth, and the total at the end.
    /// A role that may not list the cases is refused before the file is created; a failed
    /// export leaves no file.
    @discardableResult
    public static func export(from database: KRATDatabase, query: CaseQuery = CaseQuery(), toPath path: String,
                              options: CSVWriter.Options = CSVWriter.Options(),
                              progress: ((Int) -> Void)? = nil) throws(ExportError) -> Int {
        try ExportStream.file(path, database: database, query: query) { () throws(ExportError) in
            let writer: CSVWriter
            do throws(CSVError) {
                writer = try CSVWriter.create(atPath: path, options: options)
                try writer.writeRow(header + (database.holdsSampleData ? ["x_krat_SampleData"] : []))
            } catch { throw .output(error) }
            let marker = database.holdsSampleData ? ["generated"] : []
            let count = try ExportStream.cases(from: database, query, progress: progress) { item throws(ExportError) in
                do throws(CSVError) { try writer.writeRow(fields(of: item) + marker) } catch { throw .output(error) }
            }
            do throws(CSVError) { try writer.close() } catch { throw .output(error) }
            return count
        }
    }
}
