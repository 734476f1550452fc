import Crypto
import Foundation
import KRATCore
import KRATStorage

/// The bundle a county sends the National Coordinator for its awareness calendar: the
/// notices and after-activity reports of a period (purpose, theme, participants by group,
/// photos) as `bundle.json`, with the photo files, in one POSIX ustar `.tar` archive.
///
/// Layout, all under one folder named ``folderName`` (`krat-durres-2023-10`):
/// `bundle.json` (see ``BundleManifest``) and `photos/ACTIVITY-ID/FILE` for each photo.
///
/// Photos are read from a folder the caller names, by the file name in their report, and
/// each is checked against the SHA-256 the report records. By default a missing,
/// unreadable or changed photo stops the bundle with a ``BundleError`` naming the file
/// and the activity; with ``PhotoPolicy/listMissing`` such photos are left out and listed
/// under `missing_photos` in the JSON instead, so the coordinator sees what is owed.
///
/// ```swift
/// let bundle = try CoordinatorBundle(database: db, period: .month(10, of: 2023), generatedOn: today)
/// try bundle.write(to: "krat-durres-2023-10.tar", photosDirectory: "photos/")
/// ```
public struct CoordinatorBundle: Sendable {
    /// What to do with a photo that is missing or does not match its SHA-256.
    public enum PhotoPolicy: Sendable {
        /// Stop with an error naming the file and the activity (the default).
        case fail
        /// Leave it out and list it under `missing_photos`.
        case listMissing
    }

    /// The county whose calendar it is.
    public var county: County
    /// The period covered.
    public var period: Period
    /// The day the bundle is made; compliance is judged as of this day.
    public var generatedOn: Day
    /// The activities dated in the period.
    public var activities: [AwarenessActivity]
    /// Institutions, for the organisers' names.
    public var institutions: [Institution]
    /// Whether the activities come from a database of generated sample data (the manifest says so).
    public var isSampleData = false

    /// A bundle of the given activities (those dated in `period` are kept, by date).
    public init(county: County, period: Period, generatedOn: Day, activities: [AwarenessActivity],
                institutions: [Institution] = []) {
        self.county = county
        self.period = period
        self.generatedOn = generatedOn
        self.activities = activities.filter { period.contains($0.date) }.sorted { ($0.date, $0.id ?? 0) < ($1.date, $1.id ?? 0) }
        self.institutions = institutions
    }

    /// A bundle of a county database's calendar for `period`; only the national calendar's
    /// activities when `nationalCalendarOnly`.
    public init(database: KRATDatabase, period: Period, generatedOn: Day,
                nationalCalendarOnly: Bool = false) throws(BundleError) {
        guard case .county(let county) = database.scope else { throw .notACountyDatabase(scope: "\(database.scope)") }
        let activities: [AwarenessActivity], institutions: [Institution]
        do {
            activities = try database.awarenessActivities(in: period, nationalCalendarOnly: nationalCalendarOnly)
            institutions = try database.institutions()
        } catch {
            throw .storage(error)
        }
        self.init(county: county, period: period, generatedOn: generatedOn, activities: activities,
                  institutions: institutions)
        self.isSampleData = database.holdsSampleData
    }

    /// The archive's top folder: `krat-COUNTY-PERIOD`.
    public var folderName: String {
        "krat-\(county.code)-\(period.description.replacingOccurrences(of: "..", with: "_"))"
    }

