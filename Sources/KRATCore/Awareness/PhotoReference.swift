import Foundation

/// A photo sent with an activity report, named by file and fixed by its SHA-256 digest.
///
/// The domain keeps only the reference; the file itself lives wherever storage puts it.
public struct PhotoReference: Sendable, Hashable, Codable, Validatable {
    /// The file's name, without any folder ("aktiviteti-1.jpg").
    public var fileName: String
    /// The SHA-256 digest of the file's bytes, as 64 lowercase hexadecimal characters.
    public var sha256: String

    /// Creates a photo reference.
    public init(fileName: String, sha256: String) {
        self.fileName = fileName
        self.sha256 = sha256
    }

    /// Whether `text` is a SHA-256 digest written as 64 lowercase hexadecimal characters.
    public static func isDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// Every problem: a blank file name or one with a folder in it, or a malformed digest.
    public func validate() -> [ValidationIssue] {
        var check = IssueCollector()
        check.requireText(fileName, "file_name")
        check.require(!fileName.contains("/") && !fileName.contains("\\"), "file_name",
                      "'\(fileName)' contains a path separator; give the file name only")
        check.require(Self.isDigest(sha256), "sha256",
                      "must be 64 lowercase hexadecimal characters (a SHA-256 digest)")
        return check.issues
    }
}
