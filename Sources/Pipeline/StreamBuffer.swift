#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of one side of `verbatim score` (its input or its output): one raw allocation, owned
/// here and nowhere else.
///
/// Every `Unsafe…` use of the score stream lives in this type and its extensions (the model is
/// swift-nio's `ByteBuffer`): a range or a size is checked once at each entry, the invariant
/// `0 ≤ count ≤ capacity` is asserted in debug builds, and callers see the bytes only as a `Span`
/// valid during a call or as an owned `String`. The pointer never leaves the type.
///
/// A raw allocation rather than an `[UInt8]`: rows are written a few bytes at a time, and every
/// `Array.append` paid a uniqueness check that showed in the profile of `verbatim score`.
struct StreamBuffer: ~Copyable {
    /// What one `read(2)` gave.
    enum ReadOutcome: Equatable {
        /// This many bytes were appended (never 0).
        case bytes(Int)
        /// End of input.
        case end
        /// `read(2)` failed with this `errno` (other than `EINTR`, which is retried).
        case failed(Int32)
    }

    private var base: UnsafeMutablePointer<UInt8>
    /// Bytes allocated.
    private(set) var capacity: Int
    /// Valid bytes, from the start of the buffer.
    private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes (more are allocated on demand).
    init(capacity: Int) {
        precondition(capacity > 0, "a stream buffer needs room for at least one byte")
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// Debug builds check the one invariant every method relies on.
    @inline(__always) private func assertValid() {
        assert(count >= 0 && count <= capacity, "stream buffer count \(count) outside 0...\(capacity)")
    }

    /// Makes room for `extra` more bytes after `count` (a long cell may need more than the
    /// initial capacity).
    @inline(__always) mutating func reserve(_ extra: Int) {
        precondition(extra >= 0, "cannot reserve a negative size")
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        let larger = max(capacity * 2, needed)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
        assertValid()
    }

    /// Checks that `range` lies within the valid bytes (the one check of every read access).
    @inline(__always) private func check(_ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "range \(range) outside 0..<\(count)")
    }

    // MARK: Reading

    /// Appends what one `read(2)` of at most `limit` bytes from `fd` gives.
    mutating func fill(from fd: Int32, atMost limit: Int) -> ReadOutcome {
        precondition(limit > 0, "a read of nothing would look like the end of input")
        reserve(limit)
        while true {
            let got = read(fd, base + count, limit)
            if got > 0 {
                count += got
                assertValid()
                return .bytes(got)
            }
            if got == 0 { return .end }
            if errno != EINTR { return .failed(errno) }
        }
    }

    /// Drops the first `dropped` bytes, moving the rest to the front.
    mutating func removeFirst(_ dropped: Int) {
        precondition(dropped >= 0 && dropped <= count, "cannot drop \(dropped) of \(count) bytes")
        guard dropped > 0 else { return }
        base.update(from: base + dropped, count: count - dropped)
        count -= dropped
        assertValid()
    }

