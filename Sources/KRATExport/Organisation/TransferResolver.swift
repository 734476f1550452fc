import KRATCore
import KRATStorage

/// How a file's references land in the target database: the refs that name rows already
/// there, and the rows to create (with `create-missing`) before the records are written.
struct ResolutionPlan: Sendable {
    var map = ReferenceMap()
    var institutionsToCreate: [(ref: Int64, institution: Institution)] = []
    /// Refs of the file's entries that name an institution already to be created (`sameAs`).
    var institutionAliases: [(ref: Int64, sameAs: Int64)] = []
    var committeesToCreate: [(ref: Int64, committee: Committee)] = []
    var strategiesToCreate: [(ref: Int64, strategy: Strategy)] = []
    /// The kind of every committee ref in the file (a meeting's identity uses it).
    var committeeKinds: [Int64: CommitteeKind] = [:]
}

/// Resolves a transfer file's institutions by (county, name), committees by kind and
/// strategies by years and title, collecting every problem instead of stopping at the first.
struct TransferResolver {
    let database: KRATDatabase
    let county: County
    let path: String
    let options: OrganisationTransferImporter.Options
    private(set) var problems: [String] = []

    init(database: KRATDatabase, county: County, path: String, options: OrganisationTransferImporter.Options) {
        self.database = database
        self.county = county
        self.path = path
        self.options = options
    }

    mutating func resolve<Record: TransferRecord>(_ file: OrganisationTransferFile<Record>) throws(OrganisationTransferError)
        -> ResolutionPlan {
        var plan = ResolutionPlan()
        let institutions = Dictionary(file.institutions.map { ($0.ref, $0) }, uniquingKeysWith: { first, _ in first })
        let committees = Dictionary(file.committees.map { ($0.ref, $0) }, uniquingKeysWith: { first, _ in first })
        let strategies = Dictionary(file.strategies.map { ($0.ref, $0) }, uniquingKeysWith: { first, _ in first })
        plan.committeeKinds = committees.mapValues(\.kind)
        let stored = try storage { () throws(StorageError) in
            (try database.institutions().filter { $0.county == county }, try database.committees(of: county),
             try database.strategies())
        }
        let storedByName = Dictionary(stored.0.compactMap { item in item.id.map { (NameKey.make(item.name), $0) } },
                                      uniquingKeysWith: { first, _ in first })
        var unresolved = Set<Int64>(), unresolvedCommittees = Set<Int64>(), unresolvedStrategies = Set<Int64>()
        var toCreate: [String: Int64] = [:]
        for (index, entry) in file.institutions.enumerated() {
            if let id = storedByName[NameKey.make(entry.name)] {
                plan.map.institutions[entry.ref] = id
            } else if let first = toCreate[NameKey.make(entry.name)] {
                plan.institutionAliases.append((entry.ref, first))
            } else if options.createMissing {
                toCreate[NameKey.make(entry.name)] = entry.ref
                if let code = entry.municipalityCode, Municipality.withCode(code)?.county != county {
                    problems.append("\(path): institutions[\(index)]: municipality_code: \"\(code)\" is not a municipality of "
                        + "\(county.name); add \"\(entry.name)\" to this database by hand, or remove the code from the file")
                }
                plan.institutionsToCreate.append((entry.ref, Institution(name: entry.name, kind: entry.kind, county: county,
                    municipalityCode: entry.municipalityCode, services: Set(entry.services))))
            } else {
                unresolved.insert(entry.ref)
            }
        }
        for entry in file.committees {
            if let id = stored.1.first(where: { $0.kind == entry.kind })?.id {
                plan.map.committees[entry.ref] = id
            } else if options.createMissing {
                plan.committeesToCreate.append((entry.ref, Committee(county: county, kind: entry.kind,
                    name: entry.name.replacingOccurrences(of: file.sourceCounty.name, with: county.name))))
            } else {
                unresolvedCommittees.insert(entry.ref)
            }
        }
        for entry in file.strategies {
            let titles = [NameKey.make(entry.title.sq), NameKey.make(entry.title.en)]
            if let id = stored.2.first(where: { $0.firstYear == entry.firstYear && $0.lastYear == entry.lastYear
                && (titles.contains(NameKey.make($0.title.sq)) || titles.contains(NameKey.make($0.title.en))) })?.id {
                plan.map.strategies[entry.ref] = id
            } else if options.createMissing {
                plan.strategiesToCreate.append((entry.ref, Strategy(title: entry.title, firstYear: entry.firstYear,
                                                                    lastYear: entry.lastYear)))
            } else {
                unresolvedStrategies.insert(entry.ref)
            }
        }
        for (index, record) in file.records.enumerated() {
            for reference in record.references {
                let at = "\(path): [\(index)]: \(reference.field): "
                switch reference.target {
                case .institution:
                    if let entry = institutions[reference.ref] {
                        if unresolved.contains(reference.ref) {
                            problems.append(at + "no institution named \"\(entry.name)\" in this database; "
                                + "add it or import with create-missing")
                        }
                    } else {
                        problems.append(at + notListed(reference.ref, "institutions"))
                    }
                case .committee:
                    if let entry = committees[reference.ref] {
                        if unresolvedCommittees.contains(reference.ref) {
                            problems.append(at + "no committee of kind \"\(entry.kind.code)\" in this database; "
                                + "add it or import with create-missing")
                        }
                    } else {
                        problems.append(at + notListed(reference.ref, "committees"))
                    }
                case .strategy:
                    if let entry = strategies[reference.ref] {
                        if unresolvedStrategies.contains(reference.ref) {
                            problems.append(at + "no strategy \"\(entry.title.en)\" (\(entry.firstYear)–\(entry.lastYear)) "
                                + "in this database; add it or import with create-missing")
                        }
                    } else {
                        problems.append(at + notListed(reference.ref, "strategies"))
                    }
                }
            }
        }
        return plan
    }

    private func notListed(_ ref: Int64, _ table: String) -> String {
        "\(ref) is not the ref of an entry in the file's \(table); the file was damaged or edited, export it again"
    }

    private func storage<T>(_ body: () throws(StorageError) -> T) throws(OrganisationTransferError) -> T {
        do { return try body() } catch { throw .storage(file: path, error) }
    }
}
