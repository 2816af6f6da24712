#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
public import Scoring
import Tagging
import TextProcessing
import VerbatimModel
public import Foundation

/// `verbatim score`: a TSV with a header naming a `text` column (optional `id`, `lang`) in, a TSV
/// `id lang score label themes emotions` out, row by row in constant memory.
///
/// Works on bytes end to end: lines are found in a fixed read buffer, the text cell is scored in
/// place, and the output row is written into a byte buffer flushed by `write(2)`.
public struct ScoreStream {
    /// Why a stream could not be processed.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        case noHeader
        case missingTextColumn(header: String)
        case io(String)

        public var description: String {
            switch self {
            case .noHeader: return "the input is empty: expected a header row with a 'text' column"
            case .missingTextColumn(let header): return "no 'text' column in the header: \(header)"
            case .io(let reason): return reason
            }
        }
    }

    let scorer: SentimentScorer
    /// Include emotions in the output (they cost a little: turn off for pure sentiment runs).
    let withEmotions: Bool
    /// Fills the `themes` column when given (theme detection costs more than scoring, so it is
    /// asked for: `verbatim score --themes`); the column stays empty otherwise.
    let tagger: Tagger?

    /// A stream scoring with `scorer`, and detecting themes with the theme lexicons and default
    /// journey under `themeLexicons` when given.
    public init(scorer: SentimentScorer, withEmotions: Bool = true, themeLexicons: URL? = nil) throws {
        self.scorer = scorer
        self.withEmotions = withEmotions
        tagger = try themeLexicons.map { try Tagger(lexiconDirectory: $0) }
    }

    /// Reads TSV from file descriptor `input` and writes scored TSV to `output`; returns the number
    /// of rows scored.
    @discardableResult
    public func run(input: Int32, output: Int32) throws(Failure) -> Int {
        var reader = ScoreLineReader(fd: input)
        var writer = ScoreWriter(fd: output)
        guard let headerLine = reader.nextLine() else { throw .noHeader }
        let header = String(decoding: headerLine, as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: [" ", "\r", "\u{FEFF}"]) }
        guard let textColumn = header.firstIndex(of: "text") else {
            throw .missingTextColumn(header: header.joined(separator: ", "))
        }
        let idColumn = header.firstIndex(of: "id")
        let langColumn = header.firstIndex(of: "lang")
        writer.append("id\tlang\tscore\tlabel\tthemes\temotions\n")
        var scratch = ScoringScratch()
        var rows = 0
        var emotions: [EmotionScore] = []
        emotions.reserveCapacity(Emotion.allCases.count)
        // Bound once: unwrapping the optional tagger in the loop copied it (a retain and a release
        // of each of its tables) for every row, even without `--themes`.
        let tagger = self.tagger
        // The scorer as a local: read through `self` inside the row closure, its 400 bytes were
        // copied onto the stack for every row.
        let scorer = self.scorer
        // The fixed cells with their tabs, as packed bytes written in two stores per row.
        let languageCells = Self.cells(Language.allCases, position: Self.position(of:), name: Self.name(of:))
        let labelCells = Self.cells(SentimentLabel.allCases, position: Self.position(of:), name: Self.name(of:))
        var fieldStore = [Range<Int>](repeating: 0..<0, count: header.count)
        try fieldStore.withUnsafeMutableBufferPointer { (fields) throws(Failure) in
            while let scored = reader.withNextLine({ bytes -> Bool in
                if bytes.isEmpty { return false }
                rows += 1
                Self.split(bytes, into: fields)
                var language = Language.unknown
                if let langColumn {
                    let cell = UnsafeBufferPointer(rebasing: bytes[fields[langColumn]])
                    if cell.count >= 2, cell[0] | 0x20 == 0x66, cell[1] | 0x20 == 0x72 { language = .fr }
                    if cell.count >= 2, cell[0] | 0x20 == 0x65, cell[1] | 0x20 == 0x6E { language = .en }
                }
                let text = UnsafeBufferPointer(rebasing: bytes[fields[textColumn]])
                let summary = scorer.score(utf8: text.span, language: language, scratch: &scratch)
                if let idColumn {
                    writer.append(UnsafeBufferPointer(rebasing: bytes[fields[idColumn]]))
                } else {
                    writer.append(integer: rows)
                }
                writer.append(languageCells[Self.position(of: summary.language)])
                writer.append(fixed: summary.score)
                writer.append(labelCells[Self.position(of: summary.label)])
                if let tagger {
                    // `theme:sentiment of the clause naming it`, as in verbatims.csv.
                    let verbatim = Verbatim(
                        source: SourceLocation(path: "-", ordinal: rows, position: "row \(rows)"), channel: .survey,
                        text: String(decoding: text, as: UTF8.self))
                    let tags = tagger.tag(
                        verbatim, buffer: scratch.tokens, language: summary.language,
                        sentiment: scorer.result(summary, in: scratch))
                    for (index, mention) in tags.themes.enumerated() {
                        if index > 0 { writer.append(byte: 0x7C) }
                        writer.append(mention.theme)
                        writer.append(byte: 0x3A)
                        writer.append(fixed: mention.sentiment, digits: 2)
                    }
                }
                writer.append(byte: 0x09)
                if withEmotions {
                    var first = true
                    scorer.emotions(scoredIn: &scratch, into: &emotions)
                    for emotion in emotions {
                        if !first { writer.append(byte: 0x7C) }
                        first = false
                        writer.append(name: Self.name(of: emotion.emotion))
                        writer.append(byte: 0x3A)
                        writer.append(fixed: emotion.intensity, digits: 2)
                    }
                }
                writer.append(byte: 0x0A)
                return true
            }) {
                if scored { try writer.flushIfFull() }
            }
        }
        try writer.flush()
        return rows
    }

    // The raw values as static strings: a `String` per cell, even a literal one, cost a retain and
    // a release of its storage object for every row. A test checks they equal the raw values.

    static func name(of language: Language) -> StaticString {
        switch language {
        case .fr: "fr"
        case .en: "en"
        case .unknown: "und"
        }
    }

    static func name(of label: SentimentLabel) -> StaticString {
        switch label {
        case .positive: "positive"
        case .negative: "negative"
        case .neutral: "neutral"
        case .mixed: "mixed"
        }
    }

    static func name(of emotion: Emotion) -> StaticString {
        switch emotion {
        case .anger: "anger"
        case .frustration: "frustration"
        case .worry: "worry"
        case .sadness: "sadness"
        case .disgust: "disgust"
        case .joy: "joy"
        case .surprise: "surprise"
        case .trust: "trust"
        }
    }

    /// The index of `language`'s packed cell in `run` (`cells`).
    static func position(of language: Language) -> Int {
        switch language {
        case .fr: 0
        case .en: 1
        case .unknown: 2
        }
    }

    /// The index of `label`'s packed cell in `run`.
    static func position(of label: SentimentLabel) -> Int {
        switch label {
        case .positive: 0
        case .negative: 1
        case .neutral: 2
        case .mixed: 3
        }
    }

    /// `\tname\t` of every value, at its `position`.
    static func cells<Value>(
        _ values: [Value], position: (Value) -> Int, name: (Value) -> StaticString
    ) -> [PackedCell] {
        var cells = [PackedCell](repeating: PackedCell(""), count: values.count)
        for value in values {
            let text = name(value).withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
            cells[position(value)] = PackedCell("\t\(text)\t")
        }
        return cells
    }

    /// Cell ranges of a tab-separated line; missing cells are empty.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, into fields: UnsafeMutableBufferPointer<Range<Int>>) {
        var field = 0
        var start = 0
        // Tabs are found eight bytes at a time (a byte loop, then one `memchr` per cell, were a
        // third of the stream's own time on short lines): a zero byte of `word ^ 0x0909…` is a tab,
        // and the lowest flagged byte is exactly the first one (SWAR, Mycroft's zero-byte test).
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i < bytes.count {
            if i + 8 <= bytes.count {
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
            if field < fields.count { fields[field] = start..<i }
            field += 1
            start = i + 1
            i += 1
        }
        var end = bytes.count
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
        if field < fields.count { fields[field] = start..<end }
        field += 1
        while field < fields.count {
            fields[field] = 0..<0
            field += 1
        }
    }
}

