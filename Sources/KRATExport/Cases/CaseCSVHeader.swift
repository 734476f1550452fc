import Foundation

/// The header of a case CSV file: which column is where.
struct CaseCSVHeader {
    /// The names as written in the file.
    let names: [String]
    /// The position of each known column.
    let positions: [CaseCSVColumn: Int]
    /// Whether the file carries the ``sampleDataColumn``: its cases were generated, not real.
    let marksSampleData: Bool

    /// The column a file exported from a sample database ends with, `generated` on every row,
    /// so that invented cases cannot be imported into a county's real database unnoticed.
    static let sampleDataColumn = "sample_data"
    /// Its value on every row.
    static let sampleDataValue = "generated"

    /// Reads a header line; the problems list unknown, repeated and missing required columns.
    static func read(_ record: CSVRecord, file: String) -> (CaseCSVHeader?, [CaseImportProblem]) {
        var problems: [CaseImportProblem] = []
        func add(_ message: String) {
            problems.append(CaseImportProblem(file: file, line: record.line, field: "header", message: message))
        }
        if let problem = record.problem {
            add("\(problem.message); expected the column names separated by commas")
            return (nil, problems)
        }
        // A first line that is mostly not column names is a case, not a header: say so without
        // quoting any of it (its fields may be a person's name, ID, phone or address).
        let names = record.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let known = names.filter { CaseCSVColumn(rawValue: $0) != nil || $0 == sampleDataColumn }.count
        if known * 2 < names.count {
            add("the first line is not a header: \(names.count - known) of its \(names.count) fields are not column names "
                + "(their values are not shown: they may be personal data); expected a first line that names the columns, "
                + "in any order: " + CaseCSVColumn.header.joined(separator: ", "))
            return (nil, problems)
        }
        var positions: [CaseCSVColumn: Int] = [:]
        var marksSampleData = false
        for (index, raw) in record.fields.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
            if name == sampleDataColumn {
                marksSampleData = true
                continue
            }
            guard let column = CaseCSVColumn(rawValue: name) else {
                add("unknown column '\(raw)' (column \(index + 1)); expected only these columns, in any order: "
                    + CaseCSVColumn.header.joined(separator: ", "))
                continue
            }
            if positions[column] != nil {
                add("column \(name) appears twice; expected each column once")
            }
            positions[column] = index
        }
        for column in CaseCSVColumn.allCases where column.isRequired && positions[column] == nil {
            add("missing column \(column.name); it is required (\(column.expected))")
        }
        return problems.isEmpty
            ? (CaseCSVHeader(names: record.fields, positions: positions, marksSampleData: marksSampleData), [])
            : (nil, problems)
    }

    /// The column name of a field position, for messages.
    func name(at index: Int?) -> String {
        guard let index, index < names.count else { return "record" }
        return names[index].trimmingCharacters(in: .whitespaces).lowercased()
    }
}
