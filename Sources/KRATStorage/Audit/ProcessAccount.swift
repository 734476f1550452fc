import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The operating system's account the process runs as, read from its effective uid.
///
/// The audit log and the record history name this account, not a name the caller gives: an
/// environment variable (`$USER`) or a `--user` option can be set to anything, a uid cannot
/// be changed without the system's leave.
enum ProcessAccount {
    /// The account's login name, or `uid N` when the system has no name for it.
    static let name: String = {
        let uid = geteuid()
        guard let entry = getpwuid(uid), let login = entry.pointee.pw_name else { return "uid \(uid)" }
        return String(cString: login)
    }()
}
