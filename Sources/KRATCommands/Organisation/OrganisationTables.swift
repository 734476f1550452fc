import KRATCore
import KRATShell
import KRATStatistics
import KRATStorage

/// Pieces shared by the commands that list the committee's organisational records.
enum OrganisationTables {
    /// A column of a listing that names or describes (a dimension).
    static func column(_ key: String, _ sq: String, _ en: String) -> ResultTable.Column {
        ResultTable.Column(key: key, label: Label(sq: sq, en: en), role: .dimension)
    }

    /// A column of a listing that counts (a measure).
    static func measure(_ key: String, _ sq: String, _ en: String) -> ResultTable.Column {
        ResultTable.Column(key: key, label: Label(sq: sq, en: en), role: .measure)
    }

    /// A yes/no cell coded `true`/`false`.
    static func flag(_ value: Bool) -> ResultTable.Cell {
        .coded(code: value ? "true" : "false", label: value ? Label(sq: "po", en: "yes") : Label(sq: "jo", en: "no"))
    }

    /// A day cell, or none.
    static func day(_ day: Day?) -> ResultTable.Cell { day.map { .text($0.description) } ?? .none }

    /// The names of the institutions by id.
    static func institutionNames(_ database: KRATDatabase, command: String) throws(ShellError) -> [Int64: String] {
        let institutions = try storage(command) { () throws(StorageError) in try database.institutions() }
        return Dictionary(institutions.compactMap { i in i.id.map { ($0, i.name) } }, uniquingKeysWith: { a, _ in a })
    }

    /// A cell naming an institution: its id as code, its name as label.
    static func institution(_ id: Int64, _ names: [Int64: String]) -> ResultTable.Cell {
        .coded(code: String(id), label: names[id].map { Label($0) } ?? Label(sq: "Institucioni \(id)", en: "Institution \(id)"))
    }

    /// The year of the action plan asked for: `requested`, else this year's, else the
    /// latest; an error when there is no plan at all or none for `requested`.
    static func planYear(_ requested: Int?, database: KRATDatabase, command: String) throws(ShellError) -> Int {
        let plans = try storage(command) { () throws(StorageError) in try database.actionPlans() }
        let years = Set(plans.map(\.year))
        let listed = years.sorted().map(String.init).joined(separator: ", ")
        if let requested {
            guard years.contains(requested) else {
                throw .failed(command: command, reason: years.isEmpty
                    ? "there is no action plan in this database; add one first"
                    : "there is no action plan for \(requested); plans exist for \(listed)")
            }
            return requested
        }
        let thisYear = database.today.year
        if years.contains(thisYear) { return thisYear }
        guard let latest = years.filter({ $0 < thisYear }).max() ?? years.min() else {
            throw .failed(command: command, reason: "there is no action plan in this database; add one first")
        }
        return latest
    }

    /// The organisational records for `years`, loaded through the stores.
    static func records(_ database: KRATDatabase, years: ClosedRange<Int>, command: String) throws(ShellError)
        -> OrganisationRecords {
        try storage(command) { () throws(StorageError) in try OrganisationRecords.load(from: database, years: years) }
    }
}
