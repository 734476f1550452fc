import Foundation

/// Shows how far long work has come: rows done of the total, rows per second and time left.
///
/// It draws one line that rewrites itself with `\r`, at most ten times a second,
/// and only when the front end gave it a writer (output is a terminal). Without a
/// writer it only counts, so commands use it the same way in scripts.
public final class ProgressReporter {
    /// What is being done, e.g. `Importing cases`.
    public let title: String
    /// The rows to do.
    public let total: Int
    /// The rows done so far.
    public private(set) var done = 0

    private let writer: (@Sendable (String) -> Void)?
    private let clock: () -> Double
    private let start: Double
    private var lastDrawn: Double?

    /// Creates a reporter; `clock` gives seconds (monotonic) and can be replaced in tests.
    public init(title: String, total: Int, writer: (@Sendable (String) -> Void)?,
                clock: @escaping () -> Double = { ProcessInfo.processInfo.systemUptime }) {
        self.title = title
        self.total = max(0, total)
        self.writer = writer
        self.clock = clock
        self.start = clock()
    }

    /// Whether a line is drawn at all.
    public var isDrawing: Bool { writer != nil }

    // MARK: - Reporting

    /// Records that `count` more rows are done and redraws if a tenth of a second passed.
    public func advance(by count: Int = 1) {
        update(done: done + count)
    }

    /// Records the rows done so far and redraws if a tenth of a second passed.
    public func update(done newValue: Int) {
        done = min(max(0, newValue), total)
        guard let writer else { return }
        let now = clock()
        if let last = lastDrawn, now - last < 0.1, done < total { return }
        lastDrawn = now
        writer("\r" + line(elapsed: now - start, width: 24) + "\u{1B}[K")
    }

    /// Ends the line (draws the final state and a line break).
    public func finish() {
        guard let writer else { return }
        writer("\r" + line(elapsed: clock() - start, width: 24) + "\u{1B}[K\n")
    }

    /// The progress line for `elapsed` seconds with a bar `width` columns wide.
    public func line(elapsed: Double, width: Int) -> String {
        let fraction = total == 0 ? 1 : Double(done) / Double(total)
        let bar = BarChart.bar(value: fraction, maximum: 1, width: width)
        let padded = TextWidth.pad(bar, to: width)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let percent = Int((fraction * 100).rounded(.down))
        var text = "\(title) [\(padded)] \(done)/\(total) \(percent)% \(Int(rate.rounded()))/s"
        if rate > 0, done < total {
            text += " ETA " + Self.duration(Double(total - done) / rate)
        }
        return text
    }

    /// Seconds written `m:ss` (or `h:mm:ss` from an hour).
    public static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        let (h, m, s) = (whole / 3600, whole / 60 % 60, whole % 60)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }
}
