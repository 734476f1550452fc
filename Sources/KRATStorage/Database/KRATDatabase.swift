import Foundation
import GRDB
import KRATCore
import Synchronization

/// A KRAT's database: one SQLite file per county (or one national file), opened for one role.
///
/// The role is fixed when the database is opened. Only the case-worker role, with the key
/// file, can read or write personal data; analysts and the public open the file read-only.
/// The file is in WAL mode, so analysts can read while a case worker writes.
public final class KRATDatabase: Sendable {
    /// The file, or nil for an in-memory database.
    public let path: String?
    /// Who reads through this connection.
    public let role: Role
    /// The name the user gave (`--user`), written into the audit log and the record history
    /// beside ``account``, never instead of it.
    public let user: String
    /// The operating system's account of the process (from its uid): who the audit log and the
    /// record history say acted.
    public var account: String { ProcessAccount.name }
    /// The name given, when it differs from the account; nil otherwise.
    var declaredUser: String? { user == account ? nil : user }
    /// A county's KRAT, or national.
    public let scope: DatabaseScope
    /// The county's settings.
    public let settings: CountySettings
    /// Whether the file was created for generated sample data (the demo, `--sample` files).
    ///
    /// Generated cases and records go only into such a file, and every front end, export and
    /// report of it says so: a real county's database never holds an invented case.
    public let holdsSampleData: Bool
    /// Where "today" comes from: the latest allowed date of a record, the end of "this year".
    public let clock: DayClock

    /// Today, by the database's ``clock``.
    public var today: Day { clock.today }

    let writer: any DatabaseWriter
    let keys: KeyFile?
    let cipher: PersonalDataCipher?
    /// The audit chain's key: the case worker's connection only (see ``AuditChain``).
    let auditChain: AuditChain?
    /// The head file beside the key file, updated by every audited write of this connection;
    /// nil without a key file (an in-memory database, other roles).
    let auditHeadPath: String?
    let cube = Mutex<CubeSnapshot?>(nil)

