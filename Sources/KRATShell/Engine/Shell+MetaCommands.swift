import Foundation
import KRATCore

extension Shell {
    // MARK: - Dispatch

    /// Runs a dot-command.
    func runMeta(_ entry: String) throws(ShellError) -> ExecutionResult {
        let invocation = try Invocation(parsing: entry)
        guard let meta = MetaCommand(word: invocation.commandWord) else {
            throw .unknownCommand(invocation.commandWord)
        }
        let argument = invocation.words.first
        if invocation.words.count > 1, meta != .help {
            throw .usage(command: meta.word, problem: "too many arguments", usage: meta.usage)
        }
        switch meta {
        case .help: return try show(help(for: argument))
        case .mode:
            guard let argument else { return try show(CommandOutput(message: "mode: \(context.mode.rawValue)")) }
            guard let mode = OutputMode(rawValue: argument.lowercased()) else {
                throw .invalidArgument(key: ".mode", value: argument,
                                       expected: OutputMode.allCases.map(\.rawValue).joined(separator: ", "))
            }
            context.mode = mode
        case .headers:
            guard let argument else { return try show(onOff("headers", context.showsHeaders)) }
            context.showsHeaders = try Self.parseOnOff(argument, meta: meta)
        case .timer:
            guard let argument else { return try show(onOff("timer", context.timerEnabled)) }
            context.timerEnabled = try Self.parseOnOff(argument, meta: meta)
        case .lang:
            guard let argument else { return try show(CommandOutput(message: "lang: \(context.language.rawValue)")) }
            guard let language = Language(rawValue: argument.lowercased()) else {
                throw .invalidArgument(key: ".lang", value: argument, expected: "sq or en")
            }
            context.language = language
        case .width:
            guard let argument else { return try show(CommandOutput(message: widthDescription)) }
            context.widthSetting = try Self.parseWidth(argument)
        case .expanded:
            guard let argument else { return try show(CommandOutput(message: "expanded: \(context.expanded.rawValue)")) }
            guard let expanded = ExpandedMode(rawValue: argument.lowercased()) else {
                throw .invalidArgument(key: ".expanded", value: argument, expected: "auto, on or off")
            }
            context.expanded = expanded
        case .pager:
            guard let argument else { return try show(onOff("pager", context.pagerEnabled)) }
            context.pagerEnabled = try Self.parseOnOff(argument, meta: meta)
        case .role:
            let text = context.session?.roleDescription
                ?? (context.language == .sq ? "Asnjë bazë të dhënash e hapur" : "No database is open")
            return try show(CommandOutput(message: text))
        case .read:
            guard let argument else { throw .usage(command: meta.word, problem: "give a FILE", usage: meta.usage) }
            return try read(argument)
        case .output:
            if let argument { try context.redirect(to: argument, once: false) } else { context.resetOutput() }
        case .once:
            guard let argument else { throw .usage(command: meta.word, problem: "give a FILE", usage: meta.usage) }
            try context.redirect(to: argument, once: true)
        case .tables:
            let session = try context.requireSession(for: meta.word)
            if let questions = session.questionsInstead { return try show(CommandOutput(message: questions)) }
            let table = ResultTable(
                title: Label(sq: "Tabelat", en: "Tables"),
                columns: [.init(key: "name", label: Label(sq: "Emri", en: "Name"), role: .dimension)],
                rows: session.tableNames.map { [.text($0)] })
            return try show(CommandOutput(table: table))
        case .schema:
            let session = try context.requireSession(for: meta.word)
            return try show(CommandOutput(message: session.describeSchema()))
        case .quit, .exit:
            return ExecutionResult(shouldQuit: true)
        }
        return ExecutionResult()
    }

    // MARK: - Help

