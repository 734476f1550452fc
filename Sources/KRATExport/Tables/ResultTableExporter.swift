import Foundation
import KRATCore

/// Writes a statistics ``ResultTable`` as CSV or JSON.
///
/// Coded cells are written as their codes, numbers plainly, unknown values as empty (CSV)
/// or `null` (JSON). In CSV, numbers are number fields (`-3` stays `-3`) and every other cell
/// is text, guarded against spreadsheet formulas (``CSVFormulaGuard``). A suppressed count is written as ``suppressedText`` in CSV
/// (``SuppressionSymbol/text``, `[c]`, by default) and as `null` in JSON; the table's notes say why.
public struct ResultTableExporter: Sendable {
    /// What the header row (CSV) or the column list (JSON) shows.
    public enum Header: Sendable, Hashable {
        /// The stable column keys (`status`, `cases`): for machines.
        case keys
        /// The column labels in a language: for people.
        case labels(Language)
    }

    /// The CSV header style.
    public var header: Header
    /// What a suppressed cell shows in CSV.
    public var suppressedText: String
    /// How the CSV is written.
    public var csvOptions: CSVWriter.Options

    /// Creates an exporter.
    public init(header: Header = .keys, suppressedText: String = SuppressionSymbol.text, csvOptions: CSVWriter.Options = CSVWriter.Options()) {
        self.header = header
        self.suppressedText = suppressedText
        self.csvOptions = csvOptions
    }

    // MARK: - CSV

    /// Writes the table: a header row, then one row per table row.
    public func writeCSV(_ table: ResultTable, to writer: CSVWriter) throws(CSVError) {
        try writer.writeRow(table.columns.map { column in
            switch header {
            case .keys: column.key
            case .labels(let language): column.label.text(language)
            }
        })
        for row in table.rows {
            try writer.writeRow(row.map { CSVField($0, suppressedText: suppressedText) })
        }
        try writer.flush()
    }

    /// Writes the table to a new CSV file.
    public func writeCSV(_ table: ResultTable, toPath path: String) throws(CSVError) {
        let writer = try CSVWriter.create(atPath: path, options: csvOptions)
        try writeCSV(table, to: writer)
        try writer.close()
    }

    // MARK: - JSON

    /// The rows as an array of objects keyed by column key.
    public static func jsonRows(_ table: ResultTable) -> [[String: JSONCell]] {
        table.rows.map { row in
            var object: [String: JSONCell] = [:]
            for (column, cell) in zip(table.columns, row) { object[column.key] = JSONCell(cell) }
            return object
        }
    }

    /// The table as JSON: with ``Header/keys`` an array of objects keyed by column key; with
    /// ``Header/labels(_:)`` an object with `title`, `columns` (key and label), `rows` and `notes`.
    public func json(_ table: ResultTable) throws(ExportError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            switch header {
            case .keys:
                return try encoder.encode(Self.jsonRows(table))
            case .labels(let language):
                let labelled = LabelledTable(
                    title: table.title.text(language),
                    columns: table.columns.map { LabelledTable.Column(key: $0.key, label: $0.label.text(language)) },
                    rows: Self.jsonRows(table), notes: table.notes.map { $0.text(language) })
                return try encoder.encode(labelled)
            }
        } catch {
            throw .encoding(what: "table \(table.title.en)", reason: "\(error)")
        }
    }

    /// Writes the table as JSON to a new file.
    public func writeJSON(_ table: ResultTable, toPath path: String) throws(ExportError) {
        let data = try json(table)
        guard FileManager.default.createFile(atPath: path, contents: data) else {
            throw .output(.cannotOpen(path: path, reason: "the file could not be created"))
        }
    }

    struct LabelledTable: Encodable {
        struct Column: Encodable {
            let key: String
            let label: String
        }
        let title: String
        let columns: [Column]
        let rows: [[String: JSONCell]]
        let notes: [String]
    }
}
