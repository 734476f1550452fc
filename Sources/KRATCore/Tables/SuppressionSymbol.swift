/// How every front end writes a count hidden to protect the people counted: `[c]`
/// ("confidential", *konfidenciale*), the mark statistical offices use (the UK's ONS
/// writes `[c]`, Eurostat flags `c`).
///
/// Not `<10`: a count is hidden either because it is below the threshold (primary
/// suppression) or only so that such a count cannot be worked out from the totals
/// (secondary suppression), and the second kind may be 160. `<10` would tell the reader
/// something false, and, worse, something true about which cells are the small ones.
public enum SuppressionSymbol {
    /// The text written in place of a hidden count.
    public static let text = "[c]"

    /// The note that explains the symbol, under any table that shows it.
    public static func note(threshold: Int?) -> Label {
        let sq = threshold.map { "numër nën \($0)" } ?? "numër i vogël"
        let en = threshold.map { "a count below \($0)" } ?? "a small count"
        return Label(
            sq: "\(text) = e fshehur për të mbrojtur personat: \(sq), ose një numër tjetër i fshehur që ai të mos gjendet me zbritje",
            en: "\(text) = hidden to protect the people counted: \(en), or another count hidden so that it cannot be found by subtraction")
    }
}
