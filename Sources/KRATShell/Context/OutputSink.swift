import Foundation

/// Where the output of commands goes: the front end's standard output, or a file.
public enum OutputSink {
    /// Returned in ``ExecutionResult/output`` for the front end to print.
    case standardOutput
    /// Appended to a file opened by `.output FILE`, until `.output` alone.
    case file(path: String, handle: FileHandle)
    /// Appended to a file opened by `.once FILE`, for the next command only.
    case once(path: String, handle: FileHandle)

    /// The file's path, or `nil` for standard output.
    public var path: String? {
        switch self {
        case .standardOutput: nil
        case .file(let path, _), .once(let path, _): path
        }
    }

    /// Opens (creating or emptying) the file at `path` for writing, readable by its owner only
    /// (mode 0600): a case worker's output holds personal data and the purposes of the audit log.
    static func open(_ path: String) throws(ShellError) -> FileHandle {
        let expanded = (path as NSString).expandingTildeInPath
        let descriptor = Foundation.open(expanded, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw .file(path: path, reason: "cannot be created for writing; check the folder exists and is writable")
        }
        // An existing file keeps its mode through O_CREAT: narrow it as well.
        guard fchmod(descriptor, 0o600) == 0 else {
            _ = Foundation.close(descriptor)
            throw .file(path: path, reason: "its permissions cannot be set to owner-only (0600); write to a file you own")
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// Writes `text` to the file (does nothing for standard output).
    func write(_ text: String) throws(ShellError) {
        switch self {
        case .standardOutput: return
        case .file(let path, let handle), .once(let path, let handle):
            do { try handle.write(contentsOf: Data(text.utf8)) } catch {
                throw .file(path: path, reason: "cannot be written (\(error.localizedDescription)); check the disk")
            }
        }
    }

    /// Closes the file, if any.
    func close() {
        switch self {
        case .standardOutput: return
        case .file(_, let handle), .once(_, let handle): try? handle.close()
        }
    }
}
