import KRATCore

/// The settings and the open database a command runs with.
///
/// One context belongs to one shell and is used from one thread (the terminal's);
/// it is a class so that `.mode`, `.lang` and the rest change it for every command.
public final class ShellContext {
    /// How tables are written.
    public var mode: OutputMode
    /// Whether table, box and CSV output show a header row.
    public var showsHeaders: Bool
    /// Whether each command is followed by `Run Time: real SECONDS`.
    public var timerEnabled: Bool
    /// The language of labels, titles and notes.
    public var language: Language
    /// Where command output goes.
    public internal(set) var output: OutputSink
    /// The open database, or `nil` when the shell runs without one.
    public var session: (any ShellSession)?
    /// What tab completion offers after a command.
    public var completionVocabulary: CompletionVocabulary
    /// The publication threshold: suppressed cells read `<N`. Without one they read `*`.
    public var suppressionThreshold: Int?
    /// The width bar charts may use, in columns.
    public var chartWidth: Int
    /// Writes progress lines; set by the front end only when output is a terminal.
    public var progressWriter: (@Sendable (String) -> Void)?
    /// Asks the person at the terminal for guided entry; nil in scripts and pipes.
    public var prompter: (any Prompter)?
    /// The terminal's width in columns, set by the front end when output goes to a terminal
    /// (nil in scripts, pipes and files: tables keep their full width there).
    public var terminalWidth: Int?
    /// The width tables are fitted to (`.width`).
    public var widthSetting: WidthSetting = .auto
    /// When tables are shown one record per block (`.expanded`).
    public var expanded: ExpandedMode = .auto
    /// Whether long output goes through a pager on a terminal (`.pager`); the front end pages.
    public var pagerEnabled = true

    /// The width output is fitted to now: the terminal's, the one `.width` set, or nil (none).
    public var fittingWidth: Int? {
        guard case .standardOutput = output else {
            if case .columns(let count) = widthSetting { return count }
            return nil
        }
        return widthSetting.resolved(terminalWidth: terminalWidth)
    }

    /// Creates a context with sqlite3-like defaults: table mode, headers on, timer off.
    public init(mode: OutputMode = .table,
                showsHeaders: Bool = true,
                timerEnabled: Bool = false,
                language: Language = .sq,
                session: (any ShellSession)? = nil,
                completionVocabulary: CompletionVocabulary = CompletionVocabulary(),
                suppressionThreshold: Int? = nil,
                chartWidth: Int = 40) {
        self.mode = mode
        self.showsHeaders = showsHeaders
        self.timerEnabled = timerEnabled
        self.language = language
        self.output = .standardOutput
        self.session = session
        self.completionVocabulary = completionVocabulary
        self.suppressionThreshold = suppressionThreshold
        self.chartWidth = chartWidth
    }

    deinit { output.close() }

    // MARK: - For commands

    /// The open session, or an error naming `command` that tells the user to open a database.
    public func requireSession(for command: String) throws(ShellError) -> any ShellSession {
        guard let session else { throw .noSession(command: command) }
        return session
    }

    /// A progress reporter for `total` rows; it draws only when the front end enabled it.
    public func makeProgress(title: String, total: Int) -> ProgressReporter {
        ProgressReporter(title: title, total: total, writer: progressWriter)
    }

    /// A progress bar sized by `total`, or nil when no bar is drawn (output is not a terminal).
    ///
    /// `total` is called only when a bar is drawn, so that a costly count (a `COUNT(*)` over
    /// the cases, say) is never paid in scripts and pipes.
    public func makeProgressBar<Failure: Error>(title: String,
                                                total: () throws(Failure) -> Int) throws(Failure) -> ProgressReporter? {
        guard progressWriter != nil else { return nil }
        return makeProgress(title: title, total: try total())
    }

    /// How suppressed cells are written in the current settings.
    public var suppressionMarker: SuppressionMarker {
        SuppressionMarker(threshold: suppressionThreshold)
    }

    // MARK: - Output redirection

    /// Sends the output of later commands to `path` (`.output FILE`), or of the next one (`.once FILE`).
    func redirect(to path: String, once: Bool) throws(ShellError) {
        let handle = try OutputSink.open(path)
        output.close()
        output = once ? .once(path: path, handle: handle) : .file(path: path, handle: handle)
    }

    /// Sends output back to standard output.
    func resetOutput() {
        output.close()
        output = .standardOutput
    }
}
