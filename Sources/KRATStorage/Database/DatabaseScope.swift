import KRATCore

/// Whose database this is: one county's KRAT, or the National Coordinator's consolidation.
public enum DatabaseScope: Sendable, Hashable, CustomStringConvertible {
    /// A county's KRAT: full cases, personal data encrypted.
    case county(County)
    /// All twelve counties, holding only redacted cases merged from county databases.
    case national

    /// The counties whose cases the database may hold.
    public var counties: [County] {
        switch self {
        case .county(let county): [county]
        case .national: County.allCases
        }
    }

    /// `county:durres` or `national`, as stored in the file.
    public var code: String {
        switch self {
        case .county(let county): "county:\(county.code)"
        case .national: "national"
        }
    }

    /// Reads the stored code.
    init?(code: String) {
        if code == "national" { self = .national; return }
        guard code.hasPrefix("county:"), let county = County(code: String(code.dropFirst(7))) else { return nil }
        self = .county(county)
    }

    /// "Durrës County" or "National".
    public var description: String {
        switch self {
        case .county(let county): county.label.en
        case .national: "National"
        }
    }
}

/// The settings a county chooses for itself, stored in its database.
public struct CountySettings: Sendable, Hashable, Codable {
    /// Counts below this are suppressed for the public role (default 10).
    public var suppressionThreshold: Int
    /// The age bands used to publish ages.
    public var ageBands: AgeBands

    /// The defaults: threshold 10, bands 0–5, 6–11, 12–17, 18+.
    public static let standard = CountySettings(suppressionThreshold: 10, ageBands: .standard)

    /// Creates settings.
    public init(suppressionThreshold: Int, ageBands: AgeBands) {
        self.suppressionThreshold = suppressionThreshold
        self.ageBands = ageBands
    }
}
