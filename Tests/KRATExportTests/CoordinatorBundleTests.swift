import Foundation
import KRATTestSupport
import KRATCore
import KRATExport
import KRATSampleData
import KRATStorage
import Testing

/// Runs a tool and returns its standard output; fails the test on a non-zero exit.
@discardableResult
func run(_ tool: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(tool) \(arguments) failed")
    return String(decoding: data, as: UTF8.self)
}

/// The SHA-256 of a file, by `sha256sum` (independent of the code under test).
func sha256sum(_ path: String) throws -> String {
    String(try run("sha256sum", [path]).prefix(64))
}

/// A generated county calendar whose photos exist in a temporary folder with the bytes
/// their references record.
struct BundleFixture {
    static let asOf = Day(year: 2023, month: 11, day: 15) ?? Day(ordinal: 0)
    static let october = Period.month(10, of: 2023)
    let directory: String
    let photos: String
    let database: KRATDatabase
    let activities: [AwarenessActivity]

    init() throws {
        directory = NSTemporaryDirectory() + "krat-bundle-\(UUID().uuidString)"
        photos = directory + "/photos"
        try FileManager.default.createDirectory(atPath: photos, withIntermediateDirectories: true)
        database = try KRATDatabase.inMemory(scope: .county(.kukes), sampleData: true)
        try OrganisationGenerator(county: .kukes, years: 2022...2023, asOf: Self.asOf, seed: 7).fill(database)
        for var activity in try database.awarenessActivities(in: Self.october) {
            guard var report = activity.report else { continue }
            for index in report.photos.indices {
                let name = report.photos[index].fileName
                // 700 bytes of text and binary, so the tar padding is exercised.
                let bytes = Data("photo \(name)\n".utf8) + Data((0..<700).map { UInt8(($0 * 7 + name.count) % 256) })
                let path = photos + "/" + name
                try bytes.write(to: URL(fileURLWithPath: path))
                report.photos[index].sha256 = try sha256sum(path)
            }
            activity.report = report
            try database.update(activity)
        }
        activities = try database.awarenessActivities(in: Self.october)
    }
}

/// One entry of a tar archive as read by the test's own parser.
struct TarEntry {
    var path: String
    var type: UInt8
    var contents: Data
}

/// Reads a ustar archive independently of the writer: checks each header's checksum and magic.
func readTar(_ data: Data) throws -> [TarEntry] {
    let bytes = [UInt8](data)
    var entries: [TarEntry] = []
    var offset = 0
    #expect(bytes.count % 512 == 0)
    while offset + 512 <= bytes.count {
        let header = Array(bytes[offset..<offset + 512])
        if header.allSatisfy({ $0 == 0 }) { break }
        func field(_ start: Int, _ length: Int) -> String {
            String(decoding: header[start..<start + length].prefix { $0 != 0 }, as: UTF8.self)
        }
        let recorded = Int(field(148, 8).trimmingCharacters(in: .whitespaces), radix: 8)
        let computed = header.enumerated().reduce(0) { sum, item in sum + ((148..<156).contains(item.offset) ? 32 : Int(item.element)) }
        #expect(recorded == computed, "bad checksum at \(offset)")
        #expect(field(257, 6) == "ustar")
        let size = try #require(Int(field(124, 12), radix: 8))
        let prefix = field(345, 155)
        let path = prefix.isEmpty ? field(0, 100) : prefix + "/" + field(0, 100)
        let start = offset + 512
        entries.append(TarEntry(path: path, type: header[156], contents: Data(bytes[start..<start + size])))
        offset = start + (size + 511) / 512 * 512
    }
    return entries
}

