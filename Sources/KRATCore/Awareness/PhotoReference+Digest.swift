import Crypto
import Foundation

extension PhotoReference {
    // MARK: - From a file's bytes

    /// A reference to a photo named `fileName` (a name only, no folder) whose bytes are
    /// `contents`: the digest is computed here, never typed by a person.
    public init(fileName: String, contents: Data) {
        self.init(fileName: fileName, sha256: Self.digest(of: contents))
    }

    /// The SHA-256 digest of `contents` as 64 lowercase hexadecimal characters.
    public static func digest(of contents: Data) -> String {
        Hex.string(SHA256.hash(data: contents))
    }
}
