import Foundation
import Reporting

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The lock a run holds on its `--out` folder for its whole life: `flock(2)` on `OUT/.verbatim.lock`,
/// which holds the owner's pid and start time so that a second run can say who is in the way.
///
/// The kernel drops the lock when its holder dies, however it dies, so a killed run never blocks the
/// next night. The file itself is never removed (removing it would let two runs lock two files).
final class OutputLock {
    /// The run holding a lock, as written in the lock file.
    struct Holder: Sendable, CustomStringConvertible {
        var pid: String?
        var started: String?

        var description: String {
            "pid \(pid ?? "unknown")" + (started.map { ", started \($0)" } ?? "")
        }
    }

    static let fileName = ".verbatim.lock"
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Takes the lock on `folder` without waiting, and records this process in it; `nil` when another
    /// run holds it.
    static func take(in folder: URL, started: Date) throws -> OutputLock? {
        let path = folder.appendingPathComponent(fileName).path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ReportWriteError(file: fileName, code: errno) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(descriptor)
            if code == EWOULDBLOCK { return nil }
            throw ReportWriteError(file: fileName, code: code)
        }
        let lock = OutputLock(descriptor: descriptor)
        let line = Array("\(ProcessInfo.processInfo.processIdentifier) \(ISODate.format(started))\n".utf8)
        let written = line.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        // Overwrite then cut: a longer pid from an earlier holder must not survive behind this one.
        guard written == line.count, ftruncate(descriptor, off_t(line.count)) == 0 else {
            throw ReportWriteError(file: fileName, code: errno)
        }
        return lock
    }

    /// Who holds the lock on `folder`, as far as its file says (it may be between taking the lock
    /// and writing its name).
    static func holder(of folder: URL) -> Holder {
        let text = (try? String(contentsOf: folder.appendingPathComponent(fileName), encoding: .utf8)) ?? ""
        let fields = text.split(whereSeparator: \.isWhitespace).map(String.init)
        return Holder(pid: fields.first, started: fields.dropFirst().first)
    }
}