@Suite("National Coordinator bundle")
struct CoordinatorBundleTests {
    @Test("the archive holds bundle.json and every photo, each with its SHA-256")
    func archiveRoundTrip() throws {
        let fixture = try BundleFixture()
        let withPhotos = fixture.activities.filter { !($0.report?.photos.isEmpty ?? true) }
        #expect(withPhotos.count >= 3)
        let bundle = try CoordinatorBundle(database: fixture.database, period: BundleFixture.october,
                                           generatedOn: BundleFixture.asOf)
        let archive = fixture.directory + "/bundle.tar"
        try bundle.write(to: archive, photosDirectory: fixture.photos)
        #expect(!FileManager.default.fileExists(atPath: archive + ".partial"))

        // tar itself reads it.
        let listed = try run("tar", ["-tf", archive]).split(separator: "\n").map(String.init)
        let entries = try readTar(try Data(contentsOf: URL(fileURLWithPath: archive)))
        #expect(listed == entries.map(\.path))
        let out = fixture.directory + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try run("tar", ["-xf", archive, "-C", out])
        let root = out + "/krat-kukes-2023-10"

        let json = try Data(contentsOf: URL(fileURLWithPath: root + "/bundle.json"))
        #expect(entries.first { $0.path.hasSuffix("bundle.json") }?.contents == json)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect((object["county"] as? [String: Any])?["code"] as? String == "kukes")
        #expect((object["period"] as? [String: Any])?["from"] as? String == "2023-10-01")
        #expect((object["period"] as? [String: Any])?["to"] as? String == "2023-10-31")
        #expect(object["generated_on"] as? String == "2023-11-15")
        #expect((object["missing_photos"] as? [Any])?.isEmpty == true)
        let activities = try #require(object["activities"] as? [[String: Any]])
        #expect(activities.count == fixture.activities.count)
        var photoCount = 0
        for (entry, activity) in zip(activities, fixture.activities) {
            #expect(entry["date"] as? String == activity.date.description)
            #expect(entry["theme"] as? String == activity.theme)
            guard let stored = activity.report, let report = entry["report"] as? [String: Any] else {
                #expect(activity.report == nil && entry["report"] == nil)
                continue
            }
            #expect(report["purpose"] as? String == stored.purpose)
            #expect(report["total_participants"] as? Int == stored.totalParticipants)
            let groups = (report["participants"] as? [[String: Any]])?.compactMap { $0["group"] as? String }
            #expect(groups == stored.participants.map(\.group.code))
            for photo in try #require(report["photos"] as? [[String: Any]]) {
                let path = try #require(photo["path"] as? String)
                #expect(try sha256sum(root + "/" + path) == photo["sha256"] as? String)
                #expect(stored.photos.contains { $0.sha256 == photo["sha256"] as? String })
                photoCount += 1
            }
        }
        #expect(photoCount == fixture.activities.reduce(0) { $0 + ($1.report?.photos.count ?? 0) })
        #expect(String(decoding: json, as: UTF8.self).contains("\"format_version\" : 1"))
    }

    @Test("a tampered photo stops the bundle with an error naming the file and the activity")
    func tamperedPhoto() throws {
        let fixture = try BundleFixture()
        let activity = try #require(fixture.activities.first { !($0.report?.photos.isEmpty ?? true) })
        let photo = try #require(activity.report?.photos.first)
        try Data("not the photo".utf8).write(to: URL(fileURLWithPath: fixture.photos + "/" + photo.fileName))
        let bundle = try CoordinatorBundle(database: fixture.database, period: BundleFixture.october,
                                           generatedOn: BundleFixture.asOf)
        let archive = fixture.directory + "/tampered.tar"
        let error = try #require(throws: BundleError.self) {
            try bundle.write(to: archive, photosDirectory: fixture.photos)
        }
        guard case .checksumMismatch(let file, let described, let expected, _) = error else {
            Issue.record("expected a checksum mismatch, got \(error)")
            return
        }
        #expect(file == photo.fileName && expected == photo.sha256)
        #expect(described.contains("activity \(activity.id ?? -1)"))
        #expect(error.description.contains(photo.fileName) && error.description.contains("restore the original"))
        #expect(!FileManager.default.fileExists(atPath: archive))
        #expect(!FileManager.default.fileExists(atPath: archive + ".partial"))
    }

    @Test("with listMissing, a missing photo is listed in the JSON and left out")
    func missingPhotoListed() throws {
        let fixture = try BundleFixture()
        let activity = try #require(fixture.activities.first { !($0.report?.photos.isEmpty ?? true) })
        let photo = try #require(activity.report?.photos.first)
        try FileManager.default.removeItem(atPath: fixture.photos + "/" + photo.fileName)
        let bundle = try CoordinatorBundle(database: fixture.database, period: BundleFixture.october,
                                           generatedOn: BundleFixture.asOf)
        #expect(throws: BundleError.photoMissing(file: photo.fileName, activity: "activity \(activity.id ?? -1) '\(activity.title)' of \(activity.date)",
                                                  directory: fixture.photos)) {
            try bundle.write(to: fixture.directory + "/fails.tar", photosDirectory: fixture.photos)
        }
        let archive = fixture.directory + "/listed.tar"
        let manifest = try bundle.write(to: archive, photosDirectory: fixture.photos, policy: .listMissing)
        #expect(manifest.missingPhotos.map { "\($0.activityId ?? -1) \($0.fileName) \($0.problem)" }
                == ["\(activity.id ?? -1) \(photo.fileName) missing"])
        let entries = try readTar(try Data(contentsOf: URL(fileURLWithPath: archive)))
        #expect(!entries.contains { $0.path.hasSuffix("/" + photo.fileName) })
        let json = try #require(entries.first { $0.path.hasSuffix("bundle.json") }?.contents)
        #expect(String(decoding: json, as: UTF8.self).contains("\"problem\" : \"missing\""))
    }

    @Test("long paths go into the ustar prefix and tar reads them")
    func longPaths() throws {
        let directory = NSTemporaryDirectory() + "krat-tar-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let long = String(repeating: "dosja-", count: 20) + "/" + String(repeating: "foto-", count: 15) + ".jpg"
        let writer = try TarWriter(path: directory + "/long.tar", modified: Date(timeIntervalSince1970: 1_700_000_000))
        try writer.addFile(long, contents: Data("ë".utf8))
        try writer.finish()
        #expect(try run("tar", ["-tf", directory + "/long.tar"]) == long + "\n")
        let tooLong = String(repeating: "x", count: 120)
        #expect(throws: BundleError.pathTooLong(path: tooLong)) { try writer.addFile(tooLong, contents: Data()) }
    }
}
