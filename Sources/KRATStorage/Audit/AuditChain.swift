import Crypto
import Foundation
import GRDB

/// The audit log's chain: every entry's link is HMAC-SHA256, keyed by the chain key, over the
/// link before it and every stored column of the entry, so changing, deleting, inserting or
/// reordering an entry breaks every link from there on.
///
/// The chain key is derived (HKDF-SHA256) from the county's data key, not from the pseudonym
/// key: the pseudonym key may be shared with other counties, which could then forge links.
/// Only the case worker holds the data key, so only the case worker verifies the links;
/// without it, ``AuditChain/verify(_:key:)`` checks what needs no key (every entry has a link,
/// the numbers have no gap, no link outlives its entry) and says the links went unverified.
struct AuditChain: Sendable {
    /// The `krat_meta` key holding the last entry written before the chain existed (see the v6 migration).
    static let unchainedKey = "audit_unchained_through"

    /// The chain key's bytes (a `SymmetricKey` is not `Sendable`; one is made for each link).
    private let keyBytes: Data

    /// The chain key of a data key.
    init(dataKey: Data) {
        keyBytes = HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: dataKey),
                                          info: Data("KRATKit audit chain 1".utf8), outputByteCount: 32)
            .withUnsafeBytes { Data($0) }
    }

    /// The link before the first entry.
    static let start = Data(repeating: 0, count: 32)

    /// The columns a link covers, in order.
    static let columns = "id, at, user, declared_user, role, action, case_ids, sealed_purpose, sealed_note, detail"

    /// The link of one stored entry (a row holding ``columns``) after `previous`.
    func link(after previous: Data, entry row: Row) -> Data {
        var bytes = Data("KRATKit audit link 1".utf8)
        bytes.append(previous)
        for index in 0..<row.count {
            let value = row[index] as DatabaseValue
            let part: Data? = switch value.storage {
            case .null: nil
            case .int64(let number): Data(String(number).utf8)
            case .double(let number): Data(String(number).utf8)
            case .string(let text): Data(text.utf8)
            case .blob(let blob): blob
            }
            // Each column preceded by its length (all ones for NULL), so no two entries give the same bytes.
            let length = part.map { UInt32($0.count) } ?? UInt32.max
            withUnsafeBytes(of: length.littleEndian) { bytes.append(contentsOf: $0) }
            if let part { bytes.append(part) }
        }
        return Data(HMAC<SHA256>.authenticationCode(for: bytes, using: SymmetricKey(data: keyBytes)))
    }

    // MARK: - Appending

    /// Links entry `id` (just inserted) to the last link of the chain; returns the new link.
    func append(_ db: Database, id: Int64) throws -> Data {
        let previous = try Data.fetchOne(db, sql: "SELECT link FROM audit_chain ORDER BY id DESC LIMIT 1") ?? Self.start
        guard let row = try Row.fetchOne(db, sql: "SELECT \(Self.columns) FROM audit_log WHERE id = ?", arguments: [id]) else {
            throw StorageError.corrupt(what: "audit entry \(id) (not found after writing it)")
        }
        let link = link(after: previous, entry: row)
        try db.execute(sql: "INSERT INTO audit_chain (id, link) VALUES (?, ?)", arguments: [id, link])
        return link
    }

    /// Chains the entries an older file held before the chain existed, once, with the key;
    /// returns the last (id, link) written, or nil when there was nothing to chain.
    func chainLegacyEntries(_ db: Database) throws -> (id: Int64, link: Data)? {
        guard let through = try String.fetchOne(db, sql: "SELECT value FROM krat_meta WHERE key = ?",
                                                arguments: [Self.unchainedKey]).flatMap(Int64.init) else { return nil }
        var previous = Self.start
        var last: (id: Int64, link: Data)?
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(Self.columns) FROM audit_log
            WHERE id <= ? AND id NOT IN (SELECT id FROM audit_chain) ORDER BY id
            """, arguments: [through])
        if try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_chain") ?? 0 == 0 {
            for row in rows {
                let id: Int64 = row["id"]
                previous = link(after: previous, entry: row)
                try db.execute(sql: "INSERT INTO audit_chain (id, link) VALUES (?, ?)", arguments: [id, previous])
                last = (id, previous)
            }
        }
        try db.execute(sql: "DELETE FROM krat_meta WHERE key = ?", arguments: [Self.unchainedKey])
        return last
    }
}
