import Foundation

/// The login name of the account the tests run as, read apart from the code under test
/// (through `id -un`), to check what the audit log and the record history name.
public enum SystemAccount {
    /// `id -un`, or an empty string when it cannot be run.
    public static let name: String = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/id")
        process.arguments = ["-un"]
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return "" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }()
}