/// Lines of a file descriptor, read in 1 MiB blocks (constant memory for any input size).
///
/// A line is handed out as a pointer into the read buffer (found with `memchr`), never copied.
struct ScoreLineReader {
    let fd: Int32
    private var buffer: [UInt8] = []
    /// Valid bytes in `buffer` and the start of the next line.
    private var filled = 0
    private var start = 0
    private var eof = false
    static let blockSize = 1 << 20

    init(fd: Int32) { self.fd = fd }

    /// The next line without its `\n`, as a `String`-free copy (the header); `nil` at end of input.
    mutating func nextLine() -> [UInt8]? {
        withNextLine { Array($0) }
    }

    /// Calls `body` with the next line without its `\n` (valid only during the call); `nil` at end
    /// of input.
    mutating func withNextLine<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        while true {
            let newline = buffer.withUnsafeBufferPointer { all -> Int? in
                guard start < filled, let base = all.baseAddress else { return nil }
                guard let hit = memchr(base + start, 0x0A, filled - start) else { return nil }
                return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
            }
            if let newline {
                let from = start
                start = newline + 1
                return buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[from..<newline])) }
            }
            if eof {
                guard start < filled else { return nil }
                let from = start
                start = filled
                return buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[from..<filled])) }
            }
            // Move the partial line to the front and read one more block after it.
            let pending = filled - start
            if start > 0 {
                buffer.withUnsafeMutableBufferPointer { all in
                    guard let base = all.baseAddress else { return }
                    memmove(base, base + start, pending)
                }
                start = 0
                filled = pending
            }
            if buffer.count < filled + Self.blockSize {
                buffer.append(contentsOf: repeatElement(0, count: filled + Self.blockSize - buffer.count))
            }
            let got = buffer.withUnsafeMutableBufferPointer { pointer in
                read(fd, pointer.baseAddress! + filled, Self.blockSize)
            }
            if got <= 0 { eof = true } else { filled += got }
        }
    }
}

