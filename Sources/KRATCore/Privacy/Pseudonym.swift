import Crypto
import Foundation

/// A keyed hash that recognises the same person across years and counties without naming them.
public struct Pseudonym: Sendable, Hashable, Codable, CustomStringConvertible {
    /// 32 lower-case hex digits (the first 128 bits of an HMAC-SHA256).
    public let value: String

    /// Wraps a stored pseudonym; nil unless it is 32 lower-case hex digits.
    public init?(_ value: String) {
        guard value.utf8.count == 32,
              value.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return nil }
        self.value = value
    }

    /// The hex digits.
    public var description: String { value }
}

/// The secret under which pseudonyms are computed. Counties that share it recognise
/// each other's people; without it a pseudonym cannot be recomputed from a name.
public struct PseudonymKey: Sendable {
    /// The 32 key bytes.
    private let material: Data
    /// HMAC's state after the key, computed once and copied for each pseudonym.
    private let keyed: KeyedHMAC

    /// A new random 256-bit key.
    public static func generate() -> PseudonymKey {
        PseudonymKey(material: SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) })
    }

    /// A key from 32 bytes; throws for any other length.
    public init(bytes: some ContiguousBytes) throws(ValidationError) {
        let data = bytes.withUnsafeBytes { Data($0) }
        guard data.count == 32 else {
            throw ValidationError(field: "pseudonym_key", message: "must be 32 bytes, found \(data.count)")
        }
        self.init(material: data)
    }

    private init(material: Data) {
        self.material = material
        self.keyed = KeyedHMAC(HMAC<SHA256>(key: SymmetricKey(data: material)))
    }

    /// The key's bytes, to be written to a key file.
    public var bytes: Data { material }

    /// The pseudonym of a person: from the personal ID number when there is one, else from the
    /// folded full name and birth date. Nil when neither identifies the person.
    public func pseudonym(for person: PersonalData) -> Pseudonym? {
        guard let identity = Self.normalisedIdentity(of: person) else { return nil }
        var hmac = keyed.state
        hmac.update(data: Data(identity.utf8))
        return Pseudonym(Hex.string(hmac.finalize().prefix(16)))
    }

    /// The text that is hashed: `id:J12345678A` or `name:ana_hoxha|2008-03-01`.
    static func normalisedIdentity(of person: PersonalData) -> String? {
        if let id = person.personalID.map(folded(personalID:)), !id.isEmpty {
            return "id:\(id)"
        }
        let name = NameKey.make([person.firstName, person.lastName].compactMap { $0 }.joined(separator: " "))
        guard !name.isEmpty, let birth = person.birthDate else { return nil }
        return "name:\(name)|\(birth)"
    }

    /// A personal ID without white space, in upper case (byte by byte when it is ASCII).
    static func folded(personalID: String) -> String {
        guard personalID.utf8.allSatisfy({ $0 < 0x80 }) else {
            return personalID.filter { !$0.isWhitespace }.uppercased()
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(personalID.utf8.count)
        for byte in personalID.utf8 where !(byte == 0x20 || (0x09...0x0D).contains(byte)) {
            bytes.append((0x61...0x7A).contains(byte) ? byte & ~0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A keyed HMAC state. `HMAC` is a value type whose hash states are copy-on-write; the stored
/// state is never changed, only copied, so sharing it between threads is safe, though
/// swift-crypto has not marked it `Sendable`.
private struct KeyedHMAC: @unchecked Sendable {
    let state: HMAC<SHA256>
    init(_ state: HMAC<SHA256>) { self.state = state }
}

extension PseudonymKey: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Never the key itself.
    public var description: String { "PseudonymKey(redacted)" }
    /// Never the key itself.
    public var debugDescription: String { description }
    /// Mirrors nothing, so `dump` cannot print the key.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
