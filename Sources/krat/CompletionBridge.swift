import CReadline
import Glibc
import KRATShell

/// Connects readline's tab completion to the shell's ``Shell/completions(line:cursor:)``.
///
/// Readline calls back on the main thread, from inside `rl_callback_read_char`, so the
/// state lives on the main actor and the C callbacks assert that with `assumeIsolated`
/// (no lock is needed, and a call from another thread would stop the program at once).
@MainActor
enum CompletionBridge {
    /// The shell that answers.
    static var shell: Shell?
    /// The candidates of the completion in progress.
    static var candidates: [String] = []
    /// The next candidate the generator hands out.
    static var nextIndex = 0
    /// While a guided entry asks a field: the field's candidates, in place of the shell's.
    static var fixedCandidates: [String]?

    /// Tells readline to complete through the shell.
    static func install(_ shell: Shell) {
        self.shell = shell
        krat_rl_set_completer_word_break_characters(Shell.wordBreakCharacters)
        krat_rl_set_basic_word_break_characters(Shell.wordBreakCharacters)
        krat_rl_set_attempted_completion_function(kratAttemptedCompletion)
    }

    /// Asks the shell for the candidates at the cursor and keeps them for the generator.
    static func prepare(lineBeforeCursor before: String) -> ShellCompletion {
        if let fixed = fixedCandidates {
            let word = before.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
            candidates = fixed.filter { $0.lowercased().hasPrefix(word.lowercased()) }
            nextIndex = 0
            return ShellCompletion(candidates: candidates)
        }
        guard let shell else { return ShellCompletion() }
        let completion = shell.completions(line: before, cursor: before.count)
        candidates = completion.candidates
        nextIndex = 0
        return completion
    }

    /// The next candidate, or nil when all were given.
    static func next(restart: Bool) -> String? {
        if restart { nextIndex = 0 }
        guard nextIndex < candidates.count else { return nil }
        defer { nextIndex += 1 }
        return candidates[nextIndex]
    }
}

// MARK: - C callbacks

/// Readline's attempted-completion function: the matches, or nil to let readline complete file names.
private func kratAttemptedCompletion(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    krat_rl_set_attempted_completion_over(1)
    guard let buffer = krat_rl_line_buffer() else { return nil }
    let bytes = UnsafeRawBufferPointer(start: buffer, count: max(0, Int(krat_rl_point())))
    let before = String(decoding: bytes, as: UTF8.self)
    let completion = MainActor.assumeIsolated { CompletionBridge.prepare(lineBeforeCursor: before) }
    if completion.completesFilePath {
        krat_rl_set_attempted_completion_over(0)
        return nil
    }
    guard !completion.candidates.isEmpty else { return nil }
    krat_rl_set_completion_append_character(completion.appendsSpace ? 32 : 0)
    return rl_completion_matches(text, kratCompletionGenerator)
}

/// Readline's generator: one candidate per call, as a copy readline frees.
private func kratCompletionGenerator(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    guard let candidate = MainActor.assumeIsolated({ CompletionBridge.next(restart: state == 0) }) else {
        return nil
    }
    return strdup(candidate)
}
