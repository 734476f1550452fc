extension Shell {
    /// The characters that end a word for completion; a front end's completer must use the same.
    public static let wordBreakCharacters = " \t\n=,("

    /// The SQL words that may start an entry.
    static let sqlStarters = ["SELECT", "WITH"]

    // MARK: - Completion

    /// Candidates for the word that ends at `cursor` (a count of characters into `line`).
    ///
    /// - At the start: command names and meta commands, `SELECT` and `WITH`.
    /// - After a meta command: its modes, `on`/`off`, languages, command names, or file names.
    /// - After a command: its subcommands and `key=` filter keys; after `key=`, its values.
    /// - In SQL after `FROM` or `JOIN`: the tables the role may query.
    public func completions(line: String, cursor: Int) -> ShellCompletion {
        let before = String(line.prefix(max(0, cursor)))
        let partial = String(before.reversed().prefix { !Self.wordBreakCharacters.contains($0) }.reversed())
        let token = String(before.reversed().prefix { $0 != " " && $0 != "\t" }.reversed())
        let tokenPrefix = String(token.dropLast(partial.count))
        let words = before.dropLast(token.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)

        guard let first = words.first else {
            guard tokenPrefix.isEmpty else { return ShellCompletion() }
            return ShellCompletion(candidates: firstWordCandidates(partial))
        }
        if first.hasPrefix(".") {
            return metaArgumentCompletion(first, wordCount: words.count, partial: partial)
        }
        if LineAccumulator.startsSQL(first) {
            guard let previous = words.last?.uppercased(), previous == "FROM" || previous == "JOIN",
                  tokenPrefix.isEmpty else { return ShellCompletion() }
            let tables = context.session?.tableNames ?? []
            return ShellCompletion(candidates: tables.filter { $0.lowercased().hasPrefix(partial.lowercased()) })
        }
        guard let command = registry.find(first) else { return ShellCompletion() }
        let arguments = Array(words.dropFirst()) + (tokenPrefix.isEmpty ? [] : [tokenPrefix])
        return ShellCompletion(candidates: command.completions(for: arguments, partial: partial, context: context))
    }

    // MARK: - Private

    private func firstWordCandidates(_ partial: String) -> [String] {
        let metaWords = MetaCommand.allCases.map(\.word)
        if partial.isEmpty { return registry.names + metaWords }
        if partial.hasPrefix(".") {
            return metaWords.filter { $0.hasPrefix(partial.lowercased()) }
        }
        var candidates = registry.names.filter { $0.hasPrefix(partial.lowercased()) }
        if !partial.isEmpty {
            let lowercase = partial == partial.lowercased()
            candidates += Self.sqlStarters
                .filter { $0.hasPrefix(partial.uppercased()) }
                .map { lowercase ? $0.lowercased() : $0 }
        }
        return candidates
    }

    private func metaArgumentCompletion(_ word: String, wordCount: Int, partial: String) -> ShellCompletion {
        guard wordCount == 1, let meta = MetaCommand(word: word) else { return ShellCompletion() }
        let options: [String]
        switch meta {
        case .mode: options = OutputMode.allCases.map(\.rawValue)
        case .headers, .timer, .pager: options = ["on", "off"]
        case .width: options = ["auto", "off", "80", "120"]
        case .expanded: options = ExpandedMode.allCases.map(\.rawValue)
        case .lang: options = ["sq", "en"]
        case .help: options = MetaCommand.allCases.map(\.word) + registry.names
        case .read, .output, .once: return ShellCompletion(completesFilePath: true)
        case .role, .tables, .schema, .quit, .exit: options = []
        }
        return ShellCompletion(candidates: options.filter { $0.hasPrefix(partial.lowercased()) })
    }
}
