import CReadline

/// Ctrl-C and window-size changes, noticed through flags set by a C signal handler.
///
/// This is the only file that calls the shim's signal functions (their flags are
/// `static` in the header, one copy per calling file).
enum Signals {
    /// Installs the handlers; returns false if the system refused.
    @discardableResult
    static func install() -> Bool { krat_install_signal_handlers() == 0 }

    /// Whether Ctrl-C was pressed since the last call.
    static func takeInterrupt() -> Bool { krat_take_sigint() != 0 }

    /// Whether the terminal was resized since the last call.
    static func takeResize() -> Bool { krat_take_sigwinch() != 0 }
}
