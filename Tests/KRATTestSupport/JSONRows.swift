import Foundation

extension Dictionary where Key == String, Value == Any {
    /// The value of `key` as a whole number (JSON numbers arrive as NSNumber or Double).
    public func int(_ key: String) -> Int? { (self[key] as? NSNumber)?.intValue }
    /// The value of `key` as text.
    public func string(_ key: String) -> String? { self[key] as? String }
}
