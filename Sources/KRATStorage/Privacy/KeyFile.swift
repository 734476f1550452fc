import Crypto
import Foundation
import KRATCore

/// The secrets of a county database, kept in a key file outside it (`FILE.key`, mode 0600).
///
/// The data key encrypts personal data (AES-256-GCM). The pseudonym key computes
/// pseudonyms (HMAC-SHA256); counties that want to recognise each other's people
/// share it, and only it.
public struct KeyFile: Sendable {
    /// The key that encrypts personal data.
    let dataKey: Data
    /// The key that computes pseudonyms.
    public let pseudonymKey: PseudonymKey

    /// New random keys; pass a shared pseudonym key to recognise people across counties.
    public static func generate(sharing pseudonymKey: PseudonymKey? = nil) -> KeyFile {
        KeyFile(dataKey: SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) },
                pseudonymKey: pseudonymKey ?? .generate())
    }

    init(dataKey: Data, pseudonymKey: PseudonymKey) {
        self.dataKey = dataKey
        self.pseudonymKey = pseudonymKey
    }

    /// The conventional key file path for a database: `FILE.key`.
    public static func defaultPath(forDatabase path: String) -> String { path + ".key" }

    // MARK: - Reading and writing

    /// Writes the key file with mode 0600; refuses to overwrite an existing file.
    public func write(to path: String) throws(StorageError) {
        let text = """
            # KRATKit key file. Keep it secret and apart from the database: without it no
            # personal data in the database can be read. Losing it loses that data.
            data-key: \(dataKey.hexString)
            pseudonym-key: \(pseudonymKey.bytes.hexString)

            """
        let fd = try PrivateFile.create(at: path, purpose: "writing the key file")
        defer { close(fd) }
        let bytes = Array(text.utf8)
        guard Foundation.write(fd, bytes, bytes.count) == bytes.count, fsync(fd) == 0 else {
            throw .sqlite(action: "writing key file \(path)", message: String(cString: strerror(errno)))
        }
    }

    /// Reads a key file, refusing one that others can read.
    public static func read(from path: String) throws(StorageError) -> KeyFile {
        var info = stat()
        guard stat(path, &info) == 0 else { throw .keyFileMissing(path: path) }
        if info.st_mode & 0o077 != 0 {
            throw .keyFileTooOpen(path: path, mode: String(format: "%04o", info.st_mode & 0o777))
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw .keyFileMalformed(path: path, line: 1, problem: "not readable UTF-8 text")
        }
        var found: [String: Data] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, ["data-key", "pseudonym-key"].contains(parts[0]) else {
                throw .keyFileMalformed(path: path, line: index + 1, problem: "unexpected line")
            }
            guard let bytes = Data(hex: parts[1]), bytes.count == 32 else {
                throw .keyFileMalformed(path: path, line: index + 1, problem: "\(parts[0]) is not 64 hex digits")
            }
            found[parts[0]] = bytes
        }
        guard let dataKey = found["data-key"] else {
            throw .keyFileMalformed(path: path, line: 1, problem: "no data-key line")
        }
        guard let pseudonymBytes = found["pseudonym-key"], let pseudonym = try? PseudonymKey(bytes: pseudonymBytes) else {
            throw .keyFileMalformed(path: path, line: 1, problem: "no pseudonym-key line")
        }
        return KeyFile(dataKey: dataKey, pseudonymKey: pseudonym)
    }
}

extension KeyFile: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Never the keys themselves.
    public var description: String { "KeyFile(redacted)" }
    /// Never the keys themselves.
    public var debugDescription: String { description }
    /// Mirrors nothing, so `dump` and debuggers cannot print the key bytes.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

extension Data {
    /// Lower-case hex digits.
    var hexString: String { Hex.string(self) }

    /// Bytes from hex digits; nil for anything else.
    init?(hex: String) {
        let chars = Array(hex.utf8)
        guard chars.count % 2 == 0 else { return nil }
        var bytes = [UInt8]()
        bytes.reserveCapacity(chars.count / 2)
        func nibble(_ c: UInt8) -> UInt8? {
            switch c {
            case 48...57: c - 48
            case 97...102: c - 87
            case 65...70: c - 55
            default: nil
            }
        }
        var index = 0
        while index < chars.count {
            guard let high = nibble(chars[index]), let low = nibble(chars[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        self.init(bytes)
    }
}
