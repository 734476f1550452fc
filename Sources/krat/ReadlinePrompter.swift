import Glibc
import KRATShell

/// Guided entry at the terminal through readline: Tab offers the field's candidates, Ctrl-C
/// or Ctrl-D cancels, and no answer enters the history (it may be personal data).
///
/// `@unchecked Sendable`: it is used on the main thread only, where readline runs; each call
/// asserts that with `MainActor.assumeIsolated`.
final class ReadlinePrompter: Prompter, @unchecked Sendable {
    /// The line editor of the interactive loop.
    private let editor: LineEditor

    @MainActor
    init(editor: LineEditor) { self.editor = editor }

    func ask(_ prompt: String, candidates: [String]) -> String? {
        MainActor.assumeIsolated {
            CompletionBridge.fixedCandidates = candidates
            defer { CompletionBridge.fixedCandidates = nil }
            switch editor.readLine(prompt: prompt) {
            case .line(let line): return line
            case .interrupted, .endOfInput: return nil
            }
        }
    }

    func show(_ text: String) {
        Terminal.write(text + "\n", to: STDOUT_FILENO)
    }
}
