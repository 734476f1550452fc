import Foundation
import KRATCore
import KRATStorage

/// Streams cases from storage into a writer: counts them, tells a progress callback how many
/// are written, and carries the writer's own error out of the storage call untouched.
///
/// The callback hears every thousandth case and, at the end, the total, so that a bar ends full.
enum ExportStream {
    /// How many cases pass between two calls of the progress callback.
    static let progressInterval = 1000

    /// Writes each redacted case matching `query` (its page ignored) with `write`; returns how many.
    @discardableResult
    static func cases(from database: KRATDatabase, _ query: CaseQuery, progress: ((Int) -> Void)?,
                      write: (RedactedCase) throws(ExportError) -> Void) throws(ExportError) -> Int {
        try stream(progress: progress, write: write) { body throws(StorageError) in
            try database.forEachCase(query, body)
        }
    }

    /// Writes each full case matching `query` with `write`; storage audits the export; returns how many.
    @discardableResult
    static func caseRecords(from database: KRATDatabase, _ query: CaseQuery, purpose: String, destination: String,
                            progress: ((Int) -> Void)?,
                            write: (CaseRecord) throws(ExportError) -> Void) throws(ExportError) -> Int {
        try stream(progress: progress, write: write) { body throws(StorageError) in
            try database.forEachCaseRecord(query, purpose: purpose, destination: destination, body)
        }
    }

    private static func stream<Item>(progress: ((Int) -> Void)?, write: (Item) throws(ExportError) -> Void,
                                     source: @escaping ((Item) throws -> Void) throws(StorageError) -> Void)
        throws(ExportError) -> Int {
        var count = 0
        var failure: ExportError?
        try ExportError.run({ () throws(StorageError) in
            try source { item in
                do throws(ExportError) { try write(item) } catch { failure = error; throw StreamFailure() }
                count += 1
                if count % progressInterval == 0 { progress?(count) }
            }
        }, failure: { failure })
        if count % progressInterval != 0 { progress?(count) }
        return count
    }
}

extension ExportStream {
    // MARK: - Files

    /// Checks that the role may list the query's cases, then runs `write` on a new file at
    /// `path`; when `write` fails the file is removed, so a refused or broken export leaves
    /// nothing behind (not even a header).
    static func file<Result>(_ path: String, database: KRATDatabase, query: CaseQuery,
                             _ write: () throws(ExportError) -> Result) throws(ExportError) -> Result {
        do { try database.checkCaseListing(query) } catch { throw .storage(error) }
        let existed = FileManager.default.fileExists(atPath: path)
        do {
            return try write()
        } catch {
            // Only a file this export created is removed, never one that was there before.
            if !existed { try? FileManager.default.removeItem(atPath: path) }
            throw error
        }
    }
}
