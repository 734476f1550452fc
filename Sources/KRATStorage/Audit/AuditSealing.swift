import Foundation

/// The free-text fields of an audit entry, each sealed on its own.
enum AuditField: String, Sendable {
    /// The stated purpose, or an erasure's reason.
    case purpose
    /// Free text beside the detail, such as the file an export was written to.
    case note
}

/// The columns of an audit entry that its sealed texts are bound to.
///
/// Each sealed text authenticates every column of its own entry and the field's name, so a
/// sealed text copied to another entry or to the other field, or an entry whose user, time,
/// action, cases or detail were changed after writing, fails to open.
struct AuditBinding: Sendable {
    let id: Int64
    let at: String
    let user: String
    let role: String
    let action: String
    let caseIDs: String
    let detail: String

    /// The authenticated data for one field: a version tag, then each column and the field's
    /// name, each preceded by its length, so no two entries can give the same bytes.
    func authenticatedData(for field: AuditField) -> Data {
        var out = Data("KRATKit audit entry 1".utf8)
        for part in [String(id), at, user, role, action, caseIDs, detail, field.rawValue] {
            let bytes = Array(part.utf8)
            withUnsafeBytes(of: UInt32(bytes.count).littleEndian) { out.append(contentsOf: $0) }
            out.append(contentsOf: bytes)
        }
        return out
    }
}

extension PersonalDataCipher {
    /// Seals one free-text field of an audit entry, bound to that entry and field.
    func seal(auditText text: String, field: AuditField, of entry: AuditBinding) throws(StorageError) -> Data {
        do {
            return try seal(bytes: Data(text.utf8), binding: entry.authenticatedData(for: field))
        } catch {
            throw .corrupt(what: "the \(field.rawValue) of audit entry \(entry.id) (encryption failed)")
        }
    }

    /// Opens one free-text field of an audit entry; refuses one altered or moved from elsewhere.
    func open(auditText sealed: Data, field: AuditField, of entry: AuditBinding) throws(StorageError) -> String {
        guard let plain = try? open(bytes: sealed, binding: entry.authenticatedData(for: field)),
              let text = String(data: plain, encoding: .utf8) else {
            throw .auditTextUnreadable(entry: entry.id, field: field.rawValue)
        }
        return text
    }
}
