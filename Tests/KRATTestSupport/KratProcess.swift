import Foundation
import KRATCore

/// Runs the built `krat` executable, found next to the test bundle in the products directory.
///
/// Standard output and standard error are read at the same time, so a run that writes much
/// to one while the test waits on the other cannot deadlock on a full pipe. `krat` runs on
/// ``TestDay/today`` (through `KRAT_TODAY`) and keeps no history.
public enum KratProcess {
    /// Why `krat` could not be run.
    public struct NotBuilt: Error, CustomStringConvertible {
        /// Where it was looked for.
        public let products: String
        public var description: String { "krat is not built in \(products); run `swift build` before `swift test`" }
    }

    /// The `krat` binary beside the running test executable.
    public static func executable() throws -> URL {
        let products = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [products, products.deletingLastPathComponent()].map { $0.appendingPathComponent("krat") }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw NotBuilt(products: products.path)
        }
        return found
    }

    /// A built example (or any other product) beside `krat`.
    public static func product(_ name: String) throws -> URL {
        try executable().deletingLastPathComponent().appendingPathComponent(name)
    }

    /// What a finished run gave.
    public struct Outcome: Sendable {
        /// The exit status.
        public var status: Int32
        /// Everything written on standard output.
        public var standardOutput: String
        /// Everything written on standard error.
        public var standardError: String
    }

    /// The environment `krat` runs in: the caller's, with no history, on ``TestDay/today``
    /// unless `today` says otherwise, plus `extra`.
    public static func environment(today: Day = TestDay.today, _ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["KRAT_HISTORY"] = ""
        environment["KRAT_TODAY"] = today.description
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// Runs krat with `arguments`, feeding `input` on standard input (a pipe, not a terminal).
    public static func run(_ arguments: [String], input: String = "", today: Day = TestDay.today,
                           environment extra: [String: String] = [:]) throws -> Outcome {
        try run(executable(), arguments, input: input, environment: environment(today: today, extra))
    }

    /// Runs any program with `arguments` and `environment`, feeding `input` on standard input.
    public static func run(_ program: URL, _ arguments: [String], input: String = "",
                           environment: [String: String]? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.environment = environment ?? Self.environment()
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Drain both pipes at once: a child blocked writing one while we wait on the other
        // would never finish.
        let errors = PipeDrain(stderr.fileHandleForReading)
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = errors.wait()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       standardOutput: String(decoding: out, as: UTF8.self),
                       standardError: String(decoding: err, as: UTF8.self))
    }
}

/// Reads a pipe to its end on a thread of its own.
final class PipeDrain: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Everything the pipe held, once it is closed.
    func wait() -> Data {
        done.wait()
        return data
    }
}
