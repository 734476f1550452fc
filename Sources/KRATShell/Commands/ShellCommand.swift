import KRATCore

/// A command of the shell: a plugin that the ``CommandRegistry`` dispatches to.
///
/// Built-in and county-made commands conform alike. A command never writes to the
/// terminal: it returns a ``CommandOutput`` and the shell renders it in the current
/// output mode.
///
/// ```swift
/// struct Hello: ShellCommand {
///     let name = "hello"
///     let summary = Label(sq: "Përshëndet", en: "Says hello")
///     let usage = "hello [name=NAME]"
///     func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput {
///         CommandOutput(message: "Hello, \(invocation.options["name"] ?? "world")")
///     }
/// }
/// try shell.registry.register(Hello())
/// ```
public protocol ShellCommand {
    /// The word that calls the command (lowercase; a unique prefix also works).
    var name: String { get }
    /// One line shown by `.help`.
    var summary: Label { get }
    /// How to call it, e.g. `cases [filters] [limit=N]`.
    var usage: String { get }
    /// Words that may follow the name (`show`, `compare`…), for help and completion.
    var subcommands: [String] { get }
    /// Lines to copy, each with what it does, shown by `.help NAME`.
    var examples: [CommandExample] { get }
    /// Candidates for the word being typed.
    ///
    /// - Parameters:
    ///   - arguments: the complete words after the command name, before the cursor.
    ///   - partial: the beginning of the word at the cursor (may be empty).
    func completions(for arguments: [String], partial: String, context: ShellContext) -> [String]
    /// Runs the command.
    func run(_ invocation: Invocation, context: ShellContext) throws(ShellError) -> CommandOutput
}

// MARK: - Defaults

extension ShellCommand {
    /// No subcommands.
    public var subcommands: [String] { [] }

    /// No examples.
    public var examples: [CommandExample] { [] }

    /// Values after `key=` from the vocabulary, subcommands for the first word, then the
    /// filter keys of the vocabulary as `key=` (leaving out keys already given).
    public func completions(for arguments: [String], partial: String, context: ShellContext) -> [String] {
        defaultCompletions(for: arguments, partial: partial, context: context)
    }

    /// The default completion, callable from a command that adds its own candidates.
    ///
    /// When the last argument ends with `=` or `,` (`status=`, `by=sex,`), `partial` is a
    /// value of that key and the candidates are the vocabulary's values for it.
    public func defaultCompletions(for arguments: [String], partial: String, context: ShellContext) -> [String] {
        if let last = arguments.last, last.hasSuffix("=") || last.hasSuffix(",") {
            let key = String(last.prefix { $0 != "=" })
            return context.completionVocabulary.values(for: key, matching: partial)
        }
        if arguments.isEmpty, !subcommands.isEmpty {
            let matches = subcommands.filter { $0.hasPrefix(partial) }
            if !matches.isEmpty || partial.isEmpty { return matches }
        }
        let given = Set(arguments.compactMap { $0.split(separator: "=", maxSplits: 1).first.map(String.init) })
        return context.completionVocabulary.filterKeys
            .filter { !given.contains($0) && $0.hasPrefix(partial) }
            .map { $0 + "=" }
    }
}
