import Foundation
import KRATCore

/// Writes RFC 4180 CSV, row by row, through a buffer: memory stays flat however many rows go out.
///
/// - Lines end in CRLF (`\r\n`), as RFC 4180 says and Excel expects; ``Options/lineEnding`` can
///   choose LF for Unix tools.
/// - A field is quoted when it holds a comma, a quote, a CR or an LF; an inner quote is doubled.
/// - A text field that a spreadsheet would run as a formula (it begins with `=`, `+`, `-`, `@`,
///   a tab or a CR) gets a single quote in front (``CSVFormulaGuard``); numbers written as
///   ``CSVField/integer(_:)`` or ``CSVField/decimal(_:)`` are left as they are.
/// - Text is UTF-8. ``Options/byteOrderMark`` writes the UTF-8 byte-order mark first, which
///   Excel needs to show ë and ç correctly; leave it off for other programs.
///
/// Call ``close()`` (or ``flush()``) at the end: rows stay in the buffer until then.
public final class CSVWriter {
    /// How lines end.
    public enum LineEnding: String, Sendable, CaseIterable {
        /// `\r\n`, RFC 4180 (the default).
        case crlf
        /// `\n`.
        case lf

        var bytes: [UInt8] { self == .crlf ? [13, 10] : [10] }
    }

    /// How the file is written.
    public struct Options: Sendable, Hashable {
        /// Whether the file starts with the UTF-8 byte-order mark (for Excel).
        public var byteOrderMark: Bool
        /// How lines end.
        public var lineEnding: LineEnding

        /// Creates options; by default no byte-order mark and CRLF.
        public init(byteOrderMark: Bool = false, lineEnding: LineEnding = .crlf) {
            self.byteOrderMark = byteOrderMark
            self.lineEnding = lineEnding
        }
    }

    private let sink: ByteSink
    private let lineEnd: [UInt8]
    /// Rows written so far.
    public private(set) var rowCount = 0

    private init(sink: ByteSink, options: Options) {
        self.sink = sink
        self.lineEnd = options.lineEnding.bytes
        if options.byteOrderMark { sink.appendBytes([0xEF, 0xBB, 0xBF]) }
    }

    /// Writes to an open file handle (which stays open after ``close()``).
    public convenience init(fileHandle: FileHandle, name: String = "output", options: Options = Options()) {
        self.init(sink: ByteSink(fileHandle: fileHandle, name: name), options: options)
    }

    /// Writes to a C stream such as `stdout` (which stays open after ``close()``).
    public convenience init(file: UnsafeMutablePointer<FILE>, name: String = "output", options: Options = Options()) {
        self.init(sink: ByteSink(file: file, name: name), options: options)
    }

    /// Creates (or truncates) a file with exactly these permissions and writes to it.
    ///
    /// Use `permissions: 0o600` for files that hold personal data: only the owner may read them.
    public static func create(atPath path: String, permissions: mode_t = 0o644,
                              options: Options = Options()) throws(CSVError) -> CSVWriter {
        CSVWriter(sink: try ByteSink.create(atPath: path, permissions: permissions), options: options)
    }

    /// The file's name, for messages.
    public var name: String { sink.name }

    // MARK: - Writing

    /// Writes one record of text fields, each guarded against spreadsheet formulas, and a line end.
    public func writeRow(_ fields: some Sequence<String>) throws(CSVError) {
        try writeRow(fields.lazy.map(CSVField.text))
    }

    /// Writes one record: the fields (``CSVField/encoded``) separated by commas, and a line end.
    public func writeRow(_ fields: some Sequence<CSVField>) throws(CSVError) {
        var first = true
        for field in fields {
            if !first { sink.appendByte(44) }
            first = false
            sink.appendBytes(field.encoded.utf8)
        }
        sink.appendBytes(lineEnd)
        rowCount += 1
        try sink.flushIfFull()
    }

    /// Writes the buffered rows out.
    public func flush() throws(CSVError) { try sink.flush() }

    /// Flushes, and closes the file if this writer created it.
    public func close() throws(CSVError) { try sink.close() }
}
