import KRATCore

/// The commands a shell knows, by name.
///
/// A county's front end adds its own command by registering a value that conforms to
/// ``ShellCommand``; nothing in the package has to change.
public struct CommandRegistry {
    private var commands: [String: any ShellCommand] = [:]

    /// Creates an empty registry.
    public init() {}

    /// Creates a registry holding `commands`.
    public init(_ commands: [any ShellCommand]) throws(ShellError) {
        for command in commands { try register(command) }
    }

    // MARK: - Registering

    /// Adds a command; throws if its name is taken or cannot be typed as one word.
    public mutating func register(_ command: any ShellCommand) throws(ShellError) {
        try Self.validate(command.name)
        guard commands[command.name] == nil else { throw .duplicateCommand(command.name) }
        commands[command.name] = command
    }

    /// Adds a command, replacing any command of the same name (a county's own `cases`, say).
    public mutating func replace(_ command: any ShellCommand) throws(ShellError) {
        try Self.validate(command.name)
        commands[command.name] = command
    }

    /// Removes the command called `name`, if any.
    public mutating func remove(_ name: String) {
        commands[name] = nil
    }

    // MARK: - Finding

    /// All commands, sorted by name (what `.help` lists).
    public var all: [any ShellCommand] {
        commands.keys.sorted().compactMap { commands[$0] }
    }

    /// The names of all commands, sorted.
    public var names: [String] { commands.keys.sorted() }

    /// The command called `name` exactly, or the one command whose name starts with it.
    public func lookup(_ name: String) throws(ShellError) -> any ShellCommand {
        let wanted = name.lowercased()
        if let exact = commands[wanted] { return exact }
        let matches = names.filter { $0.hasPrefix(wanted) }
        switch matches.count {
        case 0: throw .unknownCommand(name)
        case 1:
            guard let command = commands[matches[0]] else { throw .unknownCommand(name) }
            return command
        default: throw .ambiguousCommand(name, candidates: matches)
        }
    }

    /// The command for `name` if exactly one matches, else `nil`.
    public func find(_ name: String) -> (any ShellCommand)? {
        try? lookup(name)
    }

    // MARK: - Private

    private static func validate(_ name: String) throws(ShellError) {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_")
        guard let first = name.first, first.isLetter, name.allSatisfy({ allowed.contains($0) }) else {
            throw .invalidCommandName(name)
        }
    }
}
