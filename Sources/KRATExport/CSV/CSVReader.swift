import Foundation

/// Reads RFC 4180 CSV incrementally, in 64 KiB chunks: a file of a million lines is never held in memory.
///
/// Accepts CRLF, LF or CR line ends and a leading UTF-8 byte-order mark; blank lines are skipped.
/// Every record carries the line where it starts. A malformed record (a stray quote, text after
/// a closing quote, bytes that are not UTF-8, a different number of fields than the first
/// record) comes back with its ``CSVRecord/problem`` set, and reading goes on with the next
/// record, so that a caller can report all problems of a file. A quoted field still open at the
/// end of the file is reported on the record where it starts.
public final class CSVReader {
    private let fd: Int32
    private let ownsDescriptor: Bool
    /// The file's name, for messages.
    public let name: String
    /// Whether every record must have as many fields as the first one (the header).
    public let checksFieldCount: Bool
    private var expectedCount: Int?

    private var chunk = [UInt8](repeating: 0, count: 1 << 16)
    private var chunkLength = 0
    private var index = 0
    private var atEOF = false
    private var startOfFile = true

    // Position of the next byte.
    private var line = 1
    private var column = 0
    private var lastWasCR = false

    /// Opens a file for reading.
    public init(path: String, checksFieldCount: Bool = true) throws(CSVError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .cannotOpen(path: path, reason: CSVError.systemReason()) }
        self.fd = fd
        self.ownsDescriptor = true
        self.name = path
        self.checksFieldCount = checksFieldCount
    }

    /// Reads from an open file handle (which stays open).
    public init(fileHandle: FileHandle, name: String = "input", checksFieldCount: Bool = true) {
        self.fd = fileHandle.fileDescriptor
        self.ownsDescriptor = false
        self.name = name
        self.checksFieldCount = checksFieldCount
    }

    deinit {
        if ownsDescriptor { Foundation.close(fd) }
    }

    // MARK: - Reading

    private func refill() throws(CSVError) -> Bool {
        guard !atEOF else { return false }
        var count: Int
        repeat {
            count = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
        } while count < 0 && errno == EINTR
        guard count >= 0 else { throw .readFailed(path: name, reason: CSVError.systemReason()) }
        chunkLength = count
        index = 0
        if count == 0 { atEOF = true; return false }
        if startOfFile {
            startOfFile = false
            if count >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF { index = 3 }
        }
        return true
    }

    private func nextByte() throws(CSVError) -> UInt8? {
        if index >= chunkLength, try !refill() { return nil }
        let byte = chunk[index]
        index += 1
        if byte == 10 {
            if !lastWasCR { line += 1 }
            column = 0
        } else if byte == 13 {
            line += 1
            column = 0
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
        lastWasCR = byte == 13
        return byte
    }

    private func peekByte() throws(CSVError) -> UInt8? {
        if index >= chunkLength, try !refill() { return nil }
        return chunk[index]
    }

    /// The next record, or nil at the end of the file. Throws only when the file cannot be read.
    public func nextRecord() throws(CSVError) -> CSVRecord? {
        var fields: [String] = []
        var field: [UInt8] = []
        var problem: CSVProblem?
        var badUTF8 = false
        var quoted = false       // inside a quoted field
        var wasQuoted = false    // the current field started with a quote
        var afterClosing = false // just after a quoted field's closing quote
        var started = false
        var startLine = line
        var quoteOpened = CSVPosition(line: line, column: 0)
        var fieldStart = CSVPosition(line: line, column: 1)

        func note(_ kind: CSVProblem.Kind, at position: CSVPosition) {
            if problem == nil { problem = CSVProblem(kind: kind, line: startLine, position: position, fieldIndex: fields.count) }
        }
        func endField() {
            if let text = String(validating: field, as: UTF8.self) {
                fields.append(text)
            } else {
                // Reported at the start of the field: columns cannot be counted through invalid bytes.
                if !badUTF8 { badUTF8 = true; note(.invalidUTF8, at: fieldStart) }
                fields.append(String(decoding: field, as: UTF8.self))
            }
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
            afterClosing = false
        }

        while true {
            guard let byte = try nextByte() else {
                if quoted {
                    problem = CSVProblem(kind: .unterminatedQuote, line: startLine, position: quoteOpened, fieldIndex: fields.count)
                }
                guard started else { return nil }
                endField()
                return finish(fields, startLine, problem)
            }
            if !started {
                if byte == 10 || byte == 13 { startLine = line; continue } // blank line
                started = true
                startLine = line
                fieldStart = CSVPosition(line: line, column: column)
            }
            if quoted {
                if byte == 34 {
                    if try peekByte() == 34 { _ = try nextByte(); field.append(34) } else { quoted = false; afterClosing = true }
                } else {
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case 44:
                endField()
                fieldStart = CSVPosition(line: line, column: column + 1)
            case 13, 10:
                if byte == 13, try peekByte() == 10 { _ = try nextByte() }
                endField()
                return finish(fields, startLine, problem)
            case 34 where field.isEmpty && !wasQuoted && !afterClosing:
                quoted = true
                wasQuoted = true
                quoteOpened = CSVPosition(line: line, column: column)
            case 34:
                note(afterClosing ? .textAfterClosingQuote : .strayQuote, at: CSVPosition(line: line, column: column))
                field.append(byte)
            default:
                if afterClosing { note(.textAfterClosingQuote, at: CSVPosition(line: line, column: column)) }
                afterClosing = false
                field.append(byte)
            }
        }
    }

    private func finish(_ fields: [String], _ line: Int, _ problem: CSVProblem?) -> CSVRecord {
        var problem = problem
        if checksFieldCount {
            if let expected = expectedCount {
                if problem == nil, fields.count != expected {
                    problem = CSVProblem(kind: .fieldCount(expected: expected, found: fields.count), line: line)
                }
            } else {
                expectedCount = fields.count
            }
        }
        return CSVRecord(fields: fields, line: line, problem: problem)
    }

    /// The next record, throwing ``CSVError/malformed(path:problem:)`` for a malformed one.
    public func next() throws(CSVError) -> [String]? {
        guard let record = try nextRecord() else { return nil }
        if let problem = record.problem { throw .malformed(path: name, problem: problem) }
        return record.fields
    }
}
