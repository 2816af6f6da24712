#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file as the file system knows it (device and inode): two paths with the same identity are
/// one file, whatever links lead to it.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init(_ info: stat) {
        device = UInt64(truncatingIfNeeded: info.st_dev)
        inode = UInt64(truncatingIfNeeded: info.st_ino)
    }

    /// The identity of what `path` names (links followed), `nil` when it does not exist.
    init?(path: [UInt8]) {
        var info = stat()
        guard stat(RawPath.cString(path), &info) == 0 else { return nil }
        self.init(info)
    }
}
