import KRATStorage

/// An error of this module that carries a ``StorageError`` from the database beneath.
///
/// Its description quotes the storage error's own, so a front end that phrases storage
/// advice for its users (command-line flags, say) can put its phrase in that one's place.
public protocol StorageFailure: Error {
    /// The storage error carried, or nil when the failure is of another kind.
    var storageError: StorageError? { get }
}

extension ExportError: StorageFailure {
    /// The storage error carried by ``ExportError/storage(_:)``.
    public var storageError: StorageError? {
        if case .storage(let error) = self { return error }
        return nil
    }
}

extension BundleError: StorageFailure {
    /// The storage error carried by ``BundleError/storage(_:)``.
    public var storageError: StorageError? {
        if case .storage(let error) = self { return error }
        return nil
    }
}

extension AnnualReportError: StorageFailure {
    /// The storage error carried by ``AnnualReportError/storage(_:)``.
    public var storageError: StorageError? {
        if case .storage(let error) = self { return error }
        return nil
    }
}

extension OrganisationTransferError: StorageFailure {
    /// The storage error carried by a failed import or export.
    public var storageError: StorageError? {
        switch self {
        case .storage(_, let error), .cannotExport(let error): error
        default: nil
        }
    }
}

extension CaseImportError: StorageFailure {
    /// The storage error carried by ``CaseImportError/storage(_:)``.
    public var storageError: StorageError? {
        if case .storage(let error) = self { return error }
        return nil
    }
}

extension NationalMergeError: StorageFailure {
    /// The storage error of the county file or of the national database.
    public var storageError: StorageError? {
        switch self {
        case .county(_, let error), .national(let error): error
        default: nil
        }
    }
}
