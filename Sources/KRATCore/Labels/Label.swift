/// A text shown to people in both of the project's languages.
///
/// Albanian terms appear as labels, never as identifiers: every enumerated value
/// has a stable snake_case ``Coded/code`` for files and filters, and a `Label` for people.
public struct Label: Sendable, Hashable, Codable {
    /// The Albanian text (*shqip*).
    public var sq: String
    /// The English text.
    public var en: String

    /// Creates a label from its Albanian and English texts.
    public init(sq: String, en: String) {
        self.sq = sq
        self.en = en
    }

    /// A label whose text is the same in both languages (a proper name, a number).
    public init(_ both: String) {
        self.init(sq: both, en: both)
    }

    /// The text in the given language.
    public func text(_ language: Language) -> String {
        switch language {
        case .sq: sq
        case .en: en
        }
    }
}

/// The languages KRATKit speaks to people.
public enum Language: String, Sendable, Codable, CaseIterable {
    /// Albanian.
    case sq
    /// English.
    case en
}
