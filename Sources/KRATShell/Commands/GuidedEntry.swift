import KRATCore

/// One field of a guided entry: the key of the one-line form, how it is asked, and its check.
public struct GuidedField: Sendable {
    /// The key the one-line form uses (`identified_on`): the answers come back under it.
    public var key: String
    /// What is asked, in both languages.
    public var label: Label
    /// Whether an empty answer is refused (an optional field is skipped by an empty answer).
    public var isRequired: Bool
    /// What Tab offers.
    public var candidates: [String]
    /// Whether the value is personal data: the summary shows that it was given, not what.
    public var isPersonal: Bool
    /// The field's check as it is typed: nil when the answer is good, else what is wrong and
    /// what is expected (never repeating the answer).
    public var check: @Sendable (String) -> String?

    /// Creates a field.
    public init(_ key: String, _ label: Label, required: Bool = false, candidates: [String] = [],
                personal: Bool = false, check: @escaping @Sendable (String) -> String? = { _ in nil }) {
        self.key = key
        self.label = label
        self.isRequired = required
        self.candidates = candidates
        self.isPersonal = personal
        self.check = check
    }
}

/// Guided entry: one prompt per field, each checked as it is typed and asked again until it
/// is right, then a summary to confirm. Cancelling at any prompt gives nil: nothing is written.
public enum GuidedEntry {
    /// Asks `fields` in turn and returns the answers by key (optional fields left empty are
    /// absent), or nil when the person cancelled or did not confirm.
    public static func run(_ fields: [GuidedField], prompter: any Prompter, language: Language) -> [String: String]? {
        var answers: [String: String] = [:]
        let mark = Label(sq: "(e detyrueshme)", en: "(required)").text(language)
        for field in fields {
            while true {
                let prompt = field.label.text(language) + (field.isRequired ? " " + mark : "") + ": "
                guard let raw = prompter.ask(prompt, candidates: field.candidates) else { return nil }
                let answer = raw.trimmingCharacters(in: .whitespaces)
                if answer.isEmpty {
                    if field.isRequired {
                        prompter.show("  " + Label(sq: "jepni një vlerë", en: "give a value").text(language))
                        continue
                    }
                    break
                }
                if let problem = field.check(answer) {
                    prompter.show("  \(field.key): \(problem)")
                    continue
                }
                answers[field.key] = answer
                break
            }
        }
        prompter.show(summary(fields, answers, language: language))
        let question = Label(sq: "Të ruhet? (po/jo): ", en: "Save it? (yes/no): ").text(language)
        guard let reply = prompter.ask(question, candidates: ["yes", "no", "po", "jo"]) else { return nil }
        return ["yes", "y", "po", "p"].contains(reply.trimmingCharacters(in: .whitespaces).lowercased()) ? answers : nil
    }

    /// The answers, one per line; a personal field says only that it was given.
    public static func summary(_ fields: [GuidedField], _ answers: [String: String], language: Language) -> String {
        let given = Label(sq: "(dhënë)", en: "(given)").text(language)
        return fields.compactMap { field in
            answers[field.key].map { "  \(field.key) = " + (field.isPersonal ? given : $0) }
        }.joined(separator: "\n")
    }
}
