#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a corpus file by its raw path bytes, refusing anything but a regular file.
///
/// The one type in `Ingest` that touches memory Swift does not own (a file mapping, the kernel's
/// directory records, the buffer `pread` fills): the pointers stay inside it, their bounds checked
/// where they are made and asserted in debug builds, and what leaves it is an owned array or a
/// `Span` that lives only for the call (see `Sources/Ingest/README.md`).
///
/// The file is opened with `O_NONBLOCK` so that a named pipe swapped in after the walk cannot
/// block the run (opening a FIFO for reading otherwise waits for a writer forever), and checked
/// with `fstat` on the open descriptor before a byte is read.
enum RawFile {
    /// Why a file could not be read, in words for `errors.csv`.
    struct Failure: Error, CustomStringConvertible {
        var description: String

        static func system(_ code: Int32) -> Failure {
            Failure(description: String(cString: strerror(code)))
        }
    }

    /// The first `count` bytes of the file at `path` (fewer when it is shorter).
    static func prefix(of path: [UInt8], count: Int) throws(Failure) -> [UInt8] {
        try withOpenFile(path) { descriptor, _ throws(Failure) in try read(descriptor, from: 0, count: count) }
    }

    /// The bytes of the file at `path`, or of its byte `range` (empty when the file is shorter).
    static func bytes(of path: [UInt8], range: Range<Int>?) throws(Failure) -> [UInt8] {
        try withOpenFile(path) { descriptor, size throws(Failure) in
            guard let range else { return try read(descriptor, from: 0, count: size) }
            guard range.lowerBound >= 0, range.upperBound <= size else { return [] }
            return try read(descriptor, from: range.lowerBound, count: range.count)
        }
    }

    /// The size of the regular file at `path`, 0 when it cannot be read.
    static func size(of path: [UInt8]) -> Int {
        var info = stat()
        let status = stat(RawPath.cString(path), &info)
        guard status == 0, (info.st_mode & S_IFMT) == S_IFREG else { return 0 }
        return Int(exactly: info.st_size) ?? 0
    }

    /// Calls `body` with the whole file at `path` memory-mapped (read-only, private), so that a
    /// large file is scanned without being copied. The span cannot escape `body`: the mapping goes
    /// when it returns.
    static func withMappedBytes<Result>(
        of path: [UInt8], _ body: (Span<UInt8>) -> Result
    ) throws(Failure) -> Result {
        try withOpenFile(path) { descriptor, size throws(Failure) in
            guard size > 0 else { return body([UInt8]().span) }
            guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
                throw .system(errno)
            }
            defer { munmap(address, size) }
            let mapped = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
            assert(mapped.count == size && mapped.baseAddress != nil, "a mapping shorter than the file")
            return body(mapped.span)
        }
    }

    private static func withOpenFile<Result>(
        _ path: [UInt8], _ body: (Int32, Int) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let descriptor = open(RawPath.cString(path), O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .system(errno) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .system(errno) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw Failure(description: "not a regular file") }
        guard let size = Int(exactly: info.st_size) else { throw Failure(description: "file size out of range") }
        return try body(descriptor, size)
    }

    /// Up to `count` bytes from `offset`, retrying short reads and interruptions.
    private static func read(_ descriptor: Int32, from offset: Int, count: Int) throws(Failure) -> [UInt8] {
        assert(offset >= 0, "a read before the start of the file")
        guard count > 0, offset >= 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = buffer.withUnsafeMutableBytes { raw in
                pread(descriptor, raw.baseAddress.map { $0 + filled }, count - filled, off_t(offset + filled))
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw .system(errno)
            }
            if got == 0 { break }
            assert(got <= count - filled, "pread wrote past the buffer")
            filled += got
        }
        buffer.removeSubrange(filled...)
        return buffer
    }
}
