import Foundation
import GRDB
import KRATCore

extension KRATDatabase {
    /// Runs `body` as one write transaction: every store call on this database inside it
    /// (the organisational stores' `insert`, `update` and `delete…`, and their reads) joins
    /// the transaction instead of opening its own, and all of it is undone when `body` throws.
    ///
    /// ```swift
    /// try database.transaction("importing the calendar") {
    ///     let organiser = try database.insert(institution)
    ///     try database.insert(activity)          // rolled back with the institution if this fails
    /// }
    /// ```
    ///
    /// Only the roles that record organisational records (case worker, secretary) may call it. `body` runs synchronously on the writer's
    /// connection: do not start tasks or threads inside it, and do not call it again inside
    /// itself (a nested call runs as part of the outer transaction). It is meant for the
    /// organisational records: keep case writes and case counts outside it, because the
    /// in-memory count cache is not rolled back with the transaction.
    public func transaction<T>(_ action: String, _ body: () throws -> T) throws(StorageError) -> T {
        guard role.mayWriteOrganisationRecords else { throw .notPermitted(role: role, action: action, requires: .secretary) }
        if joinedTransaction != nil { return try Self.guarded(action) { try body() } }
        return try Self.guarded(action) {
            try writer.write { db in
                try Self.$openTransaction.withValue(OpenTransaction(owner: ObjectIdentifier(self), connection: db)) {
                    try body()
                }
            }
        }
    }

    /// The connection of the transaction open on this database in the current context, if any.
    var joinedTransaction: Database? {
        guard let open = Self.openTransaction, open.owner == ObjectIdentifier(self) else { return nil }
        return open.connection
    }

    /// The transaction ``transaction(_:_:)`` has open, bound for the duration of its body.
    @TaskLocal static var openTransaction: OpenTransaction?
}

/// A connection in an open write transaction and the database it belongs to.
///
/// `@unchecked Sendable`: the value is bound only while the transaction's body runs
/// synchronously on the writer's connection, so the connection is never used from elsewhere.
struct OpenTransaction: @unchecked Sendable {
    /// The ``KRATDatabase`` whose transaction it is.
    let owner: ObjectIdentifier
    /// The connection.
    let connection: Database
}
