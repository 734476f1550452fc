import Foundation

/// Folds a place or person name to a key that ignores case, diacritics and spacing,
/// so "Malësi e Madhe", "malesi e madhe" and "MALESI-E-MADHE" meet.
public enum NameKey {
    /// The folded key: lower case, no diacritics, words joined by `_`.
    public static func make(_ text: String) -> String {
        if let key = albanianKey(text) { return key }
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

    /// The same key for text in ASCII and the Albanian letters ç and ë, scalar by scalar
    /// (folding through Foundation costs more than the rest of storing a case); nil for
    /// any other text, which is folded the general way.
    private static func albanianKey(_ text: String) -> String? {
        var key = String.UnicodeScalarView()
        var pendingSeparator = false
        for scalar in text.unicodeScalars {
            let folded: Unicode.Scalar?
            switch scalar.value {
            case 0x41...0x5A: folded = Unicode.Scalar(scalar.value | 0x20)
            case 0x61...0x7A, 0x30...0x39: folded = scalar
            case 0xC7, 0xE7: folded = "c"  // Ç ç
            case 0xCB, 0xEB: folded = "e"  // Ë ë
            case 0...0x7F: folded = nil
            default: return nil
            }
            if let folded {
                if pendingSeparator && !key.isEmpty { key.append("_") }
                pendingSeparator = false
                key.append(folded)
            } else {
                pendingSeparator = true
            }
        }
        return String(key)
    }
}
