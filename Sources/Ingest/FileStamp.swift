#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `stat(2)` says of a file that tells whether its bytes may have changed: the file (device,
/// inode), its size and the times the kernel sets on any write (modification and status change, to
/// the nanosecond). The incremental cache trusts the content hash it stored with the same stamp,
/// as git's index and make do, instead of reading and hashing the file again.
public struct FileStamp: Sendable, Hashable {
    /// The stamp as stored: the absolute path, device, inode, size, mtime and ctime.
    public var text: String
    /// The later of the modification and status-change times, rounded up to the next second, in
    /// seconds since 1970: a stamp whose file changed too recently is not stored (a second write in
    /// the same clock tick would leave the stamp as it was).
    public var changed: Double

    /// The stamp of the regular file at `path` (links followed), `nil` when it cannot be read.
    public init?(path: [UInt8]) {
        var info = stat()
        guard stat(RawPath.cString(path), &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let modified = (seconds: Int64(info.st_mtim.tv_sec), nanoseconds: Int64(info.st_mtim.tv_nsec))
        let status = (seconds: Int64(info.st_ctim.tv_sec), nanoseconds: Int64(info.st_ctim.tv_nsec))
        // The path is part of the stamp: a history kept from a corpus at another path is not trusted.
        text = [
            RawPath.display(path), "\(info.st_dev)", "\(info.st_ino)", "\(info.st_size)",
            "\(modified.seconds).\(modified.nanoseconds)", "\(status.seconds).\(status.nanoseconds)",
        ].joined(separator: "\u{1F}")
        changed = Double(max(modified.seconds, status.seconds)) + 1
    }
}
