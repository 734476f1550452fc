import Foundation
import KRATCore

/// Files of the committee's organisational records as JSON arrays, so they can move between
/// counties' databases: the awareness calendar (``AwarenessActivity``), action plans
/// (``ActionPlanBundle``) and meetings (``Meeting``).
///
/// Reading checks every record with `validate()` and reports every problem as
/// `FILE: [index]: field: message`. Storing the records is the organisational stores' work.
///
/// These arrays keep the source database's ids. To move records into another county's
/// database, use the transfer files instead (<doc:OrganisationTransfer>), which carry the
/// institutions and committees the records refer to.
public enum OrganisationJSON {
    /// Writes records as a JSON array (keys sorted, dates as `YYYY-MM-DD`).
    public static func write<Record: Encodable>(_ records: [Record], toPath path: String) throws(OrganisationJSONError) {
        try writeValue(records, toPath: path)
    }

    /// Writes any encodable value as JSON (keys sorted, dates as `YYYY-MM-DD`), atomically.
    static func writeValue<Value: Encodable>(_ value: Value, toPath path: String) throws(OrganisationJSONError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data: Data
        do { data = try encoder.encode(value) } catch {
            throw .malformed(file: path, at: "", reason: "cannot be encoded: \(error)")
        }
        do { try data.write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw .cannotWrite(file: path, reason: error.localizedDescription)
        }
    }

    /// Reads and validates a JSON array of records; throws with every problem found.
    public static func read<Record: Decodable & Validatable>(_ type: Record.Type, fromPath path: String)
        throws(OrganisationJSONError) -> [Record] {
        let records = try decodeValue([Record].self, fromPath: path)
        var problems: [String] = []
        for (index, record) in records.enumerated() {
            for issue in record.validate() {
                problems.append("\(path): [\(index)]: \(issue.field): \(issue.message)")
            }
        }
        if !problems.isEmpty { throw .invalid(problems: problems) }
        return records
    }

    /// Reads an awareness calendar file.
    public static func readAwarenessActivities(fromPath path: String) throws(OrganisationJSONError) -> [AwarenessActivity] {
        try read(AwarenessActivity.self, fromPath: path)
    }

    /// Reads an action plans file.
    public static func readActionPlans(fromPath path: String) throws(OrganisationJSONError) -> [ActionPlanBundle] {
        try read(ActionPlanBundle.self, fromPath: path)
    }

    /// Reads a meetings file.
    public static func readMeetings(fromPath path: String) throws(OrganisationJSONError) -> [Meeting] {
        try read(Meeting.self, fromPath: path)
    }

    /// Reads and decodes a JSON file, turning decoding errors into ``OrganisationJSONError/malformed(file:at:reason:)``.
    static func decodeValue<Value: Decodable>(_ type: Value.Type, fromPath path: String) throws(OrganisationJSONError) -> Value {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotRead(file: path, reason: "no such file, or it cannot be read")
        }
        do {
            return try JSONDecoder().decode(Value.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw .malformed(file: path, at: pathText(context.codingPath), reason: context.debugDescription)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .malformed(file: path, at: pathText(context.codingPath + [key]), reason: "is missing")
        } catch let DecodingError.typeMismatch(_, context) {
            throw .malformed(file: path, at: pathText(context.codingPath), reason: context.debugDescription)
        } catch let DecodingError.valueNotFound(_, context) {
            throw .malformed(file: path, at: pathText(context.codingPath), reason: "is null; expected a value")
        } catch {
            throw .malformed(file: path, at: "", reason: "\(error)")
        }
    }

    /// `[3].date` for a decoding path.
    static func pathText(_ path: [any CodingKey]) -> String {
        path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
            .replacingOccurrences(of: "].", with: "]: ", options: [], range: nil)
    }
}

/// Why an organisational JSON file could not be written or read.
public enum OrganisationJSONError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be read.
    case cannotRead(file: String, reason: String)
    /// The file could not be written.
    case cannotWrite(file: String, reason: String)
    /// The file is not the expected JSON; `at` is the place (`[3]: date`).
    case malformed(file: String, at: String, reason: String)
    /// Records are invalid; every problem as `FILE: [index]: field: message`.
    case invalid(problems: [String])

    /// What is wrong and what to do.
    public var description: String {
        switch self {
        case let .cannotRead(file, reason): "\(file): cannot read: \(reason)."
        case let .cannotWrite(file, reason): "\(file): cannot write: \(reason)."
        case let .malformed(file, at, reason):
            "\(file): \(at.isEmpty ? "" : "\(at): ")\(reason); expected a JSON array of records as KRATKit exports them."
        case let .invalid(problems): problems.joined(separator: "\n")
        }
    }
}
