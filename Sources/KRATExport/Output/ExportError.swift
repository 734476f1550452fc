import KRATStorage

/// Why an export failed. Messages never hold personal data.
public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Writing the file failed.
    case output(CSVError)
    /// Reading from the database failed or was not permitted.
    case storage(StorageError)
    /// A value could not be encoded as JSON.
    case encoding(what: String, reason: String)

    /// One line: what, where, and what to do.
    public var description: String {
        switch self {
        case .output(let error): error.description
        case .storage(let error): error.description
        case let .encoding(what, reason): "\(what) could not be written as JSON: \(reason)"
        }
    }
}

/// Carries a body's export error through a storage stream that wraps errors.
struct StreamFailure: Error {}

extension ExportError {
    /// Runs a storage call whose body may throw ``StreamFailure``, and unwraps it.
    static func run(_ body: () throws(StorageError) -> Void, failure: () -> ExportError?) throws(ExportError) {
        do {
            try body()
        } catch {
            if let inner = failure() { throw inner }
            throw .storage(error)
        }
    }
}
