import Foundation
import Pipeline
import Synchronization

/// Draws the run's progress line on standard error, redrawn in place (`\r`, the rest of the line
/// cleared) at most four times a second, and cleared at the end so that the summary starts on a
/// clean line. Whether to draw at all is `RunProgress.shouldDraw` (a terminal, `--quiet`, `--progress`).
final class ProgressDrawer: Sendable {
    /// A redraw at most this often: more is flicker and write calls, not information.
    static let interval: Duration = .milliseconds(250)

    private let state = Mutex<(last: ContinuousClock.Instant?, drawn: Bool)>((nil, false))

    /// Draws `progress` unless a line was drawn less than `interval` ago.
    func draw(_ progress: RunProgress) {
        let now = ContinuousClock.now
        let due = state.withLock { state in
            if let last = state.last, now - last < Self.interval { return false }
            state = (now, true)
            return true
        }
        if due { write("\r" + progress.line + "\u{1B}[K") }
    }

    /// Clears the line, if one was drawn.
    func clear() {
        let drawn = state.withLock { state in
            defer { state.drawn = false }
            return state.drawn
        }
        if drawn { write("\r\u{1B}[K") }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
