import Foundation
import KRATCore
import KRATStorage

/// Writes cases to CSV, streaming from the database: memory stays flat however many cases go out.
///
/// - ``exportRedacted(from:query:to:includePseudonyms:)`` writes what an analyst may see
///   (``RedactedCaseColumns``): no personal column exists in the output at all.
/// - ``exportFull(from:query:purpose:to:)`` writes a case worker's full cases in the import
///   format (``CaseCSVColumn``), personal data included; storage audits the export with its
///   purpose. Write such a file with ``fullExportPermissions`` (0600).
///
/// `progress` hears how many cases are written: every thousandth, and the total at the end.
public struct CaseCSVExporter: Sendable {
    /// The permissions of a file holding personal data: the owner only.
    public static let fullExportPermissions: mode_t = 0o600

    /// How the CSV is written (byte-order mark, line ends).
    public var options: CSVWriter.Options

    /// Creates an exporter.
    public init(options: CSVWriter.Options = CSVWriter.Options()) {
        self.options = options
    }

    /// Writes the redacted cases matching a query (its page is ignored) with a header; returns how many.
    @discardableResult
    public func exportRedacted(from database: KRATDatabase, query: CaseQuery = CaseQuery(), to writer: CSVWriter,
                               includePseudonyms: Bool = false, progress: ((Int) -> Void)? = nil) throws(ExportError) -> Int {
        var header = RedactedCaseColumns.header
        if includePseudonyms { header.append("pseudonym") }
        let marker = Self.sampleDataMarker(database)
        do throws(CSVError) { try writer.writeRow(header + marker.header) } catch { throw .output(error) }
        let count = try ExportStream.cases(from: database, query, progress: progress) { item throws(ExportError) in
            do throws(CSVError) {
                try writer.writeRow(RedactedCaseColumns.fields(of: item, includePseudonym: includePseudonyms)
                                    + marker.value.map(CSVField.text))
            } catch { throw .output(error) }
        }
        do { try writer.flush() } catch { throw .output(error) }
        return count
    }

    /// Writes the redacted cases to a new file (mode 0644); returns how many. A role that may
    /// not list the cases is refused before the file is created; a failed export leaves no file.
    @discardableResult
    public func exportRedacted(from database: KRATDatabase, query: CaseQuery = CaseQuery(), toPath path: String,
                               includePseudonyms: Bool = false, progress: ((Int) -> Void)? = nil) throws(ExportError) -> Int {
        try ExportStream.file(path, database: database, query: query) { () throws(ExportError) in
            let writer: CSVWriter
            do throws(CSVError) { writer = try CSVWriter.create(atPath: path, options: options) } catch { throw .output(error) }
            let count = try exportRedacted(from: database, query: query, to: writer, includePseudonyms: includePseudonyms,
                                           progress: progress)
            do throws(CSVError) { try writer.close() } catch { throw .output(error) }
            return count
        }
    }

    /// Writes full cases, personal data included, in the import format; the case-worker role only.
    /// Storage records the export in the audit log with its purpose and destination.
    @discardableResult
    public func exportFull(from database: KRATDatabase, query: CaseQuery = CaseQuery(), purpose: String,
                           to writer: CSVWriter, progress: ((Int) -> Void)? = nil) throws(ExportError) -> Int {
        let marker = Self.sampleDataMarker(database)
        do throws(CSVError) { try writer.writeRow(CaseCSVColumn.header + marker.header) } catch { throw .output(error) }
        let count = try ExportStream.caseRecords(from: database, query, purpose: purpose, destination: writer.name,
                                                 progress: progress) { record throws(ExportError) in
            do throws(CSVError) { try writer.writeRow(CaseCSVColumn.fields(of: record) + marker.value) } catch { throw .output(error) }
        }
        do { try writer.flush() } catch { throw .output(error) }
        return count
    }

    /// The last column of a sample database's export (`sample_data`, `generated` on every
    /// row); nothing for a county's real database.
    static func sampleDataMarker(_ database: KRATDatabase) -> (header: [String], value: [String]) {
        database.holdsSampleData ? ([CaseCSVHeader.sampleDataColumn], [CaseCSVHeader.sampleDataValue]) : ([], [])
    }

    /// Writes full cases to a new file readable by its owner only (mode 0600); returns how many.
    @discardableResult
    public func exportFull(from database: KRATDatabase, query: CaseQuery = CaseQuery(), purpose: String,
                           toPath path: String, progress: ((Int) -> Void)? = nil) throws(ExportError) -> Int {
        guard database.role.mayReadPersonalData else {
            throw .storage(.notPermitted(role: database.role, action: "exporting personal data"))
        }
        let writer: CSVWriter
        do {
            writer = try CSVWriter.create(atPath: path, permissions: Self.fullExportPermissions, options: options)
        } catch { throw .output(error) }
        let count = try exportFull(from: database, query: query, purpose: purpose, to: writer, progress: progress)
        do { try writer.close() } catch { throw .output(error) }
        return count
    }
}
