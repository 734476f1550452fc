import KRATCore

/// Asks the person at the terminal for one value at a time: how guided entry (`case new`,
/// `meeting new`) reaches a person.
///
/// The front end sets ``ShellContext/prompter`` when it runs on a terminal; in scripts and
/// pipes there is none, and a command takes its fields on one line instead. Answers are never
/// written to the shell's history: they may hold personal data.
public protocol Prompter: AnyObject {
    /// Shows `prompt` and reads one answer, offering `candidates` on Tab; nil when the person
    /// cancels (Ctrl-C or Ctrl-D).
    func ask(_ prompt: String, candidates: [String]) -> String?
    /// Shows a line: a field's problem, the summary before confirming.
    func show(_ text: String)
}
