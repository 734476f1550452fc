import KRATCore
import KRATStorage

/// Where `tasks` finds what is due: the case process, the awareness calendar, decisions, the plan.
///
/// A source lists its tasks in full (subject and day) for the roles that do that work; other
/// roles that may read see only how many are due and overdue, by area, step and institution,
/// never a record or a day (a deadline's day could give an identification day away).
public protocol TaskSource: Sendable {
    /// The roles that see this source's tasks one by one.
    var itemRoles: Set<Role> { get }
    /// Every task of the source open on `day`, due or not yet due.
    func tasks(on day: Day, in database: KRATDatabase) throws(StorageError) -> [DueTask]
}
