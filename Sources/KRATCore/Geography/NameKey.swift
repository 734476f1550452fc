import Foundation

/// Folds a place or person name to a key that ignores case, diacritics and spacing,
/// so "Malësi e Madhe", "malesi e madhe" and "MALESI-E-MADHE" meet.
public enum NameKey {
    /// The folded key: lower case, no diacritics, words joined by `_`.
    public static func make(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(text) }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: albanian)
            .lowercased()
        var key = ""
        var pendingSeparator = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSeparator && !key.isEmpty { key.append("_") }
                pendingSeparator = false
                key.unicodeScalars.append(scalar)
            } else {
                pendingSeparator = true
            }
        }
        return key
    }

    private static let albanian = Locale(identifier: "sq_AL")

    /// The same key for ASCII text, byte by byte (a name without diacritics needs no folding).
    private static func asciiKey(_ text: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var pendingSeparator = false
        for byte in text.utf8 {
            let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                if pendingSeparator && !key.isEmpty { key.append(UInt8(ascii: "_")) }
                pendingSeparator = false
                key.append(lower)
            } else {
                pendingSeparator = true
            }
        }
        return String(decoding: key, as: UTF8.self)
    }
}
