import Foundation

/// A buffered byte output to a file descriptor or a C stream, shared by the CSV and JSON writers.
final class ByteSink {
    private enum Target {
        case descriptor(Int32, owned: Bool)
        case stream(UnsafeMutablePointer<FILE>)
    }

    private let target: Target
    /// The file's name, for messages.
    let name: String
    private var buffer: [UInt8] = []
    private let capacity = 1 << 16
    private var closed = false

    private init(target: Target, name: String) {
        self.target = target
        self.name = name
        buffer.reserveCapacity(capacity + 4096)
    }

    /// Writes to an open descriptor that the caller closes.
    convenience init(fileHandle: FileHandle, name: String) {
        self.init(target: .descriptor(fileHandle.fileDescriptor, owned: false), name: name)
    }

    /// Writes to a C stream that the caller closes.
    convenience init(file: UnsafeMutablePointer<FILE>, name: String) {
        self.init(target: .stream(file), name: name)
    }

    /// Creates (or truncates) a file with exactly these permissions.
    static func create(atPath path: String, permissions: mode_t) throws(CSVError) -> ByteSink {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, permissions)
        guard fd >= 0 else { throw .cannotOpen(path: path, reason: CSVError.systemReason()) }
        // An existing file keeps its old mode on O_CREAT, and umask may narrow a new one: set it.
        guard fchmod(fd, permissions) == 0 else {
            let reason = CSVError.systemReason()
            Foundation.close(fd)
            throw .cannotOpen(path: path, reason: reason)
        }
        return ByteSink(target: .descriptor(fd, owned: true), name: path)
    }

    deinit {
        if !closed { try? close() }
    }

    /// Appends bytes, flushing when the buffer is full.
    func append(_ bytes: some Sequence<UInt8>) throws(CSVError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// Appends one byte without flushing.
    func appendByte(_ byte: UInt8) { buffer.append(byte) }

    /// Appends bytes without flushing.
    func appendBytes(_ bytes: some Sequence<UInt8>) { buffer.append(contentsOf: bytes) }

    /// Flushes when the buffer is full.
    func flushIfFull() throws(CSVError) {
        if buffer.count >= capacity { try flush() }
    }

    /// Writes the buffered bytes out.
    func flush() throws(CSVError) {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        let ok: Bool = buffer.withUnsafeBytes { raw in
            switch target {
            case .stream(let file):
                return fwrite(raw.baseAddress, 1, raw.count, file) == raw.count && fflush(file) == 0
            case .descriptor(let fd, _):
                var offset = 0
                while offset < raw.count {
                    let written = Foundation.write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                    if written < 0 { if errno == EINTR { continue }; return false }
                    offset += written
                }
                return true
            }
        }
        if !ok { throw .writeFailed(path: name, reason: CSVError.systemReason()) }
    }

    /// Flushes, and closes the file if this sink opened it.
    func close() throws(CSVError) {
        guard !closed else { return }
        closed = true
        try flush()
        if case .descriptor(let fd, true) = target {
            guard fsync(fd) == 0 || errno == EINVAL, Foundation.close(fd) == 0 else {
                throw .writeFailed(path: name, reason: CSVError.systemReason())
            }
        }
    }
}
