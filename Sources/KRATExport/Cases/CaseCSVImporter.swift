import Foundation
import KRATCore
import KRATStorage

/// Imports cases from a CSV file in the ``CaseCSVColumn`` format, in two streaming passes.
///
/// The first pass reads and checks every record (the CSV itself, each value, the case's
/// validation, ids repeated in the file or already stored) and collects every problem as
/// `FILE:LINE: field: what is wrong, and what is expected`. The second pass reads the file
/// again and hands the good cases to ``KRATDatabase/importCases(_:expectedCount:onDuplicate:asOf:purpose:progress:)``,
/// one transaction. Neither pass holds the file in memory; only the case ids are kept.
///
/// By default nothing is written when any row is bad. With ``Options/skipBadRows`` the good
/// rows go in and the bad ones are written to `FILE.rejects.csv` beside the input, with the
/// header and an `error` column. **The rejects file holds the personal data of those rows**:
/// it is created with mode 0600 (owner only); delete it once the rows are corrected.
public struct CaseCSVImporter: Sendable {
    /// How an import behaves.
    public struct Options: Sendable, Hashable {
        /// What to do with a case id already stored: report it as a problem (`fail`, the
        /// default), replace the stored case (`update`), or leave the row out (`skip`).
        public var duplicates: DuplicatePolicy
        /// Whether the good rows go in when some are bad (the bad ones go to the rejects file).
        public var skipBadRows: Bool
        /// The latest date allowed in the file; nil for the database's today.
        public var asOf: Day?
        /// Why the data is imported, for the audit log.
        public var purpose: String
        /// At most this many problems are kept in reports (all are counted).
        public var problemLimit: Int

        /// Creates options.
        public init(duplicates: DuplicatePolicy = .fail, skipBadRows: Bool = false, asOf: Day? = nil,
                    purpose: String = "CSV import", problemLimit: Int = 10_000) {
            self.duplicates = duplicates
            self.skipBadRows = skipBadRows
            self.asOf = asOf
            self.purpose = purpose
            self.problemLimit = problemLimit
        }
    }

    /// The database the cases go into (opened as case worker).
    public let database: KRATDatabase
    /// How the import behaves.
    public var options: Options

    /// Creates an importer.
    public init(database: KRATDatabase, options: Options = Options()) {
        self.database = database
        self.options = options
    }

    /// The rejects file of an input: `FILE.rejects.csv`.
    public static func rejectsPath(for path: String) -> String { path + ".rejects.csv" }

    /// Imports a file. Throws ``CaseImportError/rejected(problems:total:)`` (and writes nothing)
    /// when any row is bad and ``Options/skipBadRows`` is off.
    @discardableResult
    /// `progress` is told (cases written, cases to write) as the second pass goes, for a progress bar.
    public func importFile(atPath path: String,
                           progress: ((Int, Int?) -> Void)? = nil) throws(CaseImportError) -> CaseImportReport {
        guard database.role.mayReadPersonalData else {
            throw .storage(.notPermitted(role: database.role, action: "importing cases"))
        }
        let check = try validate(path)
        var report = check.report
        if report.problemCount > 0, !options.skipBadRows {
            throw .rejected(problems: report.problems, total: report.problemCount)
        }
        let good = report.rowsRead - report.rejectedRows
        guard good > 0, let parser = check.parser else { return report }
        let cases = GoodCases(path: path, parser: parser, badLines: check.badLines)
        do {
            report.summary = try database.importCases(cases, expectedCount: good, onDuplicate: options.duplicates,
                                                      asOf: options.asOf ?? database.today, purpose: options.purpose, progress: progress)
        } catch {
            if let failure = cases.failure.value { throw .input(failure) }
            throw .storage(error)
        }
        return report
    }

    // MARK: - First pass

    private struct Check {
        var report = CaseImportReport()
        var parser: CaseCSVRowParser?
        var badLines = Set<Int>()
    }

    private func validate(_ path: String) throws(CaseImportError) -> Check {
        var check = Check()
        let reader: CSVReader
        do { reader = try CSVReader(path: path) } catch { throw .input(error) }
        func record(_ problems: [CaseImportProblem]) {
            check.report.problemCount += problems.count
            let room = max(0, options.problemLimit - check.report.problems.count)
            check.report.problems += problems.prefix(room)
        }
        let first: CSVRecord?
        do { first = try reader.nextRecord() } catch { throw .input(error) }
        guard let first else {
            record([CaseImportProblem(file: path, line: 1, field: "header", message: "the file is empty; expected a header line with the columns "
                + CaseCSVColumn.header.joined(separator: ", ") + ", then one line per case")])
            return check
        }
        let (header, headerProblems) = CaseCSVHeader.read(first, file: path)
        guard let header else { record(headerProblems); return check }
        if header.marksSampleData, !database.holdsSampleData {
            record([CaseImportProblem(file: path, line: 1, field: CaseCSVHeader.sampleDataColumn,
                message: "the file holds generated sample cases (it was exported from a sample database), and this database "
                    + "holds a county's real records; import it into a database created for sample data")])
            return check
        }
        let parser = CaseCSVRowParser(header: header, file: path, counties: database.scope.counties, asOf: options.asOf ?? database.today)
        check.parser = parser
        var stored: [County: Set<String>] = [:]
        for county in database.scope.counties {
            do { stored[county] = try database.caseIDs(in: county) } catch { throw .storage(error) }
        }
        var seen: [String: Int] = [:]
        var rejects: CSVWriter?
        while true {
            let next: CSVRecord?
            do { next = try reader.nextRecord() } catch { throw .input(error) }
            guard let row = next else { break }
            check.report.rowsRead += 1
            var problems: [CaseImportProblem] = []
            switch parser.parse(row) {
            case .failure(let failure):
                problems = failure.problems
            case .success(let item):
                let key = "\(item.county.code)/\(item.id)"
                if let earlier = seen[key] {
                    problems.append(CaseImportProblem(file: path, line: row.line, field: "case_id",
                        message: "\(item.id) appears again (first on line \(earlier)); expected each case once in a file"))
                } else {
                    seen[key] = row.line
                    if options.duplicates == .fail, stored[item.county]?.contains(item.id) == true {
                        problems.append(CaseImportProblem(file: path, line: row.line, field: "case_id",
                            message: "\(item.id) is already in the database; " + CaseImportProblem.duplicateAdvice))
                    }
                }
            }
            guard !problems.isEmpty else { continue }
            record(problems)
            check.badLines.insert(row.line)
            check.report.rejectedRows += 1
            guard options.skipBadRows else { continue }
            do {
                if rejects == nil {
                    let rejectsPath = Self.rejectsPath(for: path)
                    let writer = try CSVWriter.create(atPath: rejectsPath, permissions: 0o600)
                    try writer.writeRow(header.names + ["error"])
                    rejects = writer
                    check.report.rejectsPath = rejectsPath
                }
                // Unguarded first: the writer guards them again, so a guarded field is not guarded twice.
                try rejects?.writeRow(row.fields.map(CSVFormulaGuard.unguarded)
                    + [problems.map { "\($0.field): \($0.message)" }.joined(separator: " | ")])
            } catch { throw .rejectsFile(error) }
        }
        do { try rejects?.close() } catch { throw .rejectsFile(error) }
        if check.report.rowsRead == 0 {
            record([CaseImportProblem(file: path, line: first.line + 1, field: "record",
                message: "no case follows the header; expected one line per case after it")])
        }
        return check
    }
}