    private init(path: String?, role: Role, user: String, writer: any DatabaseWriter, keys: KeyFile?,
                 clock: DayClock, keyFilePath: String? = nil) throws(StorageError) {
        self.path = path
        self.clock = clock
        self.role = role
        self.user = user
        self.writer = writer
        self.keys = role == .caseWorker ? keys : nil
        self.cipher = role == .caseWorker ? keys.map { PersonalDataCipher(key: $0.dataKey) } : nil
        self.auditChain = role == .caseWorker ? keys.map { AuditChain(dataKey: $0.dataKey) } : nil
        self.auditHeadPath = role == .caseWorker && keys != nil ? keyFilePath.map(AuditHead.path(forKeyFile:)) : nil
        let stored: (scope: String?, settings: CountySettings, sample: Bool) = try Self.guarded("reading the database settings") {
            try writer.read { db in
                let meta = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM krat_meta")
                    .map { (row: Row) -> (String, String) in (row["key"], row["value"]) })
                let threshold = meta["suppression_threshold"].flatMap(Int.init) ?? 10
                let bounds = meta["age_bands"]?.split(separator: ",").compactMap { Int($0) } ?? AgeBands.standard.lowerBounds
                let bands = (try? AgeBands(lowerBounds: bounds)) ?? .standard
                return (meta["scope"], CountySettings(suppressionThreshold: threshold, ageBands: bands),
                        meta[Self.sampleDataKey] == "generated")
            }
        }
        guard let scopeCode = stored.scope, let scope = DatabaseScope(code: scopeCode) else {
            throw .notAKRATDatabase(file: path ?? ":memory:")
        }
        self.scope = scope
        self.settings = stored.settings
        self.holdsSampleData = stored.sample
    }

    /// The `krat_meta` key that marks a file made for generated sample data.
    static let sampleDataKey = "sample_data"

    // MARK: - Creating

    /// Creates a database for a county or the nation and opens it as a case worker.
    ///
    /// For a county, new keys are written to `keyFilePath` (default `FILE.key`, mode 0600)
    /// unless `keys` is given. A national database holds no personal data and needs no key.
    /// The database file (and SQLite's `-wal` and `-shm` beside it) is created with mode 0600.
    /// With `sampleData`, the file is marked, for good, as one that holds generated sample
    /// data (see ``holdsSampleData``); a file is never marked after it was created.
    public static func create(at path: String, scope: DatabaseScope, settings: CountySettings = .standard,
                              keys given: KeyFile? = nil, keyFilePath: String? = nil,
                              user: String = NSUserName(), sampleData: Bool = false,
                              clock: DayClock = .system) throws(StorageError) -> KRATDatabase {
        guard !FileManager.default.fileExists(atPath: path) else { throw .alreadyExists(file: path) }
        let keys: KeyFile? = scope == .national ? nil : (given ?? .generate())
        let keyPath = keyFilePath ?? KeyFile.defaultPath(forDatabase: path)
        if let keys, given == nil || keyFilePath != nil || !FileManager.default.fileExists(atPath: keyPath) {
            try keys.write(to: keyPath)
        }
        do {
            try PrivateFile.createEmpty(at: path, purpose: "creating the database")
            let pool = try DatabasePool(path: path, configuration: configuration(readonly: false))
            try initialise(pool, file: path, scope: scope, settings: settings, keys: keys,
                           sampleData: sampleData, createdOn: clock.today)
            return try KRATDatabase(path: path, role: .caseWorker, user: user, writer: pool, keys: keys, clock: clock,
                                    keyFilePath: keys == nil ? nil : keyPath)
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            if let storage = error as? StorageError { throw storage }
            throw .sqlite(action: "creating \(path)", message: "\(error)")
        }
    }

    /// An in-memory database for tests and examples, opened for `role`.
    public static func inMemory(scope: DatabaseScope, role: Role = .caseWorker, settings: CountySettings = .standard,
                                keys: KeyFile = .generate(), user: String = "test", sampleData: Bool = false,
                                clock: DayClock = .system) throws(StorageError) -> KRATDatabase {
        try guarded("creating an in-memory database") {
            let queue = try DatabaseQueue(configuration: configuration(readonly: false))
            try initialise(queue, file: ":memory:", scope: scope, settings: settings,
                           keys: scope == .national ? nil : keys, sampleData: sampleData, createdOn: clock.today)
            return try KRATDatabase(path: nil, role: role, user: user, writer: queue, keys: keys, clock: clock)
        }
    }

    // MARK: - Opening

    /// Opens an existing database for a role. The case-worker role needs the key file
    /// (default `FILE.key`); a wrong, missing or loosely permitted key file is refused.
    public static func open(at path: String, role: Role = .analyst, keyFilePath: String? = nil,
                            user: String = NSUserName(), clock: DayClock = .system) throws(StorageError) -> KRATDatabase {
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(file: path) }
        var national = false
        let pool: DatabasePool = try guarded("opening \(path)") {
            do {
                // Look before touching: a read-only connection tells whether the file is
                // KRATKit's, whether it is newer (refused) and whether it is current. Only
                // an older file is opened for writing, to migrate it before anyone reads it.
                let version = try DatabaseQueue(path: path, configuration: configuration(readonly: true)).read { db in
                    guard try db.tableExists("krat_meta") else { throw StorageError.notAKRATDatabase(file: path) }
                    national = try String.fetchOne(db, sql: "SELECT value FROM krat_meta WHERE key = 'scope'") == "national"
                    return try Schema.version(of: db)
                }
                try Schema.refuseNewer(version, file: path)
                if !version.isCurrent {
                    let migrating = try DatabaseQueue(path: path, configuration: configuration(readonly: false))
                    try Schema.migrate(migrating, file: path)
                    try migrating.close()
                }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
                throw StorageError.notAKRATDatabase(file: path)
            }
            return try DatabasePool(path: path, configuration: configuration(readonly: !role.mayWriteOrganisationRecords))
        }
        // A national database holds no personal data, so it has no key to ask for.
        let keys: KeyFile? = role == .caseWorker && !national
            ? try KeyFile.read(from: keyFilePath ?? KeyFile.defaultPath(forDatabase: path)) : nil
        let keyPath = keyFilePath ?? KeyFile.defaultPath(forDatabase: path)
        let database = try KRATDatabase(path: path, role: role, user: user, writer: pool, keys: keys, clock: clock,
                                        keyFilePath: keys == nil ? nil : keyPath)
        if role == .caseWorker, database.scope != .national {
            try database.verifyKey(keyPath: keyPath)
            try database.chainLegacyAuditEntries()
        }
        return database
    }

    private func verifyKey(keyPath: String) throws(StorageError) {
        guard let cipher else { throw .wrongKey(path: keyPath) }
        let check: String? = try read("checking the key") { db in
            try String.fetchOne(db, sql: "SELECT value FROM krat_meta WHERE key = 'key_check'")
        }
        guard let check, let sealed = Data(hex: check), cipher.opens(keyCheck: sealed) else {
            throw .wrongKey(path: keyPath)
        }
    }

    // MARK: - Setup

    static func configuration(readonly: Bool) -> Configuration {
        var config = Configuration()
        config.readonly = readonly
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        config.label = "KRATKit"
        config.prepareDatabase { db in
            // Overwrite deleted content, so erased ciphertext does not linger in free pages.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            // Sorting for GROUP BY in memory, never in temporary files that could hold data.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        return config
    }

    private static func initialise(_ writer: any DatabaseWriter, file: String, scope: DatabaseScope,
                                   settings: CountySettings, keys: KeyFile?, sampleData: Bool, createdOn: Day) throws {
        try Schema.migrate(writer, file: file)
        try writer.writeWithoutTransaction { db in
            try db.inTransaction {
                var meta: [(String, String)] = [
                    ("scope", scope.code),
                    ("suppression_threshold", String(settings.suppressionThreshold)),
                    ("age_bands", settings.ageBands.lowerBounds.map(String.init).joined(separator: ",")),
                    ("created_on", createdOn.description),
                ]
                if sampleData { meta.append((sampleDataKey, "generated")) }
                if let keys { meta.append(("key_check", try PersonalDataCipher(key: keys.dataKey).keyCheck().hexString)) }
                for (key, value) in meta {
                    try db.execute(sql: "INSERT INTO krat_meta VALUES (?, ?)", arguments: [key, value])
                }
                for municipality in scope.counties.flatMap(\.municipalities) {
                    try db.execute(sql: "INSERT INTO municipality VALUES (?, ?, ?)",
                                   arguments: [municipality.code, municipality.name, municipality.county.code])
                }
                for band in settings.ageBands.bands {
                    try db.execute(sql: "INSERT INTO age_band VALUES (?, ?, ?, ?)",
                                   arguments: [band.code, band.lower, band.upper, band.isChildren])
                }
                try OrganisationSeed.seed(db, scope: scope)
                return .commit
            }
        }
    }

    // MARK: - Access

    /// Runs a read (inside ``transaction(_:_:)``: on its connection), mapping any failure to a ``StorageError`` that says what was being done.
    func read<T>(_ action: String, _ body: (Database) throws -> T) throws(StorageError) -> T {
        if let open = joinedTransaction { return try Self.guarded(action) { try body(open) } }
        return try Self.guarded(action) { try writer.read(body) }
    }

    /// Runs a write transaction for a role that may record the committee's organisational
    /// records: the case worker or the secretary (inside ``transaction(_:_:)``: as part of it).
    func writeOrganisation<T>(_ action: String, _ body: (Database) throws -> T) throws(StorageError) -> T {
        guard role.mayWriteOrganisationRecords else { throw .notPermitted(role: role, action: action, requires: .secretary) }
        return try writeTransaction(action, body)
    }

    /// Runs a write transaction for a role that may write (inside ``transaction(_:_:)``: as part of it).
    /// `action` is a gerund phrase ("importing cases"): it begins both the refusal and the failure message.
    func write<T>(_ action: String, _ body: (Database) throws -> T) throws(StorageError) -> T {
        guard role == .caseWorker else { throw .notPermitted(role: role, action: action) }
        return try writeTransaction(action, body)
    }

    /// The write itself, once the role is allowed: part of the open ``transaction(_:_:)``, or one of its own.
    private func writeTransaction<T>(_ action: String, _ body: (Database) throws -> T) throws(StorageError) -> T {
        if let open = joinedTransaction { return try Self.guarded(action) { try body(open) } }
        return try Self.guarded(action) { try writer.write(body) }
    }

    static func guarded<T>(_ action: String, _ body: () throws -> T) throws(StorageError) -> T {
        do {
            return try body()
        } catch let error as StorageError {
            throw error
        } catch let error as DatabaseError {
            throw .sqlite(action: action, message: error.message ?? "\(error.resultCode)")
        } catch {
            throw .sqlite(action: action, message: "\(error)")
        }
    }

    /// The version of the schema this build writes: the number of migrations it knows
    /// (see `Schema`), also kept in the file's `PRAGMA user_version`.
    public static var schemaVersion: Int { Schema.currentVersion }
}
