/// The width tables are fitted to, chosen with `.width`.
public enum WidthSetting: Sendable, Hashable {
    /// The terminal's width, when output goes to a terminal; no fitting in scripts and pipes.
    case auto
    /// No fitting: every table at its full width, as a script reads it.
    case off
    /// A fixed number of columns, on a terminal or not.
    case columns(Int)

    /// The narrowest width `.width N` accepts.
    public static let minimumColumns = 20

    /// The setting as `.width` shows it: `auto`, `off` or the number.
    public var description: String {
        switch self {
        case .auto: "auto"
        case .off: "off"
        case .columns(let count): String(count)
        }
    }

    /// The width to fit to, given the terminal's (nil when output is not a terminal).
    public func resolved(terminalWidth: Int?) -> Int? {
        switch self {
        case .auto: terminalWidth
        case .off: nil
        case .columns(let count): count
        }
    }
}