    /// The list of commands, or how to use one.
    func help(for name: String?) throws(ShellError) -> CommandOutput {
        let language = context.language
        if let name {
            if let meta = MetaCommand(word: name), name.hasPrefix(".") || registry.find(name) == nil {
                return CommandOutput(message: meta.usage + "\n    " + meta.summary.text(language))
            }
            let command = try registry.lookup(name)
            var text = Self.usageLines(command.usage, width: 76).joined(separator: "\n")
                + "\n    " + command.summary.text(language)
            if !command.subcommands.isEmpty {
                text += "\n    " + (language == .sq ? "nënkomandat: " : "subcommands: ")
                    + command.subcommands.joined(separator: ", ")
            }
            if !command.examples.isEmpty {
                text += "\n" + (language == .sq ? "Shembuj:" : "Examples:")
                for example in command.examples {
                    text += "\n  " + example.line + (example.explanation.map { "\n      " + $0.text(language) } ?? "")
                }
            }
            return CommandOutput(message: text)
        }
        let entries = MetaCommand.allCases.map { ($0.usage, $0.summary.text(language)) }
            + registry.all.map { ($0.usage, $0.summary.text(language)) }
        let rows = entries.flatMap { Self.helpRows(usage: $0.0, summary: $0.1) }
        let table = ResultTable(
            title: Label(sq: "Komandat", en: "Commands"),
            columns: [.init(key: "command", label: Label(sq: "Komanda", en: "Command"), role: .dimension),
                      .init(key: "summary", label: Label(sq: "Përshkrimi", en: "Summary"), role: .dimension)],
            rows: rows)
        return CommandOutput(table: table)
    }

    /// The rows of one command in the `.help` list: one row per form of its usage (a usage
    /// written on several lines, or as forms joined by ` | `), the summary on the first, so
    /// the list stays as narrow as its longest form; on a terminal the fitting wraps a form
    /// that is still too wide under itself, in its cell.
    static func helpRows(usage: String, summary: String) -> [[ResultTable.Cell]] {
        usageLines(usage, width: nil).enumerated().map { index, form in
            [.text(form), .text(index == 0 ? summary : "")]
        }
    }

    /// The forms of `usage`, each wrapped to `width` columns (if given) with its later lines indented.
    static func usageLines(_ usage: String, width: Int?) -> [String] {
        usage.split(separator: "\n")
            .flatMap { $0.components(separatedBy: " | ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .flatMap { form in
                guard let width else { return [form] }
                return TextWidth.wrap(form, width: width).enumerated().map { index, line in
                    index == 0 ? line : "    " + line
                }
            }
    }

    // MARK: - Files

    /// Runs the lines of `path`, stopping at the first error with `FILE:LINE`.
    private func read(_ path: String) throws(ShellError) -> ExecutionResult {
        guard readDepth < Self.maximumReadDepth else { throw .scriptTooDeep(path: path, limit: Self.maximumReadDepth) }
        let expanded = (path as NSString).expandingTildeInPath
        guard let data = FileManager.default.contents(atPath: expanded) else {
            throw .file(path: path, reason: "cannot be read; check the name and that the file exists")
        }
        guard let script = String(data: data, encoding: .utf8) else {
            throw .file(path: path, reason: "is not UTF-8 text; save it as UTF-8")
        }
        readDepth += 1
        defer { readDepth -= 1 }
        return run(script: script, source: path)
    }

    // MARK: - Helpers

    private func show(_ output: CommandOutput) throws(ShellError) -> ExecutionResult {
        ExecutionResult(output: try deliver(output, consumesOnce: false))
    }

    private func onOff(_ name: String, _ value: Bool) -> CommandOutput {
        CommandOutput(message: "\(name): \(value ? "on" : "off")")
    }

    /// `.width` alone: the setting, and the width it gives now.
    private var widthDescription: String {
        let now = context.fittingWidth.map { String($0) } ?? "full"
        return "width: \(context.widthSetting.description) (\(now))"
    }

    private static func parseWidth(_ text: String) throws(ShellError) -> WidthSetting {
        switch text.lowercased() {
        case "auto": return .auto
        case "off", "0": return .off
        default:
            guard let count = Int(text), count >= WidthSetting.minimumColumns else {
                throw .invalidArgument(key: ".width", value: text,
                                       expected: "auto, off or a number of columns from \(WidthSetting.minimumColumns)")
            }
            return .columns(count)
        }
    }

    private static func parseOnOff(_ text: String, meta: MetaCommand) throws(ShellError) -> Bool {
        switch text.lowercased() {
        case "on", "yes", "1", "true": return true
        case "off", "no", "0", "false": return false
        default: throw .invalidArgument(key: meta.word, value: text, expected: "on or off")
        }
    }
}
