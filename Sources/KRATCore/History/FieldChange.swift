import Foundation

/// One field of a record before and after a change.
///
/// For a personal field both values are nil: only the field's name is kept.
public struct FieldChange: Sendable, Hashable, Codable {
    /// The field, as a path of its coded names (`status`, `steps[2].kind`, `personal.phone`).
    public var field: String
    /// Its value before, or nil when it had none (or is personal).
    public var old: String?
    /// Its value after, or nil when it has none (or is personal).
    public var new: String?
    /// Whether the field is personal data, whose values are never kept.
    public var isPersonal: Bool

    /// Creates a change.
    public init(field: String, old: String?, new: String?, isPersonal: Bool = false) {
        self.field = field
        self.old = isPersonal ? nil : old
        self.new = isPersonal ? nil : new
        self.isPersonal = isPersonal
    }

    /// The fields of two values of one type that differ, from their JSON encodings, as
    /// flattened paths (`steps[1].date`); `nil` stands for a value that does not exist (a
    /// record created or deleted). Fields under a name in `personal` are listed by name only.
    public static func between<Value: Encodable>(_ old: Value?, _ new: Value?,
                                                 personal: Set<String> = []) -> [FieldChange] {
        let before = old.map(flatten) ?? [:], after = new.map(flatten) ?? [:]
        return Set(before.keys).union(after.keys).sorted().compactMap { field in
            guard before[field] != after[field] else { return nil }
            let isPersonal = personal.contains { field == $0 || field.hasPrefix($0 + ".") || field.hasPrefix($0 + "[") }
            return FieldChange(field: field, old: before[field], new: after[field], isPersonal: isPersonal)
        }
    }

    /// A value's JSON as `path: text` for every scalar in it (days as ISO text, `true`/`false`).
    static func flatten<Value: Encodable>(_ value: Value) -> [String: String] {
        guard let data = try? JSONEncoder().encode(value),
              let tree = try? JSONDecoder().decode(JSONTree.self, from: data) else { return [:] }
        var flat: [String: String] = [:]
        func walk(_ node: JSONTree, _ path: String) {
            switch node {
            case .object(let members):
                for (key, child) in members { walk(child, path.isEmpty ? key : path + "." + key) }
            case .array(let items):
                for (index, child) in items.enumerated() { walk(child, "\(path)[\(index)]") }
            case .scalar(let text):
                flat[path] = text
            case .null:
                break
            }
        }
        walk(tree, "")
        return flat
    }
}

/// A decoded JSON value, scalars kept as the text they would be shown as.
private enum JSONTree: Decodable {
    case object([String: JSONTree])
    case array([JSONTree])
    case scalar(String)
    case null

    init(from decoder: any Decoder) throws {
        let single = try decoder.singleValueContainer()
        if single.decodeNil() { self = .null }
        else if let flag = try? single.decode(Bool.self) { self = .scalar(flag ? "true" : "false") }
        else if let number = try? single.decode(Int64.self) { self = .scalar(String(number)) }
        else if let number = try? single.decode(Double.self) { self = .scalar(String(number)) }
        else if let text = try? single.decode(String.self) { self = .scalar(text) }
        else if let items = try? single.decode([JSONTree].self) { self = .array(items) }
        else { self = .object(try single.decode([String: JSONTree].self)) }
    }
}
