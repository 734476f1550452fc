import KRATCore

/// Free text of an audit entry that a person typed (a purpose, an erasure's reason, the file
/// an export went to), which may name a victim.
///
/// The database holds it only sealed with its data key (AES-256-GCM). A connection with the
/// key, the case worker's, receives the text; every other role receives ``sealed``, and never
/// the ciphertext.
public enum AuditText: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The text as typed, opened with the data key.
    case text(String)
    /// Sealed: this connection has no data key, so the text stays hidden.
    case sealed

    /// The text, or nil when sealed.
    public var text: String? {
        switch self {
        case .text(let text): text
        case .sealed: nil
        }
    }

    /// Whether the text stays hidden from this connection.
    public var isSealed: Bool { self == .sealed }

    /// What is shown in place of sealed text, in both languages.
    public static let sealedLabel = Label(sq: "E koduar: lexohet vetëm me çelësin e të dhënave",
                                          en: "Sealed: readable with the data key only")

    /// The code shown in place of sealed text in machine-readable output (CSV, JSON).
    public static let sealedCode = "sealed"

    /// The text, or `sealed`.
    public var description: String { text ?? Self.sealedCode }
}
