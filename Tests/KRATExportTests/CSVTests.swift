import Foundation
import KRATTestSupport
import Testing
@testable import KRATExport

@Suite("CSV writer and reader")
struct CSVTests {
    @Test("quotes fields with commas, quotes and line ends; CRLF by default; optional byte-order mark")
    func writing() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("out.csv")
        let writer = try CSVWriter.create(atPath: path, options: .init(byteOrderMark: true))
        try writer.writeRow(["a", "b,c", "say \"hi\"", "two\nlines", "Durrës"])
        try writer.writeRow(["", "x"])
        try writer.close()
        let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text == "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",Durrës\r\n,x\r\n")
    }

    @Test("reads back what it writes, across 64 KiB chunk boundaries")
    func roundTrip() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("big.csv")
        let writer = try CSVWriter.create(atPath: path, options: .init(byteOrderMark: true))
        var expected: [[String]] = []
        for n in 0..<5_000 {
            let row = ["\(n)", "ë, ç \"\(n)\"", n % 7 == 0 ? "line\r\nbreak" : "plain", ""]
            expected.append(row)
            try writer.writeRow(row)
        }
        try writer.close()
        let reader = try CSVReader(path: path)
        var read: [[String]] = []
        while let row = try reader.next() { read.append(row) }
        #expect(read == expected)
    }

    @Test("a record spanning lines reports the line where it starts")
    func lineNumbers() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("lines.csv", "h1,h2\r\n\"a\nb\nc\",x\r\n\r\nlast,y\n")
        let reader = try CSVReader(path: path)
        #expect(try reader.nextRecord()?.line == 1)
        let spanning = try reader.nextRecord()
        #expect(spanning?.line == 2)
        #expect(spanning?.fields == ["a\nb\nc", "x"])
        let last = try reader.nextRecord()
        #expect(last?.line == 6)
        #expect(last?.fields == ["last", "y"])
        #expect(try reader.nextRecord() == nil)
    }

    @Test("a stray quote is reported with line and column, and reading goes on")
    func strayQuote() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("q.csv", "a,b\nok,ab\"c\nnext,row\n")
        let reader = try CSVReader(path: path)
        _ = try reader.nextRecord()
        let bad = try #require(try reader.nextRecord())
        #expect(bad.problem == CSVProblem(kind: .strayQuote, line: 2, position: CSVPosition(line: 2, column: 6), fieldIndex: 1))
        #expect(try reader.nextRecord()?.fields == ["next", "row"])
    }

    @Test("an unterminated quote at the end of the file is reported where it opens")
    func unterminated() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("u.csv", "a,b\nx,\"never closed\nmore\n")
        let reader = try CSVReader(path: path)
        _ = try reader.nextRecord()
        let bad = try #require(try reader.nextRecord())
        #expect(bad.problem?.kind == .unterminatedQuote)
        #expect(bad.problem?.position == CSVPosition(line: 2, column: 3))
        let strict = try CSVReader(path: path)
        _ = try strict.next()
        #expect(throws: CSVError.self) { try strict.next() }
    }

    @Test("bytes that are not UTF-8 and wrong field counts are reported with their line")
    func invalidUTF8AndFieldCount() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("b.csv", bytes: Array("a,b\nok,".utf8) + [0xC3, 0x28, 10] + Array("1,2,3\n".utf8))
        let reader = try CSVReader(path: path)
        _ = try reader.nextRecord()
        #expect(try reader.nextRecord()?.problem?.kind == .invalidUTF8)
        #expect(try reader.nextRecord()?.problem == CSVProblem(kind: .fieldCount(expected: 2, found: 3), line: 3))
    }
}
