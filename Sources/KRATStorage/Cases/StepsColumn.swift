import KRATCore

/// A case's SOP steps as one JSON column of `case_record`, in order:
/// `[{"kind":"referral","day":19724,"provider":3}, …]` (`day` is the day ordinal used by every
/// date column; `provider` is left out when unknown).
///
/// One column instead of a row per step makes a case one row to write, which is what lets a
/// bulk import keep up with encryption; SQL still sees one row per step through the analyst
/// view `case_steps` (`json_each`). The text is written and read here only, so its shape is
/// fixed: anything else is reported as a corrupt case.
enum StepsColumn {
    /// The column's text for `steps`.
    static func encode(_ steps: [SOPStep]) -> String {
        guard !steps.isEmpty else { return "[]" }
        var text = "["
        text.reserveCapacity(steps.count * 44)
        for (index, step) in steps.enumerated() {
            if index > 0 { text += "," }
            text += "{\"kind\":\"" + step.kind.code + "\",\"day\":" + String(step.date.ordinal)
            if let provider = step.providerID { text += ",\"provider\":" + String(provider) }
            text += "}"
        }
        text += "]"
        return text
    }

    /// The steps stored in a column's text, or nil when the text is not what ``encode(_:)`` writes.
    static func decode(_ text: String) -> [SOPStep]? {
        var reader = Reader(bytes: Array(text.utf8))
        return reader.steps()
    }

    /// Reads the fixed shape byte by byte (a JSON decoder would cost more than the whole row).
    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        mutating func steps() -> [SOPStep]? {
            guard take("[") else { return nil }
            var steps: [SOPStep] = []
            if take("]") { return index == bytes.count ? steps : nil }
            repeat {
                guard let step = step() else { return nil }
                steps.append(step)
            } while take(",")
            guard take("]"), index == bytes.count else { return nil }
            return steps
        }

        private mutating func step() -> SOPStep? {
            guard take("{\"kind\":\""), let end = bytes[index...].firstIndex(of: UInt8(ascii: "\"")),
                  let kind = SOPStepKind(code: String(decoding: bytes[index..<end], as: UTF8.self)) else { return nil }
            index = end + 1
            guard take(",\"day\":"), let day = integer(), let ordinal = Int32(exactly: day) else { return nil }
            var provider: Int64?
            if take(",\"provider\":") {
                guard let value = integer() else { return nil }
                provider = value
            }
            guard take("}") else { return nil }
            return SOPStep(kind, on: Day(ordinal: ordinal), providerID: provider)
        }

        private mutating func integer() -> Int64? {
            var negative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { negative = true; index += 1 }
            let start = index
            var value: Int64 = 0
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
                let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflowSum) = times.addingReportingOverflow(Int64(bytes[index] - 0x30))
                guard !overflowTimes, !overflowSum else { return nil }
                value = sum
                index += 1
            }
            guard index > start else { return nil }
            return negative ? -value : value
        }

        private mutating func take(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            let matches = literal.withUTF8Buffer { expected in
                expected.indices.allSatisfy { bytes[index + $0] == expected[$0] }
            }
            if matches { index += count }
            return matches
        }
    }
}
