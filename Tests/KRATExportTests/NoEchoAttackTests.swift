import Foundation
import KRATCore
import KRATExport
import KRATStorage
import KRATTestSupport
import Testing

/// A privacy officer's attack on the import's messages, written apart from the importer: every
/// malformed file built from rows whose personal fields hold unique markers is refused, and
/// no message, whatever is wrong, repeats a marker.
@Suite struct NoEchoAttackTests {
    static let header = "case_id,county,municipality,status,identified_on,identified_by,sex,birth_date,citizenship,exploitation,transnational,street_situation,referred_on,closed_on,first_name,last_name,personal_id,phone,address"
    static let markers = ["Qzmirafirst", "Qzlastname", "Q87654321Q", "+355 69 777 8888", "Rruga Qzstreet 9", "1999-09-19"]
    /// A good row whose personal fields are the markers.
    static let row = "KU-9,Kukës,Has,VT,2023-03-01,state_police,F,\(markers[5]),AL,sexual,true,false,,,\(markers[0]),\(markers[1]),\(markers[2]),\(markers[3]),\(markers[4])"

    let folder = TemporaryDirectory("krat-noecho")

    /// Files that are wrong in every way the import names, each holding the markers.
    static var attacks: [(String, String)] {
        [
            ("headless", row + "\n" + row.replacingOccurrences(of: "KU-9", with: "KU-10") + "\n"),
            ("headless-one-line", row),
            ("data-as-header-and-header-later", row + "\n" + header + "\n"),
            ("short-row", header + "\n" + row.split(separator: ",").dropLast(2).joined(separator: ",") + "\n"),
            ("long-row", header + "\n" + row + ",extra,\(markers[0])\n"),
            ("bad-birth-date", header + "\n" + row.replacingOccurrences(of: markers[5], with: "19-09-1999") + "\n"),
            ("bad-personal-id", header + "\n" + row.replacingOccurrences(of: markers[2], with: "Q8765x321Q") + "\n"),
            ("birth-after-identification", header + "\n" + row.replacingOccurrences(of: markers[5], with: "2024-01-01") + "\n"),
            ("unterminated-quote", header + "\n" + row.replacingOccurrences(of: markers[4], with: "\"\(markers[4])") + "\n"),
            ("duplicate-in-file", header + "\n" + row + "\n" + row + "\n"),
            ("bad-status", header + "\n" + row.replacingOccurrences(of: ",VT,", with: ",\(markers[1]),") + "\n"),
        ]
    }

    @Test func noMessageRepeatsAValueOfADataRow() throws {
        for (name, text) in Self.attacks {
            let database = try KRATDatabase.inMemory(scope: .county(.kukes), clock: TestDay.clock)
            let path = folder.write(name + ".csv", text)
            var message = ""
            do {
                try CaseCSVImporter(database: database).importFile(atPath: path)
                Issue.record("\(name): the import should have been refused")
            } catch {
                message = error.description
            }
            #expect(!message.isEmpty, "\(name)")
            for marker in Self.markers where message.contains(marker) {
                Issue.record("\(name): the message repeats \(marker.prefix(3))…: \(message.prefix(300))")
            }
            #expect(try database.countMatching(CaseQuery()) == 0, "\(name)")
        }
    }

    @Test func aHeadlessFileIsNamedAsSuch() throws {
        let database = try KRATDatabase.inMemory(scope: .county(.kukes), clock: TestDay.clock)
        let path = folder.write("headless.csv", Self.row + "\n")
        #expect {
            try CaseCSVImporter(database: database).importFile(atPath: path)
        } throws: { error in
            "\(error)".contains("\(path):1: header: the first line is not a header")
        }
    }
}
