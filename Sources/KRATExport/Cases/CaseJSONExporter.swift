import Foundation
import KRATCore
import KRATStorage

/// Writes cases as one JSON array, element by element, streaming from the database.
///
/// Redacted cases are ``RedactedCase`` objects; a case worker's full cases are ``CaseRecord``
/// objects with their personal data (audited by storage; the file is written with mode 0600).
/// `progress` hears how many cases are written: every thousandth, and the total at the end.
/// A database of generated sample data marks every object with `"sample_data": "generated"`.
public enum CaseJSONExporter {
    /// Writes the redacted cases matching a query to a new file; returns how many. A role that
    /// may not list the cases is refused before the file is created; a failed export leaves no file.
    @discardableResult
    public static func exportRedacted(from database: KRATDatabase, query: CaseQuery = CaseQuery(), toPath path: String,
                                      progress: ((Int) -> Void)? = nil) throws(ExportError) -> Int {
        try ExportStream.file(path, database: database, query: query) { () throws(ExportError) in
            let writer: JSONArrayWriter
            do throws(CSVError) { writer = try JSONArrayWriter.create(atPath: path) } catch { throw .output(error) }
            let sample = database.holdsSampleData
            try ExportStream.cases(from: database, query, progress: progress) { item throws(ExportError) in
                if sample { try writer.append(SampleMarked(value: item)) } else { try writer.append(item) }
            }
            try writer.finish()
            return writer.elementCount
        }
    }

    /// Writes full cases with personal data to a new file readable by its owner only; returns how many.
    @discardableResult
    public static func exportFull(from database: KRATDatabase, query: CaseQuery = CaseQuery(), purpose: String,
                                  toPath path: String, progress: ((Int) -> Void)? = nil) throws(ExportError) -> Int {
        guard database.role.mayReadPersonalData else {
            throw .storage(.notPermitted(role: database.role, action: "exporting personal data"))
        }
        let writer: JSONArrayWriter
        do {
            writer = try JSONArrayWriter.create(atPath: path, permissions: CaseCSVExporter.fullExportPermissions)
        } catch { throw .output(error) }
        let sample = database.holdsSampleData
        try ExportStream.caseRecords(from: database, query, purpose: purpose, destination: path,
                                     progress: progress) { record throws(ExportError) in
            if sample { try writer.append(SampleMarked(value: record)) } else { try writer.append(record) }
        }
        try writer.finish()
        return writer.elementCount
    }
}
