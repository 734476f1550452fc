import KRATStorage

/// Why the National Coordinator bundle could not be made. Each description is one
/// actionable line naming the file and the activity; none holds personal data.
public enum BundleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A photo named by an activity report is not in the photos folder.
    case photoMissing(file: String, activity: String, directory: String)
    /// A photo's bytes do not have the SHA-256 its report records.
    case checksumMismatch(file: String, activity: String, expected: String, actual: String)
    /// A photo exists but cannot be read.
    case photoUnreadable(file: String, activity: String, reason: String)
    /// A photo file name that would leave its folder (`..`, a path separator).
    case unsafeFileName(file: String, activity: String)
    /// A path in the archive is too long for the ustar format.
    case pathTooLong(path: String)
    /// The database holds more than one county; a bundle is made for one county's calendar.
    case notACountyDatabase(scope: String)
    /// Reading the database failed.
    case storage(StorageError)
    /// The archive or its JSON could not be written.
    case writeFailed(path: String, reason: String)

    /// One line: what went wrong, which file, what to do.
    public var description: String {
        switch self {
        case .photoMissing(let file, let activity, let directory):
            "photo \(file) of \(activity) is not in \(directory); put the file there, or build the bundle listing missing photos"
        case .checksumMismatch(let file, let activity, let expected, let actual):
            "photo \(file) of \(activity) has SHA-256 \(actual), but its report records \(expected); "
                + "the file was changed or replaced: restore the original, or correct the report's photo reference"
        case .photoUnreadable(let file, let activity, let reason):
            "photo \(file) of \(activity) cannot be read (\(reason)); check the file's permissions"
        case .unsafeFileName(let file, let activity):
            "photo file name '\(file)' of \(activity) is not a plain file name; correct the report's photo reference"
        case .pathTooLong(let path):
            "the archive path \(path) is too long for a tar archive (100 bytes, or 155 + 100 split at a '/'); use a shorter photo file name"
        case .notACountyDatabase(let scope):
            "a coordinator bundle is made from one county's database, not a \(scope) one; open the county's database"
        case .storage(let error):
            "reading the awareness calendar failed: \(error)"
        case .writeFailed(let path, let reason):
            "cannot write the bundle \(path): \(reason); check that the folder exists and is writable"
        }
    }
}
