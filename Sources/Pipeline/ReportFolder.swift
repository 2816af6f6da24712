import Foundation
import Reporting

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The layout of a `--out` folder: each run's reports in a generation folder of their own, `current`
/// pointing at the last complete one, and the familiar paths pointing through `current`:
///
///     OUT/.generations/20261207T023000.123Z-4242/   a complete set (this run and the previous one)
///     OUT/.generations/staging-…/                   a set being written (removed at the next start if killed)
///     OUT/current -> .generations/20261207T023000.123Z-4242
///     OUT/verbatims.csv -> current/verbatims.csv    (and the six other reports)
///
/// `current` is switched by one rename(2), so a reader, or a kill, sees one whole set or the other,
/// never a mix. Every method expects the caller to hold `OutputLock`.
struct ReportFolder {
    let root: URL

    static let generationsName = ".generations"
    static let currentName = "current"
    static let stagingPrefix = "staging-"
    /// The name of the generation made from the reports of a version without generations: it sorts
    /// before any dated one.
    static let adoptedName = "00000000T000000.000Z-adopted"
    /// Every report of a set.
    static let reportNames = [
        ReportSet.FileName.verbatims, ReportSet.FileName.hotspots, ReportSet.FileName.themes,
        ReportSet.FileName.errors, ReportSet.FileName.inputs, ReportSet.FileName.summary,
        ReportSet.FileName.manifest,
    ]

    private var fileManager: FileManager { .default }
    private var pid: Int32 { ProcessInfo.processInfo.processIdentifier }

    var generations: URL { root.appendingPathComponent(Self.generationsName) }

    func generation(_ name: String) -> URL { generations.appendingPathComponent(name) }

    func staging(_ name: String) -> URL { generations.appendingPathComponent(Self.stagingPrefix + name) }

    /// How the history knows this folder: its absolute path, links resolved.
    var key: String { root.standardizedFileURL.resolvingSymlinksInPath().path }

    /// The generation `current` points at, if any.
    func currentGeneration() -> String? {
        let link = root.appendingPathComponent(Self.currentName).path
        guard let target = try? fileManager.destinationOfSymbolicLink(atPath: link) else { return nil }
        let prefix = Self.generationsName + "/"
        return target.hasPrefix(prefix) ? String(target.dropFirst(prefix.count)) : nil
    }

    /// The complete generations on disk, oldest first (their names start with their UTC time).
    func completeGenerations() -> [String] {
        let names = (try? fileManager.contentsOfDirectory(atPath: generations.path)) ?? []
        return names.filter { !$0.hasPrefix(Self.stagingPrefix) && !$0.hasPrefix(".") }.sorted()
    }

    /// A fresh generation name for a run taking the lock at `time`: that UTC time to the millisecond, then
    /// the pid (two runs of one process in one millisecond get `-2`, `-3`…).
    func newGenerationName(at time: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss.SSS'Z'"
        let base = "\(formatter.string(from: time))-\(pid)"
        var name = base
        var suffix = 2
        while fileManager.fileExists(atPath: generation(name).path)
            || fileManager.fileExists(atPath: staging(name).path)
        {
            name = "\(base)-\(suffix)"
            suffix += 1
        }
        return name
    }

    /// Creates the staging folder of generation `name`.
    func makeStaging(_ name: String) throws -> URL {
        let url = staging(name)
        do {
            try fileManager.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw ReportWriteError(file: Self.generationsName, code: Self.errnoCode(of: error))
        }
        return url
    }

    /// Makes the staging folder of `name` a complete generation: its entries are made durable, then
    /// it is renamed to its final name (the files themselves were synced by their writers).
    func publish(_ name: String) throws {
        try Self.syncDirectory(staging(name))
        guard rename(staging(name).path, generation(name).path) == 0 else {
            throw ReportWriteError(file: name, code: errno)
        }
        try Self.syncDirectory(generations)
    }

    /// Makes the staging folder of `name` the current set: publishes it, lets `record` commit the run
    /// and this generation to the history (when that fails, the generation goes and the previous set
    /// stays current), switches `current` to it and removes the generations no longer needed. A kill
    /// after `record` is finished by `recover` at the next start.
    func commit(_ name: String, record: () throws -> Void) throws {
        try publish(name)
        do {
            try record()
        } catch {
            discard(generation(name))
            throw error
        }
        let previous = currentGeneration()
        try switchCurrent(to: name)
        try linkReports()
        removeDebris(keeping: previous, dropNewer: true)
    }

    /// Points `current` at generation `name` in one step: a new link, renamed over the old one.
    func switchCurrent(to name: String) throws {
        let link = root.appendingPathComponent("\(Self.currentName).new-\(pid)").path
        unlink(link)
        guard symlink("\(Self.generationsName)/\(name)", link) == 0,
            rename(link, root.appendingPathComponent(Self.currentName).path) == 0
        else { throw ReportWriteError(file: Self.currentName, code: errno) }
        try Self.syncDirectory(root)
    }