    /// Writes the archive to `path`, reading photos from `photosDirectory`.
    /// Returns the manifest written as `bundle.json`.
    @discardableResult
    public func write(to path: String, photosDirectory: String, policy: PhotoPolicy = .fail) throws(BundleError) -> BundleManifest {
        var missing: [BundleManifest.MissingPhoto] = []
        var files: [(path: String, data: Data)] = []
        var entries: [BundleManifest.Activity] = []
        for activity in activities {
            var entry = BundleManifest.Activity(activity, asOf: generatedOn, organiser: organiserName(activity.organiserID))
            if let report = activity.report {
                var photos: [BundleManifest.Photo] = []
                for photo in report.photos {
                    let archivePath = "photos/\(activity.id.map(String.init) ?? "activity")/\(photo.fileName)"
                    do {
                        let data = try Self.checkedPhoto(photo, activity: activity, directory: photosDirectory)
                        files.append(("\(folderName)/\(archivePath)", data))
                        photos.append(BundleManifest.Photo(fileName: photo.fileName, sha256: photo.sha256,
                                                           path: archivePath, bytes: data.count))
                    } catch {
                        guard policy == .listMissing, let problem = error.problemCode else { throw error }
                        missing.append(BundleManifest.MissingPhoto(activityId: activity.id, fileName: photo.fileName,
                                                                   problem: problem))
                        photos.append(BundleManifest.Photo(fileName: photo.fileName, sha256: photo.sha256, path: nil, bytes: nil))
                    }
                }
                entry.report?.photos = photos
            }
            entries.append(entry)
        }
        var manifest = BundleManifest(
            county: .init(code: county.code, name: county.name),
            period: .init(label: period.description, from: period.start, to: period.end),
            generatedOn: generatedOn, activities: entries, missingPhotos: missing)
        if isSampleData { manifest.sampleData = true }
        let json = try Self.encode(manifest, path: path)
        let epoch = Day(year: 1970, month: 1, day: 1) ?? generatedOn
        let modified = Date(timeIntervalSince1970: TimeInterval(epoch.distance(to: generatedOn)) * 86_400)
        let writer = try TarWriter(path: path, modified: modified)
        try writer.addDirectory(folderName)
        try writer.addFile("\(folderName)/bundle.json", contents: json)
        var directories = Set<String>()
        for file in files {
            let folder = String(file.path[..<(file.path.lastIndex(of: "/") ?? file.path.endIndex)])
            for parent in [String(folder[..<(folder.lastIndex(of: "/") ?? folder.endIndex)]), folder]
            where directories.insert(parent).inserted {
                try writer.addDirectory(parent)
            }
            try writer.addFile(file.path, contents: file.data)
        }
        try writer.finish()
        return manifest
    }

    /// The JSON of a manifest: sorted snake_case keys, ISO days, pretty-printed.
    public static func encode(_ manifest: BundleManifest, path: String = "bundle.json") throws(BundleError) -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do { return try encoder.encode(manifest) } catch {
            throw .writeFailed(path: path, reason: "the manifest could not be encoded: \(error)")
        }
    }

    /// The lowercase hexadecimal SHA-256 of `data`.
    public static func sha256(_ data: Data) -> String {
        Hex.string(SHA256.hash(data: data))
    }

    // MARK: - Photos

    /// The photo's bytes from `directory`, after checking its name and its SHA-256.
    static func checkedPhoto(_ photo: PhotoReference, activity: AwarenessActivity, directory: String) throws(BundleError) -> Data {
        let name = describe(activity)
        guard !photo.fileName.isEmpty, !photo.fileName.contains("/"), !photo.fileName.contains("\\"),
              photo.fileName != ".", photo.fileName != ".." else {
            throw .unsafeFileName(file: photo.fileName, activity: name)
        }
        let url = URL(fileURLWithPath: directory).appendingPathComponent(photo.fileName)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw .photoMissing(file: photo.fileName, activity: name, directory: directory)
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .photoUnreadable(file: photo.fileName, activity: name, reason: (error as NSError).localizedDescription)
        }
        let actual = sha256(data)
        guard actual == photo.sha256.lowercased() else {
            throw .checksumMismatch(file: photo.fileName, activity: name, expected: photo.sha256, actual: actual)
        }
        return data
    }

    /// "activity 12 'Title' of 2023-10-18", for error messages.
    static func describe(_ activity: AwarenessActivity) -> String {
        "activity \(activity.id.map(String.init) ?? "(not stored)") '\(activity.title)' of \(activity.date)"
    }

    private func organiserName(_ id: Int64) -> String {
        institutions.first { $0.id == id }?.name ?? "Institution \(id)"
    }
}

extension BundleError {
    /// The `missing_photos` problem code of a photo error; nil for errors that are not about one photo.
    var problemCode: String? {
        switch self {
        case .photoMissing: "missing"
        case .checksumMismatch: "checksum_mismatch"
        case .photoUnreadable: "unreadable"
        case .unsafeFileName: "unsafe_file_name"
        default: nil
        }
    }
}
