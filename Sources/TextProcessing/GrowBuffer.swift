/// The one owner of the scorer's grow-only memory: the token list, the key arena of `TokenBuffer`,
/// the per-text item, clause and fact stores of `ScoringScratch`, and the immortal folding tables.
///
/// The discipline is swift-nio's `ByteBuffer`: a value type over a class that owns one allocation
/// (freed in `deinit`), copy-on-write at the entry, and every unsafe operation of TextProcessing,
/// Lexicons and Scoring inside this file.
/// - Capacity is checked **once, at the entry** (`prepare(count:)`, `withMutableView(count:_:)`),
///   which also makes the storage unique; element access inside the hot loops (`BufferView`,
///   `MutableBufferView`) is unchecked in release builds and `assert`ed in debug builds.
/// - Every slot below `capacity` is always initialised (grown slots are filled with `blank`), so
///   a view never reads uninitialised memory, whatever a text left behind.
/// - Views are valid only inside the closure that receives them: **do not escape them** (store,
///   return or capture them in an escaping closure); the storage may move at the next entry.
public struct GrowBuffer<Element: Sendable>: Sendable {
    /// The allocation: `capacity` initialised elements at `base`.
    @usableFromInline
    final class Storage: @unchecked Sendable {
        // `@unchecked`: the elements are only written through `withMutableView`, which the
        // enclosing value calls on unique storage (`isKnownUniquelyReferenced`), so no two
        // threads ever write one `Storage`.
        @usableFromInline let base: UnsafeMutablePointer<Element>
        @usableFromInline let capacity: Int

        init(capacity: Int, copying old: Storage?, blank: Element) {
            self.capacity = capacity
            base = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
            let kept = old.map { min($0.capacity, capacity) } ?? 0
            if let old, kept > 0 { base.initialize(from: old.base, count: kept) }
            (base + kept).initialize(repeating: blank, count: capacity - kept)
        }

        deinit {
            base.deinitialize(count: capacity)
            base.deallocate()
        }
    }

    @usableFromInline var storage: Storage
    /// The value new slots hold until written.
    public let blank: Element

    /// Room for `capacity` elements (at least one), each `blank`.
    public init(blank: Element, capacity: Int = 64) {
        self.blank = blank
        storage = Storage(capacity: Swift.max(capacity, 1), copying: nil, blank: blank)
    }

    /// The elements of `elements`, then `blank` up to `capacity`.
    public init(_ elements: [Element], blank: Element) {
        self.init(blank: blank, capacity: elements.count)
        withMutableView(count: elements.count) { view in
            for index in elements.indices { view[index] = elements[index] }
        }
    }

    /// Slots available without growing.
    @inlinable public var capacity: Int { storage.capacity }

    /// The entry: makes the storage unique and at least `count` slots long, keeping every slot's
    /// contents. Grows by doubling, so a stream of texts reallocates only until the longest one.
    @inlinable
    public mutating func prepare(count: Int) {
        precondition(count >= 0, "negative buffer size")
        if _fastPath(count <= storage.capacity && isKnownUniquelyReferenced(&storage)) { return }
        grow(to: count)
    }

    @usableFromInline
    mutating func grow(to count: Int) {
        var size = storage.capacity
        while size < count { size = size <= Int.max / 2 ? size * 2 : count }
        storage = Storage(capacity: size, copying: storage, blank: blank)
        assert(storage.capacity >= count && isKnownUniquelyReferenced(&storage))
    }

    /// Calls `body` with slots `0..<count` to read (`count` ≤ `capacity`, checked here once).
    @inlinable
    public func withView<R>(count: Int, _ body: (BufferView<Element>) throws -> R) rethrows -> R {
        precondition(count >= 0 && count <= storage.capacity, "view beyond the buffer's capacity")
        return try withExtendedLifetime(storage) {
            try body(BufferView(base: UnsafePointer(storage.base), count: count))
        }
    }

    /// Calls `body` with slots `0..<count` to write, after `prepare(count:)` (the entry).
    @inlinable
    public mutating func withMutableView<R>(count: Int, _ body: (MutableBufferView<Element>) throws -> R) rethrows
        -> R
    {
        prepare(count: count)
        return try withExtendedLifetime(storage) {
            try body(MutableBufferView(base: storage.base, count: count))
        }
    }

    /// Slots `0..<count` to read, without a closure (`count` ≤ `capacity`, checked here once).
    /// Valid only while this buffer is neither changed nor destroyed: use it in the function that
    /// took it, never store it (the scorer takes its views in `score`, which holds the scratch
    /// `inout` until its stages return).
    @inlinable
    public func view(count: Int) -> BufferView<Element> {
        precondition(count >= 0 && count <= storage.capacity, "view beyond the buffer's capacity")
        return BufferView(base: UnsafePointer(storage.base), count: count)
    }

    /// Slots `0..<count` to write, after `prepare(count:)` (the entry); valid as `view(count:)`.
    @inlinable
    public mutating func mutableView(count: Int) -> MutableBufferView<Element> {
        prepare(count: count)
        return MutableBufferView(base: storage.base, count: count)
    }

