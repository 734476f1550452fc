import Foundation

/// Folds a place or person name to a key that ignores case, diacritics and spacing,
/// so "Malësi e Madhe", "malesi e madhe" and "MALESI-E-MADHE" meet.
public enum NameKey {
    /// The folded key: lower case, no diacritics, words joined by `_`.
    public static func make(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "sq_AL"))
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
}
