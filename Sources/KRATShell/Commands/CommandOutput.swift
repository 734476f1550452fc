import KRATCore

/// What a command gives back: tables, plain messages and charts, in order.
///
/// The shell renders it in the current output mode; a command never formats text
/// for the terminal itself.
public struct CommandOutput: Sendable, Hashable {
    /// One piece of output.
    public enum Item: Sendable, Hashable {
        /// A labelled table.
        case table(ResultTable)
        /// A sentence for people (in JSON mode an object `{"message": …}`).
        case message(String)
        /// A bar chart, drawn in `table` and `box` modes only.
        case chart(BarChart)
    }

    /// The pieces, in the order they are shown.
    public var items: [Item]

    /// Creates an output from its pieces.
    public init(_ items: [Item] = []) { self.items = items }

    /// An output of one table.
    public init(table: ResultTable) { self.items = [.table(table)] }

    /// An output of one message.
    public init(message: String) { self.items = [.message(message)] }

    /// Nothing to show.
    public static let empty = CommandOutput()

    /// The tables, in order.
    public var tables: [ResultTable] {
        items.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    /// The messages, in order.
    public var messages: [String] {
        items.compactMap { if case .message(let text) = $0 { text } else { nil } }
    }

    /// Whether there is nothing to show.
    public var isEmpty: Bool { items.isEmpty }

    /// The output with `note` under every table (unchanged when `note` is nil).
    public func noting(_ note: Label?) -> CommandOutput {
        guard let note else { return self }
        return CommandOutput(items.map { item in
            guard case .table(var table) = item else { return item }
            table.notes.append(note)
            return .table(table)
        })
    }

    /// Appends a table.
    public mutating func append(_ table: ResultTable) { items.append(.table(table)) }

    /// Appends a message.
    public mutating func append(message: String) { items.append(.message(message)) }
}
