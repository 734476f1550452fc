import GRDB
import KRATCore

extension KRATDatabase {
    /// The ids of the cases stored for a county, so an importer can report duplicates before writing.
    public func caseIDs(in county: County) throws(StorageError) -> Set<String> {
        guard role.maySeeCaseRecords else { throw .notPermitted(role: role, action: "listing individual cases", requires: .analyst) }
        return try read("listing case ids") { db in
            var ids = Set<String>()
            let cursor = try String.fetchCursor(db, sql: "SELECT case_id FROM case_record WHERE county = ?",
                                                arguments: [county.code])
            while let id = try cursor.next() { ids.insert(id) }
            return ids
        }
    }
}
