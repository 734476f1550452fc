import Foundation

/// Creating the files that hold case records (databases, backups) readable by their owner only.
enum PrivateFile {
    /// Creates an empty file at `path` with mode 0600, refusing to replace an existing one.
    ///
    /// SQLite then opens the empty file as a new database and gives its `-wal` and `-shm`
    /// files the same mode, so no copy of a case record is ever readable by other users.
    static func createEmpty(at path: String, purpose: String) throws(StorageError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw .alreadyExists(file: path) }
            throw .sqlite(action: "\(purpose) (\(path))", message: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        // A umask can only narrow the mode; set it exactly all the same.
        guard fchmod(fd, 0o600) == 0 else {
            throw .sqlite(action: "\(purpose) (\(path))", message: String(cString: strerror(errno)))
        }
    }
}