    /// Makes `OUT/verbatims.csv` and the other familiar paths links through `current` (once; a report
    /// written by a version without generations is replaced by its link in one rename).
    func linkReports() throws {
        var changed = false
        for name in Self.reportNames {
            let path = root.appendingPathComponent(name).path
            let target = "\(Self.currentName)/\(name)"
            if (try? fileManager.destinationOfSymbolicLink(atPath: path)) == target { continue }
            let link = root.appendingPathComponent(".\(name).link-\(pid)").path
            unlink(link)
            guard symlink(target, link) == 0, rename(link, path) == 0 else {
                throw ReportWriteError(file: name, code: errno)
            }
            changed = true
        }
        if changed { try Self.syncDirectory(root) }
    }

    /// Turns the reports of a version without generations into the first generation (hard links, so
    /// nothing is copied), so that the familiar paths can become links without a moment where they
    /// show nothing or a mix.
    func adoptFlatReports() throws {
        guard currentGeneration() == nil else { return }
        let flat = Self.reportNames.filter { name in
            var info = stat()
            return lstat(root.appendingPathComponent(name).path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        }
        guard !flat.isEmpty else { return }
        try? fileManager.removeItem(at: staging(Self.adoptedName))
        try? fileManager.removeItem(at: generation(Self.adoptedName))
        let folder = try makeStaging(Self.adoptedName)
        for name in flat {
            guard link(root.appendingPathComponent(name).path, folder.appendingPathComponent(name).path) == 0 else {
                throw ReportWriteError(file: name, code: errno)
            }
        }
        try publish(Self.adoptedName)
        try switchCurrent(to: Self.adoptedName)
    }

    /// Puts the folder right at the start of a run: rolls `current` forward to `lastDone` (the last
    /// generation the history recorded, when a run was killed between its history commit and its
    /// switch), adopts flat reports, links the familiar paths and removes what killed runs left.
    /// `lastDone` is `nil` without a history; then `historyKnown` is false and a complete generation
    /// newer than `current` is kept, since it may be one the history recorded.
    func recover(lastDone: String?, historyKnown: Bool) throws {
        let current = currentGeneration()
        if let lastDone, lastDone > (current ?? ""), fileManager.fileExists(atPath: generation(lastDone).path) {
            try switchCurrent(to: lastDone)
        }
        try adoptFlatReports()
        try linkReports()
        removeDebris(keeping: nil, dropNewer: historyKnown)
    }

    /// Removes staging folders, temporary files and links of killed runs, and the generations other
    /// than `current`, the one before it (an analyst may still have it open) and `keeping`; complete
    /// generations newer than `current` go only when `dropNewer` (they were never switched to).
    func removeDebris(keeping: String?, dropNewer: Bool) {
        let entries = (try? fileManager.contentsOfDirectory(atPath: root.path)) ?? []
        for entry in entries
        where (entry.hasPrefix(".") && (entry.hasSuffix(".tmp") || entry.contains(".link-")))
            || entry.hasPrefix("\(Self.currentName).new-")
        {
            try? fileManager.removeItem(at: root.appendingPathComponent(entry))
        }
        let names = (try? fileManager.contentsOfDirectory(atPath: generations.path)) ?? []
        for name in names where name.hasPrefix(Self.stagingPrefix) {
            try? fileManager.removeItem(at: generations.appendingPathComponent(name))
        }
        guard let current = currentGeneration() else { return }
        let complete = completeGenerations()
        var keep: Set<String> = [current]
        if let keeping { keep.insert(keeping) }
        if let previous = complete.last(where: { $0 < current }) { keep.insert(previous) }
        for name in complete where !keep.contains(name) && (name < current || dropNewer) {
            try? fileManager.removeItem(at: generation(name))
        }
    }

    /// Removes a staging folder or generation that will not become current.
    func discard(_ url: URL) {
        try? fileManager.removeItem(at: url)
    }

    /// fsync(2) on a folder, so that renames and new entries in it survive a power cut.
    static func syncDirectory(_ url: URL) throws {
        let descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReportWriteError(file: url.lastPathComponent, code: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw ReportWriteError(file: url.lastPathComponent, code: errno) }
    }

    /// The `errno` behind a Foundation error, `EIO` when it has none.
    static func errnoCode(of error: any Error) -> Int32 {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        for candidate in [underlying, error as NSError] where candidate?.domain == NSPOSIXErrorDomain {
            if let code = candidate.flatMap({ Int32(exactly: $0.code) }) { return code }
        }
        return EIO
    }
}
