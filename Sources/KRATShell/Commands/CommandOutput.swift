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
        /// A two-dimension table: pivoted in table, box and Markdown modes, long elsewhere.
        case crosstab(Crosstab)
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

    /// An output of one crosstab.
    public init(crosstab: Crosstab) { self.items = [.crosstab(crosstab)] }

    /// The tables, in order (a crosstab's in long form, as machines read it).
    public var tables: [ResultTable] {
        items.compactMap { item in
            switch item {
            case .table(let table): table
            case .crosstab(let crosstab): crosstab.table
            case .message, .chart: nil
            }
        }
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
            switch item {
            case .table(var table):
                table.notes.append(note)
                return .table(table)
            case .crosstab(var crosstab):
                crosstab.table.notes.append(note)
                return .crosstab(crosstab)
            case .message, .chart:
                return item
            }
        })
    }

    /// Appends a table.
    public mutating func append(_ table: ResultTable) { items.append(.table(table)) }

    /// Appends a message.
    public mutating func append(message: String) { items.append(.message(message)) }
}
