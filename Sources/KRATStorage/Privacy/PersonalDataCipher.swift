import Crypto
import Foundation
import KRATCore

/// Seals and opens personal data with AES-256-GCM: a random nonce for every value, and the
/// case's county and id as authenticated data, so a ciphertext moved to another case fails to open.
/// The free text of the audit log is sealed with the same key (see `AuditSealing.swift`).
struct PersonalDataCipher: Sendable {
    private let key: SealingKey

    init(key: Data) { self.key = SealingKey(SymmetricKey(data: key)) }

    /// The sealed form: nonce, ciphertext and tag together.
    func seal(_ personal: PersonalData, county: County, caseID: String,
              nonce: AES.GCM.Nonce = AES.GCM.Nonce()) throws(StorageError) -> Data {
        do {
            return try seal(bytes: PersonalDataCoding.encode(personal), binding: Data("\(county.code)/\(caseID)".utf8), nonce: nonce)
        } catch {
            throw .corrupt(what: "personal data of case \(caseID) (encryption failed)")
        }
    }

    /// The personal data, or an error when the key or the binding does not match.
    func open(_ sealed: Data, county: County, caseID: String) throws(StorageError) -> PersonalData {
        do {
            return try PersonalDataCoding.decode(open(bytes: sealed, binding: Data("\(county.code)/\(caseID)".utf8)))
        } catch {
            throw .corrupt(what: "personal data of case \(caseID)")
        }
    }

    // MARK: - Any bytes

    /// Seals bytes with a fresh random nonce and `binding` as authenticated data: nonce, ciphertext and tag together.
    func seal(bytes: Data, binding: Data, nonce: AES.GCM.Nonce = AES.GCM.Nonce()) throws -> Data {
        let box = try AES.GCM.seal(bytes, using: key.value, nonce: nonce, authenticating: binding)
        guard let combined = box.combined else { throw StorageError.corrupt(what: "sealed data") }
        return combined
    }

    /// Opens what ``seal(bytes:binding:)`` made; throws when the key or the binding does not match.
    func open(bytes sealed: Data, binding: Data) throws -> Data {
        try AES.GCM.open(AES.GCM.SealedBox(combined: sealed), using: key.value, authenticating: binding)
    }

    // MARK: - Key check

    /// A fixed text sealed at creation; opening it proves the key is the database's.
    func keyCheck() throws(StorageError) -> Data {
        do {
            let box = try AES.GCM.seal(Data(Self.checkText.utf8), using: key.value)
            guard let combined = box.combined else { throw StorageError.corrupt(what: "key check") }
            return combined
        } catch {
            throw .corrupt(what: "key check")
        }
    }

    /// Whether this key opens the stored key check.
    func opens(keyCheck sealed: Data) -> Bool {
        guard let box = try? AES.GCM.SealedBox(combined: sealed),
              let plain = try? AES.GCM.open(box, using: key.value) else { return false }
        return plain == Data(Self.checkText.utf8)
    }

    private static let checkText = "KRATKit key check 1"
}

/// The key, made once rather than for every case. `SymmetricKey` is an immutable value
/// (its bytes are never changed after creation) that swift-crypto has not marked `Sendable`.
private struct SealingKey: @unchecked Sendable {
    let value: SymmetricKey
    init(_ value: SymmetricKey) { self.value = value }
}

/// A compact binary form of ``PersonalData`` (faster than JSON for a million cases).
enum PersonalDataCoding {
    static func encode(_ p: PersonalData) -> Data {
        var out: [UInt8] = [1]  // format version
        out.reserveCapacity(160)
        for text in [p.firstName, p.lastName, p.personalID, p.phone, p.address, p.notes] {
            if let text {
                out.append(1)
                withUnsafeBytes(of: UInt32(text.utf8.count).littleEndian) { out.append(contentsOf: $0) }
                out.append(contentsOf: text.utf8)
            } else {
                out.append(0)
            }
        }
        if let birth = p.birthDate {
            out.append(1)
            withUnsafeBytes(of: birth.ordinal.littleEndian) { out.append(contentsOf: $0) }
        } else {
            out.append(0)
        }
        return Data(out)
    }

    struct Malformed: Error {}

    static func decode(_ data: Data) throws -> PersonalData {
        let bytes = [UInt8](data)
        var index = 0
        func byte() throws -> UInt8 {
            guard index < bytes.count else { throw Malformed() }
            defer { index += 1 }
            return bytes[index]
        }
        func int32() throws -> UInt32 {
            guard index + 4 <= bytes.count else { throw Malformed() }
            defer { index += 4 }
            return bytes[index..<index + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) }
        }
        guard try byte() == 1 else { throw Malformed() }
        var texts: [String?] = []
        for _ in 0..<6 {
            if try byte() == 1 {
                let count = Int(try int32())
                guard index + count <= bytes.count else { throw Malformed() }
                texts.append(String(decoding: bytes[index..<index + count], as: UTF8.self))
                index += count
            } else {
                texts.append(nil)
            }
        }
        let birth: Day? = try byte() == 1 ? Day(ordinal: Int32(bitPattern: try int32())) : nil
        return PersonalData(firstName: texts[0], lastName: texts[1], personalID: texts[2], phone: texts[3],
                            address: texts[4], birthDate: birth, notes: texts[5])
    }
}