    /// The position of the first `byte` in `range`, `nil` when there is none (`memchr`).
    func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        check(range)
        guard !range.isEmpty, let hit = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
    }

    /// Calls `body` with the bytes of `range`, valid only during the call.
    func withSpan<R, E: Error>(_ range: Range<Int>, _ body: (Span<UInt8>) throws(E) -> R) throws(E) -> R {
        check(range)
        return try body(UnsafeBufferPointer(start: base + range.lowerBound, count: range.count).span)
    }

    /// The bytes of `range` decoded as UTF-8 (invalid sequences become U+FFFD), as an owned copy.
    func string(_ range: Range<Int>) -> String {
        check(range)
        return String(decoding: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count), as: UTF8.self)
    }

    // MARK: Writing

    /// Appends `bytes`.
    mutating func append(_ bytes: Span<UInt8>) {
        let length = bytes.count
        reserve(length)
        bytes.withUnsafeBufferPointer { source in
            guard let from = source.baseAddress else { return }
            if length <= 16 {
                // Ids and names are a few bytes: a loop beats the call to `memmove`.
                for k in 0..<length { base[count + k] = from[k] }
            } else {
                (base + count).update(from: from, count: length)
            }
        }
        count += length
        assertValid()
    }

    /// Appends the UTF-8 of `text`.
    mutating func append(_ text: String) {
        append(text.utf8.span)
    }

    /// Appends one byte.
    @inline(__always) mutating func append(byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Appends a fixed cell of up to 16 bytes in two stores (room for 16 is reserved first).
    @inline(__always) mutating func append(_ cell: PackedCell) {
        reserve(16)
        let raw = UnsafeMutableRawPointer(base + count)
        raw.storeBytes(of: cell.low, as: UInt64.self)
        raw.storeBytes(of: cell.high, toByteOffset: 8, as: UInt64.self)
        count += cell.count
        assertValid()
    }

    /// Writes every byte to `fd` and empties the buffer; the `errno` of a failed `write(2)`.
    mutating func drain(to fd: Int32) -> Int32? {
        var offset = 0
        while offset < count {
            let written = write(fd, base + offset, count - offset)
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return written < 0 ? errno : EIO }
            offset += written
        }
        count = 0
        return nil
    }

    // MARK: Numbers

    /// Appends `integer` in decimal.
    mutating func append(integer: Int) {
        reserve(21)
        var value = integer.magnitude
        if integer < 0 {
            base[count] = 0x2D
            count += 1
        }
        // Digits into a small stack buffer from the right: one division by the constant 10 per
        // digit (the compiler makes it a multiplication), not a division by a running power of 10.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var used = 0
            repeat {
                digits[19 - used] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
                value /= 10
                used += 1
            } while value > 0
            for k in (20 - used)..<20 {
                base[count] = digits[k]
                count += 1
            }
        }
    }

    /// Appends `value` with `digits` decimals (rounded half away from zero), without Foundation;
    /// NaN, an infinity or a value beyond 64 bits appends nothing (an empty cell rather than a trap).
    mutating func append(fixed value: Double, digits: Int = 4) {
        precondition(digits >= 0 && digits <= 18, "between 0 and 18 decimals")
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        guard var scaled = Int(exactly: (abs(value) * Double(scale)).rounded()) else { return }
        if value < 0 && scaled != 0 { append(byte: 0x2D) }
        let whole = scaled / scale
        scaled %= scale
        if whole < 10 {
            append(byte: UInt8(truncatingIfNeeded: 0x30 + whole))  // scores and intensities: 0 or 1
        } else {
            append(integer: whole)
        }
        reserve(digits + 1)
        base[count] = 0x2E
        var position = count + digits
        count += digits + 1
        for _ in 0..<digits {
            base[position] = UInt8(truncatingIfNeeded: 0x30 + scaled % 10)
            scaled /= 10
            position -= 1
        }
    }

    // MARK: Cells

    /// Writes the ranges of the tab-separated cells of the line `line` into `cells` (relative to
    /// the line's start; cells past the line's last are empty, a `\r` ending the line is dropped)
    /// and returns how many cells the line has.
    func cells(of line: Range<Int>, into cells: inout [Range<Int>]) -> Int {
        check(line)
        let bytes = base + line.lowerBound
        let length = line.count
        var field = 0
        var start = 0
        // Tabs are found eight bytes at a time (a byte loop, then one `memchr` per cell, were a
        // third of the stream's own time on short lines): a zero byte of `word ^ 0x0909…` is a tab,
        // and the lowest flagged byte is exactly the first one (SWAR, Mycroft's zero-byte test).
        let raw = UnsafeRawPointer(bytes)
        var i = 0
        while i < length {
            if i + 8 <= length {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let x = word ^ 0x0909_0909_0909_0909
                let zero = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
                if zero == 0 {
                    i += 8
                    continue
                }
                i += zero.trailingZeroBitCount / 8
            } else if bytes[i] != 0x09 {
                i += 1
                continue
            }
            if field < cells.count { cells[field] = start..<i }
            field += 1
            start = i + 1
            i += 1
        }
        var end = length
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
        if field < cells.count { cells[field] = start..<end }
        let present = field + 1
        for missing in present..<max(present, cells.count) { cells[missing] = 0..<0 }
        return present
    }
}
