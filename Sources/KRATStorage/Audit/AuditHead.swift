import Foundation

/// The end of the audit chain: the last entry's number and its link.
///
/// Kept outside the database, where a file-level edit of the database cannot reach it: in a
/// head file beside the key file (`KEYFILE.audit-head`, mode 0600) that every audited write of
/// the case worker's connection updates, and on paper, printed by `audit head` for the
/// secretariat's record. Deleting the newest entries together with their links leaves a chain
/// that holds, but that ends before the head.
public struct AuditHead: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The last entry's number.
    public var entry: Int64
    /// Its link, 64 lower-case hex digits.
    public var link: String

    /// Creates a head.
    public init(entry: Int64, link: String) {
        self.entry = entry
        self.link = link
    }

    /// `entry N, link HEX`.
    public var description: String { "entry \(entry), link \(link)" }

    /// The head file beside a key file.
    public static func path(forKeyFile keyPath: String) -> String { keyPath + ".audit-head" }

    // MARK: - The head file

    /// Reads a head file; nil when there is none. A malformed file is an error naming it.
    static func read(from path: String) throws(StorageError) -> AuditHead? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var entry: Int64?
        var link: String?
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            if parts[0] == "entry" { entry = Int64(parts[1]) }
            if parts[0] == "link", parts[1].count == 64, Data(hex: parts[1]) != nil { link = parts[1] }
        }
        guard let entry, let link else {
            throw .corrupt(what: "the audit head file \(path) (expected the lines `entry: N` and `link: 64 hex digits`)")
        }
        return AuditHead(entry: entry, link: link)
    }

    /// Replaces the head file at `path` in one step (a new file, mode 0600, renamed over the old).
    func write(to path: String) throws(StorageError) {
        let text = """
            # KRATKit audit head: the last audit entry written or checked with this key file.
            # `check` fails when the database's audit log no longer holds this entry and link.
            entry: \(entry)
            link: \(link)

            """
        let temporary = path + ".new"
        try? FileManager.default.removeItem(atPath: temporary)
        let fd = try PrivateFile.create(at: temporary, purpose: "writing the audit head file")
        let bytes = Array(text.utf8)
        let written = Foundation.write(fd, bytes, bytes.count) == bytes.count && fsync(fd) == 0
        close(fd)
        guard written, rename(temporary, path) == 0 else {
            let message = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw .sqlite(action: "writing the audit head file \(path)", message: message)
        }
    }
}
