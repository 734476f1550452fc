import Foundation

/// Whether an indicator improves by going up or by going down.
public enum IndicatorDirection: String, Coded {
    /// More is better (people trained, victims assisted).
    case higherIsBetter = "higher_is_better"
    /// Less is better (children in street situations).
    case lowerIsBetter = "lower_is_better"

    /// The label shown to people.
    public var label: Label {
        switch self {
        case .higherIsBetter: Label(sq: "Sa më i lartë, aq më mirë", en: "Higher is better")
        case .lowerIsBetter: Label(sq: "Sa më i ulët, aq më mirë", en: "Lower is better")
        }
    }
}
