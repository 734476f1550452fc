import GRDB
import KRATCore

/// A row of `strategy`: one national ``Strategy``.
struct StrategyRecord: OrganisationRecord {
    static let databaseTableName = "strategy"
    static var ordering: [any SQLOrderingTerm] { [Columns.firstYear, Columns.id] }

    /// The columns of `strategy`.
    enum Columns: String, ColumnExpression {
        case id, titleSq = "title_sq", titleEn = "title_en", firstYear = "first_year", lastYear = "last_year"
    }

    var value: Strategy

    init(_ value: Strategy) { self.value = value }

    init(row: Row) throws {
        value = Strategy(id: row[Columns.id], title: Label(sq: row[Columns.titleSq], en: row[Columns.titleEn]),
                         firstYear: row[Columns.firstYear], lastYear: row[Columns.lastYear])
    }

    func encode(to container: inout PersistenceContainer) {
        Self.encode([.id: value.id, .titleSq: value.title.sq, .titleEn: value.title.en, .firstYear: value.firstYear,
                     .lastYear: value.lastYear], to: &container)
    }
}
