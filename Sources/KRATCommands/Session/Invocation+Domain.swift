import KRATCore
import KRATShell
import KRATStorage

extension Invocation {
    /// The case filter given as `key=value` arguments (`status=VT county=Durres`).
    public func caseFilter() throws(ShellError) -> CaseFilter {
        var filter = CaseFilter()
        for (key, value) in options where CaseFilter.keys.contains(key) {
            do {
                filter = try filter.setting(key, to: value)
            } catch {
                throw .rejected(key: key, value: value, problem: error.issues.first?.message)
            }
        }
        return filter
    }

    /// The filter keys, and `period`, that every case command accepts.
    public static let caseFilterKeys = ["period"] + CaseFilter.keys
}

extension ShellError {
    /// `key=value` refused with the validator's own sentence, which already says what is
    /// expected ("unknown code 'X'; expected one of …"), so it is not wrapped in a second
    /// "expected".
    static func rejected(key: String, value: String, problem: String?) -> ShellError {
        .failed(command: "\(key)=\(value) is not valid", reason: problem ?? "give a valid value")
    }
}

extension StorageError {
    /// The storage error as a shell error of `command`.
    func shell(_ command: String) -> ShellError { .failed(command: command, reason: CommandLineAdvice.text(for: self)) }
}

/// Runs storage work, turning its errors into one-line shell errors.
func storage<T>(_ command: String, _ body: () throws(StorageError) -> T) throws(ShellError) -> T {
    do { return try body() } catch { throw error.shell(command) }
}
