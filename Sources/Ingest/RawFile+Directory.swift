#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension RawFile {
    /// The entry names of `directory` in byte order (without `.` and `..`), `nil` (and `errno` set)
    /// when it cannot be read.
    static func entryNames(in directory: [UInt8]) -> [[UInt8]]? {
        guard let stream = opendir(RawPath.cString(directory)) else { return nil }
        defer { closedir(stream) }
        // `readdir` returns records of `d_reclen` bytes, shorter than `dirent` for short names: reading
        // `entry.pointee` copies a whole `dirent` and faults when the record ends a page. The name is
        // read in place instead, up to its NUL, which the kernel writes within the record.
        // The scan is bounded by the size of `d_name` all the same, should a record lack its NUL.
        guard let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) else { return nil }
        let capacity = MemoryLayout<dirent>.size - nameOffset
        var names: [[UInt8]] = []
        while let entry = readdir(stream) {
            let start = UnsafeRawPointer(entry) + nameOffset
            let length = strnlen(start.assumingMemoryBound(to: CChar.self), capacity)
            assert(length < capacity, "a directory entry name without its NUL")
            let name = Array(UnsafeRawBufferPointer(start: start, count: length))
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            names.append(name)
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }
}
