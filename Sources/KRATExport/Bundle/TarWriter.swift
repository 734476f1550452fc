import Foundation

/// Writes a POSIX ustar archive (`tar` format, POSIX.1-1988) to a file, one entry at a time.
///
/// Each entry is a 512-byte header (name, octal mode, size and modification time, the
/// header checksum, type, `ustar\0` magic and version `00`, and a prefix for long paths)
/// followed by the contents padded to a multiple of 512 bytes; two zero blocks end the
/// archive. Paths are UTF-8 and split at a `/` into prefix (≤ 155 bytes) and name (≤ 100).
/// `tar -tf` and `tar -xf` read the result.
///
/// The archive is written to `PATH.partial` and renamed to `PATH` by ``finish()``, so an
/// interrupted write never leaves a truncated archive under the final name.
public final class TarWriter {
    /// The size of a tar block.
    public static let blockSize = 512

    /// The archive being written.
    public let path: String
    private let partialPath: String
    private let handle: FileHandle
    private let modified: Int
    private var finished = false

    /// Starts an archive at `path`; every entry gets `modified` (seconds since 1970) as its time.
    public init(path: String, modified: Date) throws(BundleError) {
        self.path = path
        partialPath = path + ".partial"
        self.modified = max(Int(modified.timeIntervalSince1970), 0)
        guard FileManager.default.createFile(atPath: partialPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: partialPath) else {
            throw .writeFailed(path: path, reason: "cannot create \(partialPath)")
        }
        self.handle = handle
    }

    deinit {
        if !finished {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: partialPath)
        }
    }

    /// Adds a directory entry (`path` without a trailing slash).
    public func addDirectory(_ path: String) throws(BundleError) {
        try write(Self.header(path: path + "/", size: 0, mode: 0o755, modified: modified, type: "5"))
    }

    /// Adds a regular file with `contents`.
    public func addFile(_ path: String, contents: Data) throws(BundleError) {
        try write(Self.header(path: path, size: contents.count, mode: 0o644, modified: modified, type: "0"))
        try write(contents)
        let padding = (Self.blockSize - contents.count % Self.blockSize) % Self.blockSize
        try write(Data(count: padding))
    }

    /// Ends the archive with two zero blocks and gives it its final name.
    public func finish() throws(BundleError) {
        try write(Data(count: 2 * Self.blockSize))
        do {
            try handle.close()
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: partialPath, toPath: path)
        } catch {
            throw .writeFailed(path: path, reason: (error as NSError).localizedDescription)
        }
        finished = true
    }

    private func write(_ data: Data) throws(BundleError) {
        do { try handle.write(contentsOf: data) } catch {
            throw .writeFailed(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    // MARK: - Headers

    /// The 512-byte ustar header of one entry. `type` is `"0"` for a file, `"5"` for a directory.
    public static func header(path: String, size: Int, mode: Int, modified: Int, type: Character) throws(BundleError) -> Data {
        let (prefix, name) = try split(path)
        var block = [UInt8](repeating: 0, count: blockSize)
        func put(_ bytes: some Sequence<UInt8>, at offset: Int) {
            for (index, byte) in bytes.enumerated() { block[offset + index] = byte }
        }
        func octal(_ value: Int, width: Int) -> [UInt8] {
            let digits = String(value, radix: 8)
            return Array((String(repeating: "0", count: max(width - 1 - digits.count, 0)) + digits).utf8) + [0]
        }
        put(name.utf8, at: 0)
        put(octal(mode, width: 8), at: 100)
        put(octal(0, width: 8), at: 108)            // uid
        put(octal(0, width: 8), at: 116)            // gid
        put(octal(size, width: 12), at: 124)
        put(octal(modified, width: 12), at: 136)
        put(Array("        ".utf8), at: 148)        // checksum counted as spaces
        put(type.utf8, at: 156)
        put(Array("ustar".utf8) + [0], at: 257)
        put(Array("00".utf8), at: 263)
        put(Array("krat".utf8), at: 265)            // uname
        put(Array("krat".utf8), at: 297)            // gname
        put(prefix.utf8, at: 345)
        let checksum = block.reduce(0) { $0 + Int($1) }
        put(Array(String(checksum, radix: 8).leftPadded(to: 6).utf8) + [0, 32], at: 148)
        return Data(block)
    }

    /// Splits a path into the ustar prefix and name fields.
    static func split(_ path: String) throws(BundleError) -> (prefix: String, name: String) {
        let bytes = Array(path.utf8)
        if bytes.count <= 100 { return ("", path) }
        for (index, byte) in bytes.enumerated().reversed() where byte == UInt8(ascii: "/") {
            if index <= 155 && bytes.count - index - 1 <= 100 && bytes.count - index - 1 > 0 {
                return (String(decoding: bytes[..<index], as: UTF8.self), String(decoding: bytes[(index + 1)...], as: UTF8.self))
            }
        }
        throw .pathTooLong(path: path)
    }
}

extension String {
    /// The string with zeros before it up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(width - count, 0)) + self
    }
}
