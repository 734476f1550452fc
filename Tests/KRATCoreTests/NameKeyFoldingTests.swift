import Foundation
import Testing
@testable import KRATCore

/// The fast folding of names (ASCII, ç and ë) gives exactly what folding through Foundation gives.
@Suite("Name keys and personal IDs fold the same on every path")
struct NameKeyFoldingTests {
    /// The general rule, written out independently: fold case and diacritics, keep letters and
    /// digits, join the words with `_`.
    static func reference(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "sq_AL"))
            .lowercased()
        var words: [String] = []
        var word = ""
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: "_")
    }

    @Test(arguments: ["Arta Hoxha", "ÇELA, Ëngjëll", "  mirëdita  çka ", "Malësi e Madhe", "MALESI-E-MADHE",
                      "Dritë Çeço 2008", "Ana-Maria O'Brien", "José Müller", "Ελένη", "", "---", "ë", "Ç9"])
    func fastPathEqualsFoundation(text: String) {
        #expect(NameKey.make(text) == Self.reference(text))
    }

    @Test func personalIDsLoseWhiteSpaceAndGainUpperCase() {
        #expect(PseudonymKey.folded(personalID: " j1234 5678a\t") == "J12345678A")
        #expect(PseudonymKey.folded(personalID: "J12345678A") == "J12345678A")
        // Non-ASCII takes the general path: the same rule.
        #expect(PseudonymKey.folded(personalID: "ë1234 5678a") == "Ë12345678A")
    }
}
