/// The words tab completion offers after a command: filter keys and their values.
///
/// The shell starts with the filter keys of the domain commands and no values; the
/// integration fills the values (county and municipality names, status codes, …)
/// from the domain and the open database.
public struct CompletionVocabulary: Sendable, Hashable {
    /// The filter keys shared by the domain commands, in the order they are offered.
    public static let standardFilterKeys = [
        "period", "county", "municipality", "status", "sex", "age_band", "exploitation",
        "citizenship", "identified_by", "street_situation", "limit",
    ]

    /// The keys offered as `key=`.
    public var filterKeys: [String]
    /// The values offered after `key=`, per key.
    public var values: [String: [String]]

    /// Creates a vocabulary with the standard filter keys and no values.
    public init(filterKeys: [String] = CompletionVocabulary.standardFilterKeys,
                values: [String: [String]] = [:]) {
        self.filterKeys = filterKeys
        self.values = values
    }

    /// Adds a key (if new) at the end of the offered keys.
    public mutating func addKey(_ key: String) {
        if !filterKeys.contains(key) { filterKeys.append(key) }
    }

    /// Adds values for `key` (keeping their order, without duplicates); adds the key too.
    public mutating func add(values newValues: [String], for key: String) {
        addKey(key)
        var list = values[key] ?? []
        for value in newValues where !list.contains(value) { list.append(value) }
        values[key] = list
    }

    /// The values for `key` that start with `partial` (ignoring case).
    public func values(for key: String, matching partial: String) -> [String] {
        let lower = partial.lowercased()
        return (values[key] ?? []).filter { $0.lowercased().hasPrefix(lower) }
    }
}
