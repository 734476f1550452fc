import Foundation

/// How an indicator's measurements make up its value.
public enum IndicatorAccumulation: String, Coded {
    /// Measurements add up: each reports what happened in its period (people trained in Q1, Q2…).
    case cumulative = "cumulative"
    /// The latest measurement is the value (a rate, a count of open cases).
    case level = "level"

    /// The label shown to people.
    public var label: Label {
        switch self {
        case .cumulative: Label(sq: "Kumulativ", en: "Cumulative")
        case .level: Label(sq: "Nivel", en: "Level")
        }
    }
}
