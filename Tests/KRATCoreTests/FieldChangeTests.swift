import KRATCore
import Testing

/// The history's list of changes: flattened paths, old and new values, personal names only.
@Suite struct FieldChangeTests {
    struct Sample: Encodable {
        var name: String
        var count: Int
        var flag: Bool
        var tags: [String]
        var personal: Inner?
        struct Inner: Encodable { var phone: String? }
    }

    @Test func changedFieldsAreListedWithTheirPathsAndValues() {
        let before = Sample(name: "a", count: 1, flag: false, tags: ["x"], personal: .init(phone: "069 111"))
        let after = Sample(name: "b", count: 1, flag: true, tags: ["x", "y"], personal: .init(phone: "069 222"))
        let changes = FieldChange.between(before, after, personal: ["personal"])
        #expect(changes == [
            FieldChange(field: "flag", old: "false", new: "true"),
            FieldChange(field: "name", old: "a", new: "b"),
            FieldChange(field: "personal.phone", old: nil, new: nil, isPersonal: true),
            FieldChange(field: "tags[1]", old: nil, new: "y"),
        ])
        #expect(FieldChange.between(before, before).isEmpty)
    }

    @Test func aPersonalValueIsNeverKeptEvenWhenGiven() {
        let change = FieldChange(field: "personal.phone", old: "069 111", new: "069 222", isPersonal: true)
        #expect(change.old == nil && change.new == nil)
    }
}
