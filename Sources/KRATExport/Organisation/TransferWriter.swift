import KRATCore
import KRATStorage

/// What the import does with one record of the file.
enum RecordAction: Sendable, Hashable {
    /// Store it as new rows.
    case insert
    /// Store it in place of the stored record with this id (`update`).
    case replace(Int64)
    /// Leave the stored record with the same identity as it is.
    case keep
}

/// Finds the records already present and writes an import in one transaction.
struct TransferWriter {
    let database: KRATDatabase
    let county: County
    let path: String
    let options: OrganisationTransferImporter.Options

    /// The action for every record, in file order; duplicates within the file are problems.
    func targets<Record: TransferRecord>(_ file: OrganisationTransferFile<Record>, plan: ResolutionPlan,
                                         problems: inout [String]) throws(OrganisationTransferError) -> [RecordAction] {
        let stored: [String: [Int64]]
        do { stored = try Record.stored(in: database, county: county, like: file.records) } catch {
            throw .storage(file: path, error)
        }
        var first: [String: Int] = [:]
        var occurrences: [String: Int] = [:]
        var actions: [RecordAction] = []
        for (index, record) in file.records.enumerated() {
            let identity = record.identity(committeeKinds: plan.committeeKinds)
            let repeatIndex = occurrences[identity, default: 0]
            occurrences[identity] = repeatIndex + 1
            if let field = Record.uniqueIdentityField, let earlier = first[identity] {
                problems.append("\(path): [\(index)]: \(field): the file already holds the "
                    + "\(record.identityDescription) at [\(earlier)]; keep one of them")
            }
            first[identity] = first[identity] ?? index
            if let ids = stored[identity], repeatIndex < ids.count {
                actions.append(options.update ? .replace(ids[repeatIndex]) : .keep)
            } else {
                actions.append(.insert)
            }
        }
        return actions
    }

    /// Creates what is missing, then stores the records, all in one transaction.
    func write<Record: TransferRecord>(_ file: OrganisationTransferFile<Record>, plan: ResolutionPlan,
                                       targets: [RecordAction]) throws(OrganisationTransferError) -> OrganisationImportReport {
        var report = OrganisationImportReport(kind: Record.transferKind, recordsRead: file.records.count)
        do {
            report = try database.transaction("importing \(path)") {
                var map = plan.map
                var done = report
                for (ref, institution) in plan.institutionsToCreate {
                    map.institutions[ref] = try created(try database.insert(institution).id, "institution")
                    done.createdInstitutions.append(institution.name)
                }
                for (ref, sameAs) in plan.institutionAliases { map.institutions[ref] = map.institutions[sameAs] }
                for (ref, committee) in plan.committeesToCreate {
                    map.committees[ref] = try created(try database.insert(committee).id, "committee")
                    done.createdCommittees.append(committee.name)
                }
                for (ref, strategy) in plan.strategiesToCreate {
                    map.strategies[ref] = try created(try database.insert(strategy).id, "strategy")
                    done.createdStrategies.append(strategy.title.en)
                }
                for (index, record) in file.records.enumerated() {
                    let row = record.resolved(map, county: county)
                    switch targets[index] {
                    case .insert:
                        try row.store(in: database, replacing: nil)
                        done.inserted += 1
                    case .replace(let id):
                        try row.store(in: database, replacing: id)
                        done.replaced += 1
                    case .keep:
                        done.alreadyPresent.append("\(path): [\(index)]: already present (\(record.identityDescription)); "
                            + "left as it was; import with update to replace it")
                    }
                }
                return done
            }
        } catch {
            throw .storage(file: path, error)
        }
        return report
    }

    private func created(_ id: Int64?, _ what: String) throws(StorageError) -> Int64 {
        guard let id else { throw .corrupt(what: "the new \(what) has no id after storing") }
        return id
    }
}