/// An output byte buffer flushed with `write(2)`.
///
/// A raw allocation rather than an `[UInt8]`: the rows are written a few bytes at a time, and every
/// `Array.append` pays a uniqueness check that showed in the profile of `verbatim score`.
struct ScoreWriter: ~Copyable {
    let fd: Int32
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var used = 0
    static let flushSize = 1 << 20

    init(fd: Int32) {
        self.fd = fd
        capacity = Self.flushSize + 4096
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// Makes room for `count` more bytes (a long cell may need more than the flush size).
    @inline(__always) private mutating func reserve(_ count: Int) {
        if used + count > capacity { grow(to: used + count) }
    }

    private mutating func grow(to needed: Int) {
        let larger = max(capacity * 2, needed)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: buffer, count: used)
        buffer.deallocate()
        buffer = moved
        capacity = larger
    }

    mutating func append(_ string: String) {
        var copy = string
        copy.withUTF8 { append($0) }
    }

    /// A fixed cell of up to 16 bytes in two stores (the buffer always has that much room to spare).
    @inline(__always) mutating func append(_ cell: PackedCell) {
        reserve(16)
        let raw = UnsafeMutableRawPointer(buffer + used)
        raw.storeBytes(of: cell.low, as: UInt64.self)
        raw.storeBytes(of: cell.high, toByteOffset: 8, as: UInt64.self)
        used += cell.count
    }

    mutating func append(name: StaticString) {
        name.withUTF8Buffer { append($0) }
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        reserve(bytes.count)
        if bytes.count <= 16 {
            // Ids and names are a few bytes: a loop beats the call to `memmove`.
            for k in 0..<bytes.count { buffer[used + k] = base[k] }
        } else {
            (buffer + used).update(from: base, count: bytes.count)
        }
        used += bytes.count
    }

    @inline(__always) mutating func append(byte: UInt8) {
        reserve(1)
        buffer[used] = byte
        used += 1
    }

    mutating func append(integer: Int) {
        reserve(21)
        var value = integer
        if value < 0 {
            buffer[used] = 0x2D
            used += 1
            value = -value
        }
        // Digits into a small stack buffer from the right: one division by the constant 10 per
        // digit (the compiler makes it a multiplication), not a division by a running power of 10.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var count = 0
            repeat {
                digits[19 - count] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
                value /= 10
                count += 1
            } while value > 0
            for k in (20 - count)..<20 {
                buffer[used] = digits[k]
                used += 1
            }
        }
    }

    /// `value` with `digits` decimals (rounded half away from zero), without Foundation.
    mutating func append(fixed value: Double, digits: Int = 4) {
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        // NaN, infinite or beyond 64 bits: an empty field rather than a trap.
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
        buffer[used] = 0x2E
        var position = used + digits
        used += digits + 1
        for _ in 0..<digits {
            buffer[position] = UInt8(truncatingIfNeeded: 0x30 + scaled % 10)
            scaled /= 10
            position -= 1
        }
    }

    mutating func flushIfFull() throws(ScoreStream.Failure) {
        if used >= Self.flushSize { try flush() }
    }

    mutating func flush() throws(ScoreStream.Failure) {
        var offset = 0
        while offset < used {
            let written = write(fd, buffer + offset, used - offset)
            if written <= 0 { throw .io("cannot write the output (errno \(errno))") }
            offset += written
        }
        used = 0
    }
}

/// A short fixed cell (a language or label name between tabs) packed into two little-endian words,
/// so that a row writes it in two stores instead of a byte loop.
struct PackedCell {
    let low: UInt64
    let high: UInt64
    let count: Int

    /// `text`, at most 16 bytes of UTF-8.
    init(_ text: String) {
        let bytes = Array(text.utf8)
        precondition(bytes.count <= 16, "a packed cell holds at most 16 bytes")
        var words: [UInt64] = [0, 0]
        for (k, byte) in bytes.enumerated() { words[k / 8] |= UInt64(byte) << (8 * UInt64(k % 8)) }
        low = UInt64(littleEndian: words[0])
        high = UInt64(littleEndian: words[1])
        count = bytes.count
    }
}
