import KRATCore

/// Which cases to list, in what order, which page.
public struct CaseQuery: Sendable, Hashable {
    /// The order of a listing.
    public enum Order: String, Sendable, Hashable, CaseIterable {
        /// Most recently identified first.
        case newestFirst = "newest"
        /// Earliest identified first.
        case oldestFirst = "oldest"
        /// By case id.
        case caseID = "id"
    }

    /// Only cases identified in this period.
    public var period: Period?
    /// Only cases matching this filter.
    public var filter: CaseFilter
    /// The order.
    public var order: Order
    /// At most this many cases.
    public var limit: Int
    /// Skip this many first.
    public var offset: Int

    /// Creates a query; by default the 20 most recent cases.
    public init(period: Period? = nil, filter: CaseFilter = CaseFilter(), order: Order = .newestFirst,
                limit: Int = 20, offset: Int = 0) {
        self.period = period
        self.filter = filter
        self.order = order
        self.limit = limit
        self.offset = offset
    }
}