    /// Element `index` (checked: for tests and cold paths; hot loops read through a view).
    @inlinable
    public subscript(index: Int) -> Element {
        precondition(index >= 0 && index < storage.capacity, "index beyond the buffer's capacity")
        return storage.base[index]
    }

    /// Elements `0..<count` as an array (cold paths: `explain`, tests).
    public func elements(count: Int) -> [Element] {
        withView(count: count) { Array($0) }
    }
}

/// Read access to some slots of a `GrowBuffer` (or of a borrowed `Span`), for one closure call:
/// do not escape it. Unchecked in release builds, `assert`ed in debug builds: its creator checked
/// the range once.
public struct BufferView<Element>: RandomAccessCollection {
    /// `nil` only for an empty view of a span without an address.
    @usableFromInline let base: UnsafePointer<Element>?
    public let count: Int

    @inlinable init(base: UnsafePointer<Element>?, count: Int) {
        self.base = base
        self.count = count
    }

    /// The mutable view's slots, read-only.
    @inlinable public init(_ view: MutableBufferView<Element>) {
        self.init(base: UnsafePointer(view.base), count: view.count)
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { count }

    @inlinable
    public subscript(position: Int) -> Element {
        @inline(__always) unsafeAddress {
            assert(position >= 0 && position < count, "BufferView index out of range")
            return base.unsafelyUnwrapped + position
        }
    }

    /// The view's elements in one contiguous run: what lets `Array.append(contentsOf:)` copy a
    /// view at once instead of element by element through its iterator (the stemmer's candidate
    /// keys, the word index's arena: ~170 instructions a call in the score probe's profile).
    @inlinable
    public func withContiguousStorageIfAvailable<R>(
        _ body: (UnsafeBufferPointer<Element>) throws -> R
    ) rethrows -> R? {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Slots `range` of this view (asserted to lie inside it).
    @inlinable @inline(__always)
    public func extracting(_ range: Range<Int>) -> BufferView<Element> {
        assert(range.lowerBound >= 0 && range.upperBound <= count, "BufferView range out of range")
        return BufferView(base: base.map { $0 + range.lowerBound }, count: range.count)
    }

    /// Calls `body` with the elements of `span` as a view: the door from the public `Span` APIs
    /// to the unchecked hot loops.
    @inlinable @inline(__always)
    public static func borrowing<R>(_ span: Span<Element>, _ body: (BufferView<Element>) throws -> R) rethrows -> R {
        try span.withUnsafeBufferPointer { try body(BufferView(base: $0.baseAddress, count: $0.count)) }
    }
}

extension BufferView {
    /// Calls `body` with the elements of `array` as a view: the tables built once at start
    /// (lexicon entries, hash slots, key arenas) read without a bounds check per element.
    @inlinable @inline(__always)
    public static func borrowing<R>(_ array: [Element], _ body: (BufferView<Element>) throws -> R) rethrows -> R {
        try array.withUnsafeBufferPointer { try body(BufferView(base: $0.baseAddress, count: $0.count)) }
    }
}

extension BufferView where Element == UInt8 {
    /// The bytes as a `String`, decoded like `String(decoding:as: UTF8.self)` (ill-formed sequences
    /// repaired) but straight from the memory: given the view itself, the generic initializer
    /// first tries a dynamic cast, then copies byte by byte (issue 17 profile: 1.7 % of a run, for
    /// the matchers' token keys).
    @inlinable
    public func decodedString() -> String {
        guard let base else { return "" }
        return String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }

    /// The eight bytes at `offset` as a little-endian word (asserted to lie inside the view).
    @inlinable @inline(__always)
    public func loadWord(at offset: Int) -> UInt64 {
        assert(offset >= 0 && offset + 8 <= count, "BufferView word out of range")
        return UInt64(littleEndian: UnsafeRawPointer(base.unsafelyUnwrapped + offset).loadUnaligned(as: UInt64.self))
    }
}

/// Write access to some slots of a `GrowBuffer`, for one closure call: do not escape it. Unchecked
/// in release builds, `assert`ed in debug builds: `withMutableView` checked the capacity once.
public struct MutableBufferView<Element>: RandomAccessCollection {
    @usableFromInline let base: UnsafeMutablePointer<Element>
    public let count: Int

    @inlinable init(base: UnsafeMutablePointer<Element>, count: Int) {
        self.base = base
        self.count = count
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { count }

    @inlinable
    public subscript(position: Int) -> Element {
        @inline(__always) unsafeAddress {
            assert(position >= 0 && position < count, "MutableBufferView index out of range")
            return UnsafePointer(base + position)
        }
        @inline(__always) nonmutating unsafeMutableAddress {
            assert(position >= 0 && position < count, "MutableBufferView index out of range")
            return base + position
        }
    }

    /// Slots `range` of this view (asserted to lie inside it).
    @inlinable @inline(__always)
    public func extracting(_ range: Range<Int>) -> MutableBufferView<Element> {
        assert(range.lowerBound >= 0 && range.upperBound <= count, "MutableBufferView range out of range")
        return MutableBufferView(base: base + range.lowerBound, count: range.count)
    }
}
