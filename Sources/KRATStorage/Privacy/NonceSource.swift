import Crypto
import Foundation

/// Random AES-GCM nonces for a batch of cases, drawn from one request to the cryptographic
/// random generator instead of one (two system calls) per case.
///
/// The bytes come from `SymmetricKey(size:)`, which fills them from BoringSSL's CSPRNG, the
/// same source a random key is made from; each nonce is 12 of them, used once.
struct NonceSource {
    private let bytes: [UInt8]
    private var next = 0

    /// Random bytes for `count` nonces.
    init(count: Int) {
        let bitCount = max(count, 1) * Self.nonceSize * 8
        bytes = SymmetricKey(size: SymmetricKeySize(bitCount: bitCount)).withUnsafeBytes { Array($0) }
    }

    /// The next unused nonce; a fresh random one once the batch is used up.
    mutating func nonce() -> AES.GCM.Nonce {
        guard next + Self.nonceSize <= bytes.count,
              let nonce = try? AES.GCM.Nonce(data: bytes[next..<next + Self.nonceSize]) else { return AES.GCM.Nonce() }
        next += Self.nonceSize
        return nonce
    }

    private static let nonceSize = 12
}
