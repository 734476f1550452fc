import Foundation
import KRATCore
import KRATStorage

/// Imports a transfer file (see <doc:OrganisationTransfer>) into a county's database, all
/// or nothing.
///
/// First, without writing anything, it checks every record, resolves every institution by
/// (county, name), every committee by kind and every strategy by years and title in the
/// target database, checks municipality codes against the target county and finds the
/// records already present. Any problem stops the import with every problem listed as
/// `FILE: [index]: field: message`. Then it writes everything in one transaction
/// (``KRATDatabase/transaction(_:_:)``): records get fresh ids, and the target database's
/// county is written into them.
public struct OrganisationTransferImporter: Sendable {
    /// How to import.
    public struct Options: Sendable, Hashable {
        /// Create the institutions, committees and strategies the target database lacks,
        /// instead of reporting them.
        public var createMissing: Bool
        /// Replace records already present (same identity) instead of leaving them as they were.
        public var update: Bool

        /// Creates options; by default nothing is created and nothing replaced.
        public init(createMissing: Bool = false, update: Bool = false) {
            self.createMissing = createMissing
            self.update = update
        }
    }

    /// The target database (a county's, opened as a case worker to write).
    public let database: KRATDatabase
    /// The options.
    public var options: Options

    /// Creates an importer.
    public init(database: KRATDatabase, options: Options = Options()) {
        self.database = database
        self.options = options
    }

    // MARK: - Importing

    /// Imports a transfer file of any kind; with `expecting`, only a file of that kind.
    @discardableResult
    public func importFile(atPath path: String, expecting: TransferKind? = nil) throws(OrganisationTransferError)
        -> OrganisationImportReport {
        guard database.role.mayWriteOrganisationRecords else {
            throw .storage(file: path, .notPermitted(role: database.role, action: "importing organisational records",
                                                     requires: .secretary))
        }
        let kind = try Self.kind(ofFileAt: path)
        if let expecting, expecting != kind {
            throw .unsupported(file: path, reason: "holds \(kind.label.en.lowercased()) (kind \"\(kind.code)\"), "
                + "not \(expecting.label.en.lowercased()); import it with import \(kind.code)")
        }
        switch kind {
        case .calendar: return try run(try decode(CalendarTransferFile.self, path), path: path)
        case .plan: return try run(try decode(PlanTransferFile.self, path), path: path)
        case .meetings: return try run(try decode(MeetingsTransferFile.self, path), path: path)
        }
    }

    /// Imports content already read (a file's path is still needed for the messages).
    func run<Record: TransferRecord>(_ file: OrganisationTransferFile<Record>,
                                     path: String) throws(OrganisationTransferError) -> OrganisationImportReport {
        guard case .county(let county) = database.scope else {
            throw .notACountyDatabase(scope: database.scope.description)
        }
        if file.sampleData == true, !database.holdsSampleData {
            throw .unsupported(file: path, reason: "holds generated sample records (it was exported from a sample database), "
                + "and this database holds a county's real records; import it into a database created for sample data")
        }
        var problems: [String] = []
        for (index, record) in file.records.enumerated() {
            for issue in record.validate() {
                problems.append("\(path): [\(index)]: \(issue.field): \(issue.message)")
            }
            for (field, code) in record.municipalityCodes where Municipality.withCode(code)?.county != county {
                problems.append("\(path): [\(index)]: \(field): \"\(code)\" is not a municipality of \(county.name); "
                    + "remove it or use one of \(county.name)'s municipalities")
            }
        }
        var resolver = TransferResolver(database: database, county: county, path: path, options: options)
        let plan = try resolver.resolve(file)
        problems += resolver.problems
        let writer = TransferWriter(database: database, county: county, path: path, options: options)
        let targets = try writer.targets(file, plan: plan, problems: &problems)
        guard problems.isEmpty else { throw .problems(problems) }
        return try writer.write(file, plan: plan, targets: targets)
    }

    // MARK: - Reading

    /// The kind of a transfer file, after checking its format name and version.
    public static func kind(ofFileAt path: String) throws(OrganisationTransferError) -> TransferKind {
        let header: TransferHeader
        do { header = try OrganisationJSON.decodeValue(TransferHeader.self, fromPath: path) } catch {
            if case .cannotRead = error { throw .file(error) }
            throw .unsupported(file: path, reason: "is not a KRATKit organisation transfer file: expected a JSON object "
                + "with \"format\": \"\(CalendarTransferFile.formatName)\", \"version\", \"kind\" (calendar, plan or "
                + "meetings) and \"records\", as export calendar|plan|meetings writes")
        }
        guard header.format == CalendarTransferFile.formatName else {
            throw .unsupported(file: path, reason: "format is \"\(header.format)\", not \"\(CalendarTransferFile.formatName)\"")
        }
        guard header.version <= CalendarTransferFile.currentVersion, header.version >= 1 else {
            throw .unsupported(file: path, reason: "is format version \(header.version); this build reads version "
                + "\(CalendarTransferFile.currentVersion). Update KRATKit or export the file again with this version")
        }
        guard let kind = TransferKind(code: header.kind) else {
            throw .unsupported(file: path, reason: "kind \"\(header.kind)\" is unknown; expected calendar, plan or meetings")
        }
        return kind
    }

    private func decode<File: Decodable>(_ type: File.Type, _ path: String) throws(OrganisationTransferError) -> File {
        do { return try OrganisationJSON.decodeValue(type, fromPath: path) } catch { throw .file(error) }
    }
}

/// The fields of a transfer file read before its records.
private struct TransferHeader: Decodable {
    let format: String
    let version: Int
    let kind: String
}
