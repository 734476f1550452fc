/// One value a chart draws: a bar, a column or a point.
public struct ChartDatum: Sendable, Hashable {
    /// The label under or beside it.
    public var label: String
    /// The value; nil when there is none or it is suppressed.
    public var value: Double?
    /// The text written at the bar's end ("12", "[c]", "45,5%").
    public var valueText: String
    /// Whether it is drawn in the accent colour (the report's year).
    public var highlighted: Bool

    /// Creates a datum.
    public init(label: String, value: Double?, valueText: String, highlighted: Bool = false) {
        self.label = label
        self.value = value
        self.valueText = valueText
        self.highlighted = highlighted
    }
}

/// A named series of values for grouped bars and line charts.
public struct ChartSeries: Sendable, Hashable {
    /// The series' name, shown in the legend.
    public var name: String
    /// Its colour, as a CSS colour (`#2f5d8a`).
    public var color: String
    /// Its values, one per category, in category order.
    public var data: [ChartDatum]

    /// Creates a series.
    public init(name: String, color: String, data: [ChartDatum]) {
        self.name = name
        self.color = color
        self.data = data
    }
}
