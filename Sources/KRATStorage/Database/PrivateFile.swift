import Foundation

/// Creating the files that hold case records (databases, backups) readable by their owner only.
enum PrivateFile {
    /// Creates an empty file at `path` with mode 0600, refusing to replace an existing one.
    ///
    /// SQLite then opens the empty file as a new database and gives its `-wal` and `-shm`
    /// files the same mode, so no copy of a case record is ever readable by other users.
    static func createEmpty(at path: String, purpose: String) throws(StorageError) {
        close(try create(at: path, purpose: purpose))
    }

    /// Creates a new file at `path` with mode 0600, refusing to replace an existing one, and
    /// returns its descriptor open for writing; the caller closes it.
    static func create(at path: String, purpose: String) throws(StorageError) -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw .alreadyExists(file: path) }
            throw .sqlite(action: "\(purpose) (\(path))", message: String(cString: strerror(errno)))
        }
        // A umask can only narrow the mode; set it exactly all the same.
        guard fchmod(fd, 0o600) == 0 else {
            let message = String(cString: strerror(errno))
            close(fd)
            throw .sqlite(action: "\(purpose) (\(path))", message: message)
        }
        return fd
    }
}
