import KRATCore
import KRATShell
import Testing

/// A prompter that answers from a script and keeps what it was shown.
final class ScriptedPrompter: Prompter {
    var answers: [String?]
    var prompts: [String] = []
    var shown: [String] = []

    init(_ answers: [String?]) { self.answers = answers }

    func ask(_ prompt: String, candidates: [String]) -> String? {
        prompts.append(prompt)
        return answers.isEmpty ? nil : answers.removeFirst()
    }

    func show(_ text: String) { shown.append(text) }
}

@Suite struct GuidedEntryTests {
    static let fields = [
        GuidedField("sex", Label("Sex"), required: true, candidates: ["F", "M", "U"],
                    check: { ["F", "M", "U"].contains($0) ? nil : "expected F, M or U" }),
        GuidedField("municipality", Label("Municipality")),
        GuidedField("phone", Label("Phone"), personal: true),
    ]

    @Test func aWrongAnswerIsAskedAgainAndPersonalValuesAreNotEchoed() {
        let prompter = ScriptedPrompter(["X", "", "F", "", "+355 69 123", "yes"])
        let answers = GuidedEntry.run(Self.fields, prompter: prompter, language: .en)
        #expect(answers == ["sex": "F", "phone": "+355 69 123"])
        #expect(prompter.prompts.filter { $0.hasPrefix("Sex") }.count == 3)
        #expect(prompter.shown.contains("  sex: expected F, M or U"))
        #expect(prompter.shown.contains("  give a value"))
        let summary = prompter.shown.last ?? ""
        #expect(summary.contains("sex = F") && summary.contains("phone = (given)") && !summary.contains("123"))
        #expect(!prompter.shown.joined().contains("X"))
    }

    @Test func cancellingOrNotConfirmingGivesNothing() {
        #expect(GuidedEntry.run(Self.fields, prompter: ScriptedPrompter(["F", nil]), language: .en) == nil)
        #expect(GuidedEntry.run(Self.fields, prompter: ScriptedPrompter(["F", "", "", "no"]), language: .en) == nil)
    }
}
