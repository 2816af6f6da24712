import VerbatimModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One walk of a corpus folder on raw path bytes: the regular files under it, each real file
/// once, and a finding for everything else.
///
/// - Names are listed with `readdir`, so a name that is not UTF-8 (Latin-1 from a Windows share)
///   is found and opened by its bytes.
/// - Only `lstat`/`stat` are called on entries, never `open`: opening a named pipe blocks until a
///   writer comes, so FIFOs, sockets and devices are findings without being touched.
/// - Links are followed only when their target's real path is inside the corpus; each real folder
///   is walked once and each real file (device and inode) listed once, so `ln -s . loop` ends.
/// - The report folder and the history store are skipped when they lie inside the corpus, so a
///   run never reads its own reports.
struct CorpusListing {
    /// A regular file found by the walk.
    struct Candidate {
        var relative: [UInt8]
        var path: [UInt8]
        var identity: FileIdentity
    }

    /// Folders deeper than this are not walked: no corpus is that deep, a tree of links may be.
    static let maxDepth = 64

    let rootReal: [UInt8]
    let excluded: Set<FileIdentity>
    let maxFileSize: Int
    var walkedFolders: Set<FileIdentity> = []
    var candidates: [Candidate] = []
    var findings: [Finding] = []

    /// Walks `root`; `excluded` are files or folders never listed (identities of the paths).
    static func walk(root: [UInt8], excluding excluded: [[UInt8]], maxFileSize: Int) -> (
        files: [CorpusFile], findings: [Finding]
    ) {
        guard let rootReal = RawPath.resolved(root), let rootIdentity = FileIdentity(path: root) else {
            let reason = "cannot read directory: \(String(cString: strerror(errno)))"
            return ([], [Finding(source: ".", reason: reason)])
        }
        let excludedIdentities = Set(excluded.compactMap(FileIdentity.init(path:)))
        var listing = CorpusListing(rootReal: rootReal, excluded: excludedIdentities, maxFileSize: maxFileSize)
        listing.walkedFolders.insert(rootIdentity)
        listing.collect(directory: root, relative: [], depth: 0)
        return listing.files()
    }

    /// The candidates in byte order of their relative paths, the first path of each real file
    /// kept and later ones reported.
    private func files() -> (files: [CorpusFile], findings: [Finding]) {
        var findings = self.findings
        var firstPath: [FileIdentity: [UInt8]] = [:]
        var files: [CorpusFile] = []
        for candidate in candidates.sorted(by: { $0.relative.lexicographicallyPrecedes($1.relative) }) {
            if let first = firstPath[candidate.identity] {
                findings.append(
                    Finding(
                        source: RawPath.display(candidate.relative),
                        reason: "same file as \(RawPath.display(first)), read once there", severity: .warning))
                continue
            }
            firstPath[candidate.identity] = candidate.relative
            files.append(CorpusFile(path: candidate.path, relativePath: RawPath.display(candidate.relative)))
        }
        return (files, findings)
    }

    private mutating func collect(directory: [UInt8], relative: [UInt8], depth: Int) {
        guard let names = RawFile.entryNames(in: directory) else {
            let reason = "cannot read directory: \(String(cString: strerror(errno)))"
            findings.append(Finding(source: relative.isEmpty ? "." : RawPath.display(relative), reason: reason))
            return
        }
        for name in names where name.first != UInt8(ascii: ".") {
            if depth == 0 && name == Array(CorpusWalker.configFileName.utf8) { continue }
            visit(path: RawPath.joining(directory, name), relative: RawPath.joining(relative, name), depth: depth)
        }
    }

    /// Lists one entry of a folder (a folder walked, a regular file kept), or reports why it is not read.
    private mutating func visit(path: [UInt8], relative: [UInt8], depth: Int) {
        let source = RawPath.display(relative)
        var info = stat()
        guard lstat(RawPath.cString(path), &info) == 0 else {
            findings.append(Finding(source: source, reason: "vanished file"))
            return
        }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            guard let target = RawPath.resolved(path), stat(RawPath.cString(path), &info) == 0 else {
                findings.append(Finding(source: source, reason: "broken link"))
                return
            }
            guard isInsideCorpus(target) else {
                findings.append(Finding(source: source, reason: "link to a file outside the corpus, not read"))
                return
            }
        }
        let identity = FileIdentity(info)
        guard !excluded.contains(identity) else { return }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            // A folder reached a second time (through a link) is not walked again.
            guard walkedFolders.insert(identity).inserted else { return }
            guard depth < Self.maxDepth else {
                findings.append(Finding(source: source, reason: "folder nesting too deep, not read"))
                return
            }
            collect(directory: path, relative: relative, depth: depth + 1)
        case S_IFREG:
            let size = Int(exactly: info.st_size) ?? Int.max
            guard size <= maxFileSize else {
                let limit = IngestLimits.describe(maxFileSize)
                findings.append(
                    Finding(source: source, reason: "file larger than the \(limit) limit (\(size) bytes), not read"))
                return
            }
            candidates.append(Candidate(relative: relative, path: path, identity: identity))
        default:
            findings.append(Finding(source: source, reason: "\(Self.kind(of: info.st_mode)), not read"))
        }
    }

    private func isInsideCorpus(_ real: [UInt8]) -> Bool {
        guard real.count > rootReal.count else { return real == rootReal }
        return real.starts(with: rootReal)
            && (rootReal.last == UInt8(ascii: "/") || real[rootReal.count] == UInt8(ascii: "/"))
    }

    /// What a file that is neither a folder nor a regular file is, in an analyst's words.
    static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "named pipe (FIFO)"
        case S_IFSOCK: return "socket"
        case S_IFCHR: return "character device"
        case S_IFBLK: return "block device"
        default: return "special file"
        }
    }
}
