/// A case as a JSON object, with `"sample_data": "generated"` beside its own keys when it
/// comes from a database of generated sample data.
struct SampleMarked<Value: Encodable>: Encodable {
    /// The case.
    let value: Value

    private enum CodingKeys: String, CodingKey { case sampleData = "sample_data" }

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("generated", forKey: .sampleData)
    }
}
