import Foundation

/// Writes a JSON array element by element: the array is never built in memory.
///
/// Each element is encoded on its own (keys sorted, dates as KRATCore encodes them) and
/// written on its own line between `[` and `]`, so the file is valid JSON and also easy to
/// read line by line.
public final class JSONArrayWriter {
    private let sink: ByteSink
    private let encoder: JSONEncoder
    private var count = 0
    private var finished = false

    private init(sink: ByteSink) {
        self.sink = sink
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        sink.appendByte(UInt8(ascii: "["))
    }

    /// Writes to an open file handle (which stays open).
    public convenience init(fileHandle: FileHandle, name: String = "output") {
        self.init(sink: ByteSink(fileHandle: fileHandle, name: name))
    }

    /// Creates (or truncates) a file with exactly these permissions and writes to it.
    public static func create(atPath path: String, permissions: mode_t = 0o644) throws(CSVError) -> JSONArrayWriter {
        JSONArrayWriter(sink: try ByteSink.create(atPath: path, permissions: permissions))
    }

    /// The elements written so far.
    public var elementCount: Int { count }

    /// Appends one element.
    public func append(_ element: some Encodable) throws(ExportError) {
        let data: Data
        do { data = try encoder.encode(element) } catch {
            throw .encoding(what: "element \(count) of \(sink.name)", reason: "\(error)")
        }
        sink.appendBytes(count == 0 ? [10] : [44, 10])
        count += 1
        do { try sink.append(data) } catch { throw .output(error) }
    }

    /// Closes the array and the file (if this writer created it).
    public func finish() throws(ExportError) {
        guard !finished else { return }
        finished = true
        sink.appendBytes(count == 0 ? [93, 10] : [10, 93, 10])
        do { try sink.close() } catch { throw .output(error) }
    }
}
