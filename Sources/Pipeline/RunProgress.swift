/// How far a run is, as its ordered consumer reports it after each unit (`AnalyzeConfiguration.progress`):
/// the library only hands out this value; the command line draws it (`line`).
public struct RunProgress: Sendable, Hashable {
    /// Files consumed so far, of `totalFiles` (a mailbox read in shards counts once).
    public var files: Int
    public var totalFiles: Int
    /// Input bytes consumed so far, of `totalBytes`.
    public var bytes: Int
    public var totalBytes: Int
    /// Verbatims analysed so far.
    public var verbatims: Int
    /// Seconds since the units started to be read.
    public var seconds: Double

    public init(files: Int, totalFiles: Int, bytes: Int, totalBytes: Int, verbatims: Int, seconds: Double) {
        self.files = files
        self.totalFiles = totalFiles
        self.bytes = bytes
        self.totalBytes = totalBytes
        self.verbatims = verbatims
        self.seconds = seconds
    }

    /// One line, short enough for an 80-column terminal:
    /// `1,204/10,800 files · 12.5/200.0 MB · 45,210 verbatims · 18,650/s · 0:21 left`.
    /// The time left assumes the bytes still to read go at the rate so far; it is left out until a
    /// first second and a first byte give a rate.
    public var line: String {
        var parts = [
            "\(Self.grouped(files))/\(Self.grouped(totalFiles)) files",
            "\(Self.megabytes(bytes))/\(Self.megabytes(totalBytes)) MB",
            "\(Self.grouped(verbatims)) verbatims",
        ]
        guard seconds >= 1, bytes > 0 else { return parts.joined(separator: " · ") }
        parts.append("\(Self.grouped(Int((Double(verbatims) / seconds).rounded())))/s")
        let left = Double(max(totalBytes - bytes, 0)) / (Double(bytes) / seconds)
        parts.append("\(Self.duration(left)) left")
        return parts.joined(separator: " · ")
    }

    /// Whether to draw the line: `--progress` forces it, `--quiet` forbids it, else only when
    /// standard error is a terminal (a cron log stays clean).
    public static func shouldDraw(stderrIsTerminal: Bool, quiet: Bool, forced: Bool) -> Bool {
        if forced { return true }
        if quiet { return false }
        return stderrIsTerminal
    }

    /// `12345678` as `12,345,678`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return value < 0 ? "-" + text : text
    }

    /// Bytes as MB (10^6) with one decimal.
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (Double(bytes) / 100_000).rounded()
        return "\(Int(tenths) / 10).\(Int(tenths) % 10)"
    }

    /// Seconds as `m:ss`, or `h:mm:ss` from an hour on.
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "?" }
        let total = Int(min(seconds, 359_999).rounded(.up))
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        let ss = rest < 10 ? "0\(rest)" : "\(rest)"
        guard hours > 0 else { return "\(minutes):\(ss)" }
        return "\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(ss)"
    }
}
