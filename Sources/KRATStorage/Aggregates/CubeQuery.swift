import KRATCore

/// A filter and a grouping, compiled against one ``CellBlock``'s dictionaries into lookup
/// tables, then run over a range of its cells. This is the one place where the meaning of
/// every filter and dimension over stored values is written.
struct CubeQuery {
    let filter: CaseFilter
    let dimensions: [CaseDimension]
    let bands: AgeBands

    // Cube column positions (CaseSchema.dimensionColumns order).
    static let county = 0, municipality = 1, status = 2, sex = 3, ageBand = 4, identifiedBy = 5,
               citizenship = 6, street = 7, transnational = 8, exploitation = 9

    static func column(of dimension: CaseDimension) -> Int {
        switch dimension {
        case .county: county
        case .municipality: municipality
        case .status: status
        case .sex: sex
        case .ageBand, .child: ageBand
        case .identifiedBy: identifiedBy
        case .citizenship: citizenship
        case .streetSituation: street
        case .transnational: transnational
        case .exploitation: exploitation
        }
    }

    // MARK: - Meaning of stored values

    /// Whether a stored raw value passes the filter's condition on a column.
    func allows(column: Int, raw: String) -> Bool {
        func inSet(_ set: Set<String>?) -> Bool { set?.contains(raw) ?? true }
        switch column {
        case Self.county: return inSet(filter.counties.map { Set($0.map(\.code)) })
        case Self.municipality: return inSet(filter.municipalities)
        case Self.status: return inSet(filter.statuses.map { Set($0.map(\.code)) })
        case Self.sex: return inSet(filter.sexes.map { Set($0.map(\.code)) })
        case Self.ageBand:
            if let wanted = filter.ageBands, !wanted.contains(raw) { return false }
            if let child = filter.child { return bands.band(code: raw)?.isChildren == child }
            return true
        case Self.identifiedBy: return inSet(filter.identifiedBy.map { Set($0.map(\.code)) })
        case Self.citizenship: return inSet(filter.citizenships.map { Set($0.map(\.code)) })
        case Self.street: return filter.streetSituation.map { raw == ($0 ? "1" : "0") } ?? true
        case Self.transnational: return filter.transnational.map { raw == ($0 ? "1" : "0") } ?? true
        case Self.exploitation:
            guard let wanted = filter.exploitation else { return true }
            return (Int(raw) ?? 0) & ExploitationCodes.mask(wanted) != 0
        default: return true
        }
    }

    /// Whether the filter sets any condition on a column.
    func constrains(column: Int) -> Bool {
        switch column {
        case Self.county: filter.counties != nil
        case Self.municipality: filter.municipalities != nil
        case Self.status: filter.statuses != nil
        case Self.sex: filter.sexes != nil
        case Self.ageBand: filter.ageBands != nil || filter.child != nil
        case Self.identifiedBy: filter.identifiedBy != nil
        case Self.citizenship: filter.citizenships != nil
        case Self.street: filter.streetSituation != nil
        case Self.transnational: filter.transnational != nil
        case Self.exploitation: filter.exploitation != nil
        default: false
        }
    }

    /// The codes a stored raw value counts under for a dimension (several for exploitation).
    func codes(of dimension: CaseDimension, raw: String) -> [String] {
        switch dimension {
        case .streetSituation, .transnational:
            return [raw == "1" ? "true" : raw == "0" ? "false" : ""]
        case .child:
            return [bands.band(code: raw).map { $0.isChildren ? "true" : "false" } ?? ""]
        case .exploitation:
            let types = ExploitationCodes.types(in: Int(raw) ?? 0)
            return types.isEmpty ? [""] : types.map(\.code)
        default:
            return [raw]
        }
    }

    // MARK: - Running

    /// Adds the counts of `block`'s cells in `range` to `result`.
    func accumulate(_ block: CellBlock, range requested: Range<Int>, into result: inout CaseCounts) {
        let range = requested.clamped(to: 0..<block.count)
        guard !range.isEmpty else { return }
        let cells = block.count
        // Filters: per constrained column, a table of allowed dictionary indices.
        var filterColumns: [Int] = []
        var allowed: [[Bool]] = []
        for column in 0..<CellBlock.columnCount where constrains(column: column) {
            filterColumns.append(column * cells)
            allowed.append(block.dictionaries[column].map { allows(column: column, raw: $0) })
        }
        // Groups: per dimension, dictionary index -> output value indices.
        var outCodes: [[String]] = []
        var maps: [[[Int]]] = []
        for dimension in dimensions {
            var codeIndex: [String: Int] = [:]
            var codes: [String] = []
            maps.append(block.dictionaries[Self.column(of: dimension)].map { raw in
                self.codes(of: dimension, raw: raw).map { code in
                    if let index = codeIndex[code] { return index }
                    codes.append(code)
                    codeIndex[code] = codes.count - 1
                    return codes.count - 1
                }
            })
            outCodes.append(codes)
        }
        var strides: [Int] = []
        var size = 1
        for codes in outCodes { strides.append(size); size *= max(codes.count, 1) }
        let multi = dimensions.firstIndex(where: \.isMultiValued)
        let groupColumns = dimensions.map { Self.column(of: $0) * cells }
        let singleMaps: [[Int]] = maps.map { $0.map { $0.first ?? 0 } }

        var dense = [Int](repeating: 0, count: size)
        var total = 0
        block.values.withUnsafeBufferPointer { values in
            block.counts.withUnsafeBufferPointer { counts in
                cell: for i in range {
                    for (f, offset) in filterColumns.enumerated() where !allowed[f][Int(values[offset + i])] {
                        continue cell
                    }
                    let n = Int(counts[i])
                    total += n
                    var key = 0
                    for g in groupColumns.indices where g != multi {
                        key += singleMaps[g][Int(values[groupColumns[g] + i])] * strides[g]
                    }
                    if let m = multi {
                        for value in maps[m][Int(values[groupColumns[m] + i])] { dense[key + value * strides[m]] += n }
                    } else {
                        dense[key] += n
                    }
                }
            }
        }
        result.addTotal(total)
        for (key, n) in dense.enumerated() where n > 0 {
            result.add(key: dimensions.indices.map { outCodes[$0][(key / strides[$0]) % outCodes[$0].count] }, count: n)
        }
    }
}
