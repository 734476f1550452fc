import Foundation

/// Folds a place or person name to a key that ignores case, diacritics and spacing,
/// so "Malësi e Madhe", "malesi e madhe" and "MALESI-E-MADHE" meet.
public enum NameKey {
    /// The folded key: lower case, no diacritics, words joined by `_`.
    public static func make(_ text: String) -> String {
        // ASCII and the Albanian letters ç and ë fold scalar by scalar: folding through
        // Foundation costs more than the rest of storing a case.
        if text.unicodeScalars.allSatisfy({ $0.isASCII || albanianLetters[$0] != nil }) {
            return words(text.unicodeScalars) { scalar in
                switch scalar.value {
                case 0x41...0x5A: Unicode.Scalar(UInt8(scalar.value | 0x20))
                case 0x61...0x7A, 0x30...0x39: scalar
                default: albanianLetters[scalar]  // nil for ASCII punctuation and space
                }
            }
        }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: albanian).lowercased()
        return words(folded.unicodeScalars) { CharacterSet.alphanumerics.contains($0) ? $0 : nil }
    }

    private static let albanian = Locale(identifier: "sq_AL")

    /// Ç, ç, Ë and ë without their diacritics.
    private static let albanianLetters: [Unicode.Scalar: Unicode.Scalar] = ["Ç": "c", "ç": "c", "Ë": "e", "ë": "e"]

    /// The scalars that `letter` keeps (as it returns them), words joined by `_`.
    private static func words(_ scalars: some Sequence<Unicode.Scalar>,
                              _ letter: (Unicode.Scalar) -> Unicode.Scalar?) -> String {
        var key = String.UnicodeScalarView()
        var pendingSeparator = false
        for scalar in scalars {
            if let kept = letter(scalar) {
                if pendingSeparator && !key.isEmpty { key.append("_") }
                pendingSeparator = false
                key.append(kept)
            } else {
                pendingSeparator = true
            }
        }
        return String(key)
    }
}
