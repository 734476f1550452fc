import KRATCore
import KRATStorage

/// Why an organisational transfer file could not be written or imported. Whenever an
/// import throws, nothing was written to the database.
public enum OrganisationTransferError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file cannot be read or written, is not JSON of the expected shape, or holds invalid records.
    case file(OrganisationJSONError)
    /// The file is not a transfer file this build reads (format name, version or kind).
    case unsupported(file: String, reason: String)
    /// Transfer files are written from and imported into a county's database only.
    case notACountyDatabase(scope: String)
    /// There is nothing to export (no plan for the year, say).
    case nothingToExport(what: String)
    /// References that cannot be resolved and other problems; every one as
    /// `FILE: [index]: field: message`. Nothing was written.
    case problems([String])
    /// The database refused the import (a role that may not write, a failed write that was
    /// rolled back); nothing was written.
    case storage(file: String, StorageError)
    /// The database could not be read for an export; no file was written.
    case cannotExport(StorageError)

    /// What is wrong and what to do.
    public var description: String {
        switch self {
        case let .file(error): error.description
        case let .unsupported(file, reason): "\(file): \(reason)."
        case let .notACountyDatabase(scope):
            "organisational records move between counties' databases; this database is \(scope). Open a county's database."
        case let .nothingToExport(what): "there is no \(what) to export; nothing was written."
        case let .problems(lines): lines.joined(separator: "\n") + "\nNothing was imported."
        case let .storage(file, error): "\(file): \(error.description) Nothing was imported."
        case let .cannotExport(error): "\(error.description) No file was written."
        }
    }
}

/// What an import of a transfer file did.
public struct OrganisationImportReport: Sendable, Hashable {
    /// What the file held.
    public var kind: TransferKind
    /// The records in the file.
    public var recordsRead: Int
    /// Records stored as new rows.
    public var inserted: Int
    /// Records that replaced one already present (with `update`).
    public var replaced: Int
    /// Records already present and left as they were, one line each:
    /// `FILE: [index]: already present (…); left as it was`.
    public var alreadyPresent: [String]
    /// The institutions created (with `create-missing`), by name.
    public var createdInstitutions: [String]
    /// The committees created (with `create-missing`), by name.
    public var createdCommittees: [String]
    /// The strategies created (with `create-missing`), by English title.
    public var createdStrategies: [String]

    /// Creates a report.
    public init(kind: TransferKind, recordsRead: Int, inserted: Int = 0, replaced: Int = 0, alreadyPresent: [String] = [],
                createdInstitutions: [String] = [], createdCommittees: [String] = [], createdStrategies: [String] = []) {
        self.kind = kind
        self.recordsRead = recordsRead
        self.inserted = inserted
        self.replaced = replaced
        self.alreadyPresent = alreadyPresent
        self.createdInstitutions = createdInstitutions
        self.createdCommittees = createdCommittees
        self.createdStrategies = createdStrategies
    }

    /// One line: how many records were read, added, replaced and left as they were.
    public var summary: String {
        var text = "Read \(recordsRead) records: \(inserted) added, \(replaced) replaced, "
            + "\(alreadyPresent.count) already present and left as they were."
        let created = createdInstitutions.count + createdCommittees.count + createdStrategies.count
        if created > 0 {
            text += " Created \(createdInstitutions.count) institutions, \(createdCommittees.count) committees "
                + "and \(createdStrategies.count) strategies that were missing."
        }
        return text
    }
}
