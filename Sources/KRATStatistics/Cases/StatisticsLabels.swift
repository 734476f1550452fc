import KRATCore

/// The fixed labels of statistics tables, in Albanian and English.
enum StatisticsLabels {
    /// The label of a total row or column.
    static let total = Label(sq: "Gjithsej", en: "Total")
    /// The code of a total row.
    static let totalCode = "total"
    /// The label of an unknown value ("" code).
    static let unknown = Label(sq: "E panjohur", en: "Unknown")
    /// The count column.
    static let count = Label(sq: "Numri", en: "Count")
    /// The period column.
    static let period = Label(sq: "Periudha", en: "Period")

    /// The note for multi-valued dimensions.
    static let multiValuedNote = Label(
        sq: "Një rast me dy lloje shfrytëzimi numërohet nën secilin; shumat e rreshtave e kalojnë numrin e rasteve.",
        en: "A case with two exploitation types counts under each; the counts add up to more than the cases.")

    /// The note for suppressed counts.
    static func suppressionNote(threshold: Int) -> Label {
        Label(sq: "Numrat nën \(threshold) fshihen (\(SuppressionSymbol.text)) për të mbrojtur personat, si dhe numra të tjerë që do t'i zbulonin me zbritje.",
              en: "Counts under \(threshold) are hidden (\(SuppressionSymbol.text)) to protect people, with other counts that would reveal them by subtraction.")
    }

    /// A total cell for a dimension column.
    static var totalCell: ResultTable.Cell { .coded(code: totalCode, label: total) }
}
