/// The fast tokenizer: one pass over UTF-8 bytes, folded keys written into a reusable arena.
///
/// Words keep letters, digits and inner apostrophes (`don't`, `aujourd'hui`); French elided words
/// (`l'`, `d'`, `qu'`, `n'`, `j'`, `s'`, `c'`, `m'`, `t'`, `jusqu'`, `lorsqu'`, `puisqu'`, `quoiqu'`,
/// `presqu'`, with `'` or `’`) are tokens of their own, keyed with `'`. Hyphens split words but mark
/// the next token `afterHyphen` so multiword look-ups can join `peut-être`. Keys are lowercased,
/// stripped of diacritics (`déçu` → `decu`) and have letter runs longer than two cut to two
/// (`nuuul` → `nuul`, flagged `elongated`). URLs, e-mail addresses, emoji (with their modifiers and
/// ZWJ sequences), common ASCII emoticons and runs of `!`, `?`, `.` are single tokens.
public enum ByteTokenizer {
    /// Appends the tokens of `text` to `buffer` (call `buffer.removeAll()` first to reuse it).
    public static func tokenize(_ text: String, into buffer: inout TokenBuffer) {
        var copy = text
        copy.makeContiguousUTF8()
        tokenize(copy.utf8.span, into: &buffer)
    }

    /// Appends the tokens of the UTF-8 `bytes` to `buffer`.
    public static func tokenize(_ bytes: Span<UInt8>, into buffer: inout TokenBuffer) {
        BufferView.borrowing(bytes) { tokenize($0, into: &buffer, plainWords: true) }
    }

    /// The same; `plainWords: false` turns off the fast path for plain words (`Scanner.scanPlainWord`)
    /// so that tests can check it agrees with the general one.
    static func tokenize(_ bytes: BufferView<UInt8>, into buffer: inout TokenBuffer, plainWords: Bool) {
        let base = buffer.keyCount
        // Token offsets are 32-bit (`RawToken`): a text of 2 GiB is refused here, once, so the hot
        // paths convert without checking.
        precondition(base + bytes.count + 16 < Int(Int32.max), "a text of \(bytes.count) bytes is too long to tokenize")
        let (keyCount, skippedInvalidByte) = scan(
            bytes, keys: &buffer.keys, from: base, tokens: &buffer.tokens, plainWords: plainWords)
        buffer.keyCount = keyCount
        if skippedInvalidByte { buffer.hasInvalidUTF8 = true }
    }

    /// Scans `bytes`, writing keys into `keys` from `base` and tokens after those of `tokens`;
    /// returns the new number of key bytes and whether an invalid byte was skipped. The entry of both buffers: capacity is checked here,
    /// once per text, and the scanner writes without checks (asserted in debug builds).
    private static func scan(
        _ bytes: BufferView<UInt8>, keys: inout GrowBuffer<UInt8>, from base: Int, tokens: inout TokenList,
        plainWords: Bool
    ) -> (Int, Bool) {
        // Folding never makes a key longer than its text, and 16 spare bytes after the last key let
        // the scorer hash keys a word at a time; a text has at most one token per byte.
        let needed = base + bytes.count + 16
        let previous = tokens.last
        var written = base
        var skippedInvalidByte = false
        keys.withMutableView(count: needed) { arena in
            tokens.append(upTo: bytes.count + 1) { slots in
                LatinFolding.shared.packed.withView(count: LatinFolding.size) { packed in
                    LatinFolding.shared.upper.withView(count: LatinFolding.size) { upper in
                        var scanner = Scanner(
                            bytes: bytes, out: arena, keyCount: base, packed: packed, upper: upper,
                            plainWords: plainWords)
                        var sink = Scanner.Sink(slots: slots, previous: previous)
                        scanner.run(into: &sink)
                        written = scanner.keyCount
                        skippedInvalidByte = scanner.skippedInvalidByte
                        assert(written <= needed - 16, "a key outgrew its text")
                        return sink.count
                    }
                }
            }
        }
        return (written, skippedInvalidByte)
    }
}

/// The state machine behind `ByteTokenizer`.
private struct Scanner {
    let bytes: BufferView<UInt8>
    /// `LatinFolding.shared.packed` and `.upper`.
    let packed: BufferView<UInt16>
    let upper: BufferView<Bool>
    // Empty option sets are written `Flags()`, not `[]`: the array literal costs a call to
    // release an (empty) array at every use, and these run for every token.
    var pending = RawToken.Flags()
    /// Key arena (sized by the caller) and the number of key bytes written so far.
    let out: MutableBufferView<UInt8>
    var keyCount: Int
    /// Plain words take `scanPlainWord` (false only in tests of that path).
    let plainWords: Bool
    /// Set when an invalid UTF-8 byte was skipped (`TokenBuffer.hasInvalidUTF8`).
    var skippedInvalidByte = false

    init(
        bytes: BufferView<UInt8>, out: MutableBufferView<UInt8>, keyCount: Int,
        packed: BufferView<UInt16>, upper: BufferView<Bool>, plainWords: Bool
    ) {
        self.bytes = bytes
        self.packed = packed
        self.upper = upper
        self.out = out
        self.keyCount = keyCount
        self.plainWords = plainWords
    }

    @inline(__always) mutating func put(_ byte: UInt8) {
        out[keyCount] = byte
        keyCount += 1
    }

    // MARK: Byte classes

    @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) static func isASCIIAlnum(_ c: UInt8) -> Bool { isASCIILetter(c) || isDigit(c) }

    /// Decodes the scalar at `i`: its value and byte length; length 1 and value 0xFFFD when invalid.
    @inline(__always) func decode(at i: Int) -> (UInt32, Int) {
        let c = bytes[i]
        let n = bytes.count
        if c < 0x80 { return (UInt32(c), 1) }
        if c & 0xE0 == 0xC0, i + 1 < n, bytes[i + 1] & 0xC0 == 0x80 {
            return ((UInt32(c & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F), 2)
        }
        if c & 0xF0 == 0xE0, i + 2 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 {
            return ((UInt32(c & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if c & 0xF8 == 0xF0, i + 3 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80,
            bytes[i + 3] & 0xC0 == 0x80
        {
            let v =
                (UInt32(c & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12) | (UInt32(bytes[i + 2] & 0x3F) << 6)
                | UInt32(bytes[i + 3] & 0x3F)
            return (v, 4)
        }
        return (0xFFFD, 1)
    }

    @inline(__always) static func isSpaceScalar(_ v: UInt32) -> Bool {
        v == 0xA0 || v == 0x202F || (v >= 0x2000 && v <= 0x200B) || v == 0x3000 || v == 0xFEFF || v == 0x85
    }

    @inline(__always) static func isApostropheScalar(_ v: UInt32) -> Bool { v == 0x2019 || v == 0x2018 || v == 0x2BC }

    @inline(__always) static func isCombining(_ v: UInt32) -> Bool { v >= 0x300 && v <= 0x36F }

    /// Pictographs and symbols used as emoji (Unicode emoji blocks).
    @inline(__always) static func isEmoji(_ v: UInt32) -> Bool {
        (v >= 0x1F000 && v <= 0x1FAFF) || (v >= 0x2600 && v <= 0x27BF) || (v >= 0x2B00 && v <= 0x2BFF)
            || v == 0x2764 || (v >= 0x2190 && v <= 0x21FF) || v == 0x203C || v == 0x2049
    }

    /// Modifiers that belong to the emoji before them (variation selector, ZWJ, skin tones, keycap).
    @inline(__always) static func isEmojiModifier(_ v: UInt32) -> Bool {
        v == 0xFE0F || v == 0xFE0E || v == 0x200D || (v >= 0x1F3FB && v <= 0x1F3FF) || v == 0x20E3
    }

    func isLetterScalar(_ v: UInt32) -> Bool {
        if v >= LatinFolding.first && v <= LatinFolding.last {
            return packed[Int(v - LatinFolding.first)] != 0
        }
        if v < 0x80 { return Self.isASCIILetter(UInt8(v)) }
        if Self.isEmoji(v) || Self.isSpaceScalar(v) { return false }
        guard let scalar = Unicode.Scalar(v) else { return false }
        return scalar.properties.isAlphabetic
    }

    /// A word can start at `i` (ASCII letter/digit or a non-ASCII letter).
    @inline(__always) func wordStarts(at i: Int) -> Bool {
        guard i < bytes.count else { return false }
        let c = bytes[i]
        if c < 0x80 { return Self.isASCIIAlnum(c) }
        let (v, _) = decode(at: i)
        return isLetterScalar(v)
    }

    // MARK: Main loop

    mutating func run(into tokens: inout Sink) {
        let n = bytes.count
        var i = 0
        while i < n {
            let c = bytes[i]
            if c < 0x80 {
                if Self.isASCIIAlnum(c) {
                    let end = plainWords ? scanPlainWord(from: i, into: &tokens) : -1
                    i = end >= 0 ? end : scanWord(from: i, into: &tokens)
                    continue
                }
                switch c {
                case 0x20, 0x09, 0x0D, 0x0B, 0x0C:
                    i += 1
                case 0x0A:
                    pending.insert(.afterNewline)
                    i += 1
                case 0x2D:  // '-' between two words joins them
                    if let last = tokens.last, last.end == Int32(i), last.kind == .word, wordStarts(at: i + 1) {
                        pending.insert(.afterHyphen)
                        i += 1
                    } else {
                        i = scanPunctuation(from: i, into: &tokens)
                    }
                default:
                    i = scanPunctuation(from: i, into: &tokens)
                }
                continue
            }
            let (v, length) = decode(at: i)
            if Self.isSpaceScalar(v) {
                i += length
            } else if v == 0x2028 || v == 0x2029 {
                pending.insert(.afterNewline)
                i += length
            } else if isLetterScalar(v) {
                let plain = plainWords ? scanPlainWord(from: i, into: &tokens) : -1
                if plain >= 0 {
                    i = plain
                    continue
                }
                // Always move on: a letter no rule of `scanWord` takes is skipped, never looped on.
                let next = scanWord(from: i, into: &tokens)
                i = next > i ? next : i + length
            } else if Self.isEmoji(v) {
                i = scanEmoji(from: i, into: &tokens)
            } else if Self.isCombining(v) || (v == 0xFFFD && length == 1) {  // stray mark or invalid byte
                if v == 0xFFFD { skippedInvalidByte = true }
                i += length
            } else {
                emitPunctuation(start: i, end: i + length, scalar: v, into: &tokens)
                i += length
            }
        }
    }

    // MARK: Words

    /// The elided forms that become tokens of their own (French elision before a vowel or mute h).
    func isElisionPrefix(from start: Int, to end: Int) -> Bool {
        let length = end - start
        switch length {
        case 1:
            switch out[start] {
            case 0x6C, 0x64, 0x6A, 0x6E, 0x73, 0x63, 0x6D, 0x74: return true  // l d j n s c m t
            default: return false
            }
        case 2:
            return out[start] == 0x71 && out[start + 1] == 0x75  // qu
        case 5, 6:
            // jusqu, lorsqu, puisqu, quoiqu, presqu
            guard out[end - 2] == 0x71, out[end - 1] == 0x75 else { return false }
            let word = String(decoding: BufferView(out).extracting(start..<end), as: UTF8.self)
            return word == "jusqu" || word == "lorsqu" || word == "puisqu" || word == "quoiqu" || word == "presqu"
        default:
            return false
        }
    }

    /// True when the word at `i` starts with `ht` or `ww` (either case), the cheap test before the
    /// URL prefixes: many words start with h or w (`have`, `was`).
    @inline(__always) func mayStartURL(at i: Int) -> Bool {
        guard i + 1 < bytes.count else { return false }
        let first = bytes[i] | 0x20
        let second = bytes[i + 1] | 0x20
        return (first == 0x68 && second == 0x74) || (first == 0x77 && second == 0x77)
    }

    /// True when the bytes at `i` start `prefix` (ASCII, compared case-insensitively).
    func hasPrefix(_ prefix: StaticString, at i: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { p in
            for k in 0..<count where (bytes[i + k] | 0x20) != (p[k] | 0x20) { return false }
            return true
        }
    }

    /// Scans up to the next whitespace: the extent of a URL or an e-mail address.
    func endOfNonSpace(from i: Int) -> Int {
        var j = i
        while j < bytes.count {
            let c = bytes[j]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x3C || c == 0x3E || c == 0x22 { break }
            if c >= 0x80 {
                let (v, length) = decode(at: j)
                if Self.isSpaceScalar(v) { break }
                j += length
            } else {
                j += 1
            }
        }
        // Trailing sentence punctuation belongs to the sentence, not the URL.
        while j > i + 1, let last = Optional(bytes[j - 1]),
            last == 0x2E || last == 0x2C || last == 0x29 || last == 0x21
                || last == 0x3F || last == 0x3B || last == 0x3A
        {
            j -= 1
        }
        return j
    }

    /// Where the scanner writes tokens: `count` tokens into `slots` (room for one per text byte).
    /// `last` sees the buffer's previous token when none was written yet, as the array did.
    struct Sink {
        let slots: MutableBufferView<RawToken>
        let previous: RawToken?
        var count = 0

        init(slots: MutableBufferView<RawToken>, previous: RawToken?) {
            self.slots = slots
            self.previous = previous
        }

        var last: RawToken? { count > 0 ? slots[count - 1] : previous }

        @inline(__always) mutating func append(_ token: RawToken) {
            slots[count] = token
            count += 1
        }
    }

    mutating func emit(
        _ kind: Token.Kind, start: Int, end: Int, keyStart: Int, flags: RawToken.Flags, into tokens: inout Sink
    ) {
        tokens.append(
            RawToken(
                kind: kind, flags: flags.union(pending), start: Int32(start), end: Int32(end),
                keyStart: Int32(keyStart), keyEnd: Int32(keyCount)))
        pending = RawToken.Flags()
    }

    /// The common word, `scanWord`'s answer for it at a fraction of the cost: a letter then
    /// lowercase letters (`merci`, `The`, `arrivée`, `à`), ASCII or Latin letters that fold to one
    /// ASCII letter, with no letter tripled, ended by a byte that cannot continue it (a space, most
    /// punctuation, the end of the text); and the French elided words (`l'`, `qu’`). Returns its
    /// end, or -1 for anything else (digits, capitals inside, ligatures, combining marks, other
    /// apostrophes, URLs, e-mail addresses, elongation), which `scanWord` then takes from the
    /// start: nothing is written but spare arena bytes.
    ///
    /// Most words of any text take this path; in `scanWord` each one paid for the set-up of every
    /// rule (a large stack frame, a dozen counters) before its first byte.
    @inline(__always) mutating func scanPlainWord(from start: Int, into tokens: inout Sink) -> Int {
        let bytes = self.bytes
        let n = bytes.count
        let out = self.out
        let keyStart = keyCount
        var written = keyStart
        var flags = RawToken.Flags()
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        var j = start
        let first = bytes[start]
        if first < 0x80 {
            guard Self.isASCIILetter(first) else { return -1 }
            let lower = first | 0x20
            if mayStartURL(at: start) { return -1 }
            if first < 0x61 { flags = .capitalized }
            out[written] = lower
            written &+= 1
            previous = lower
            j &+= 1
        }
        while j < n {
            let d = bytes[j]
            var letter = d
            var width = 1
            if d &- 0x61 >= 26 {
                // A two-byte Latin letter that folds to one lowercase ASCII letter (`é` → `e`).
                guard d >= 0xC3 && d <= 0xC9 && j &+ 1 < n else { break }
                let v = UInt32(d & 0x1F) << 6 | UInt32(bytes[j &+ 1] & 0x3F)
                guard bytes[j &+ 1] & 0xC0 == 0x80, v >= LatinFolding.first, v <= LatinFolding.last else { break }
                let folded = packed[Int(v &- LatinFolding.first)]
                guard folded != 0, folded <= 0xFF, !upper[Int(v &- LatinFolding.first)] else { return -1 }
                letter = UInt8(truncatingIfNeeded: folded)
                width = 2
                flags.insert(.hasDiacritic)
            }
            if letter == previous && letter == beforePrevious { return -1 }  // elongated (`sooo`)
            out[written] = letter
            written &+= 1
            j &+= width
            beforePrevious = previous
            previous = letter
        }
        if written == keyStart { return -1 }
        if j < n {
            // The characters `scanWord` does not simply stop at: digits, capitals and other
            // letters and combining marks continue a word, an apostrophe may (or closes an elided
            // word), `@` and `._+` before a letter or digit may make an e-mail address. Spaces
            // (no-break ones too), punctuation and emoji end it.
            let d = bytes[j]
            var apostrophe = 0
            if d == 0x27 {
                apostrophe = 1
            } else if d >= 0x80 {
                let (v, width) = decode(at: j)
                if v == 0x2019 || v == 0x2018 {
                    apostrophe = width  // ’ ‘
                } else if isLetterScalar(v) || Self.isApostropheScalar(v) || Self.isCombining(v) {
                    return -1
                }
            } else if Self.isASCIIAlnum(d) || d == 0x40 {
                return -1
            } else if (d == 0x2E || d == 0x5F || d == 0x2B) && j &+ 1 < n && Self.isASCIIAlnum(bytes[j &+ 1]) {
                return -1
            }
            if apostrophe > 0 {
                // Only elided words (`l'`, `qu’`, `jusqu'`) end here; `aujourd'hui` and `don't`
                // take the general path.
                guard isElisionPrefix(from: keyStart, to: written) else { return -1 }
                out[written] = 0x27
                written &+= 1
                j &+= apostrophe
            }
        }
        keyCount = written
        // Offsets fit in 32 bits: `ByteTokenizer.tokenize` checks the text and arena sizes once.
        tokens.append(
            RawToken(
                kind: .word, flags: flags.union(pending), start: Int32(truncatingIfNeeded: start),
                end: Int32(truncatingIfNeeded: j), keyStart: Int32(truncatingIfNeeded: keyStart),
                keyEnd: Int32(truncatingIfNeeded: written)))
        pending = RawToken.Flags()
        // The space after the word is skipped here, as `run` would skip it (a space sets no flag):
        // one trip less through the main loop per word.
        return j < n && bytes[j] == 0x20 ? j &+ 1 : j
    }

    mutating func scanWord(from start: Int, into tokens: inout Sink) -> Int {
        let keyStart = keyCount
        if mayStartURL(at: start)
            && (hasPrefix("http://", at: start) || hasPrefix("https://", at: start) || hasPrefix("www.", at: start))
        {
            let end = endOfNonSpace(from: start)
            for k in start..<end {
                put(bytes[k] < 0x80 ? bytes[k] | (Self.isASCIILetter(bytes[k]) ? 0x20 : 0) : bytes[k])
            }
            emit(.url, start: start, end: end, keyStart: keyStart, flags: RawToken.Flags(), into: &tokens)
            return end
        }
        // The loop keeps the text, the arena and the key length in locals: written through
        // `self`, every key byte stored would force them to be reloaded (a byte store may alias
        // anything), which made this the hottest loop of `verbatim score` before plain words
        // took `scanPlainWord`. `keyCount` is synced around the calls that read it.
        let bytes = self.bytes
        let out = self.out
        var written = keyCount
        let n = bytes.count
        var j = start
        // Counters of a word inside one text: they cannot overflow (wrapping arithmetic spares the
        // overflow checks and the registers their trap paths hold).
        var letters = 0
        var lowers = 0
        var flags = RawToken.Flags()
        var last: UInt8 = 0
        var run = 0

        @inline(__always) func store(_ byte: UInt8) {
            out[written] = byte
            written &+= 1
        }

        @inline(__always) func appendLetter(_ byte: UInt8) {
            if byte == last {
                run &+= 1
                if run >= 3 {
                    flags.insert(.elongated)
                    return
                }
            } else {
                last = byte
                run = 1
            }
            store(byte)
        }

        while j < n {
            let c = bytes[j]
            if c < 0x80 {
                if Self.isASCIILetter(c) {
                    if c < 0x61 {
                        if letters == 0 { flags.insert(.capitalized) }
                    } else {
                        lowers &+= 1
                    }
                    letters &+= 1
                    appendLetter(c | 0x20)
                    j &+= 1
                } else if Self.isDigit(c) {
                    store(c)
                    last = 0
                    run = 0
                    j += 1
                } else if c == 0x27 {
                    keyCount = written
                    let next = apostrophe(at: j, width: 1, keyStart: keyStart, letters: letters)
                    written = keyCount
                    if let next {
                        j = next.index
                        if next.ends { break }
                    } else {
                        break
                    }
                } else if (c == 0x2E || c == 0x2C) && letters == 0 && j + 1 < n && Self.isDigit(bytes[j + 1]) {
                    store(c)  // 12.50, 3,5
                    j += 1
                } else if (c == 0x2E || c == 0x5F || c == 0x2B) && j + 1 < n && Self.isASCIIAlnum(bytes[j + 1]),
                    let end = emailEnd(from: start)
                {
                    keyCount = keyStart
                    for k in start..<end { put(Self.isASCIILetter(bytes[k]) ? bytes[k] | 0x20 : bytes[k]) }
                    emit(.email, start: start, end: end, keyStart: keyStart, flags: RawToken.Flags(), into: &tokens)
                    return end
                } else if c == 0x40 && letters > 0 && j + 1 < n && Self.isASCIIAlnum(bytes[j + 1]) {
                    keyCount = written
                    let end = endOfNonSpace(from: j)
                    for k in j..<end {
                        put(bytes[k] < 0x80 && Self.isASCIILetter(bytes[k]) ? bytes[k] | 0x20 : bytes[k])
                    }
                    emit(.email, start: start, end: end, keyStart: keyStart, flags: RawToken.Flags(), into: &tokens)
                    return end
                } else {
                    break
                }
                continue
            }
            let (v, length) = decode(at: j)
            if v >= LatinFolding.first && v <= LatinFolding.last, case let folded = packed[Int(v - LatinFolding.first)],
                folded != 0
            {
                if upper[Int(v - LatinFolding.first)] {
                    if letters == 0 { flags.insert(.capitalized) }
                } else {
                    lowers &+= 1
                }
                letters &+= 1
                flags.insert(.hasDiacritic)
                appendLetter(UInt8(folded & 0xFF))
                if folded > 0xFF { appendLetter(UInt8(folded >> 8)) }
                j += length
            } else if Self.isApostropheScalar(v) {
                keyCount = written
                let next = apostrophe(at: j, width: length, keyStart: keyStart, letters: letters)
                written = keyCount
                if let next {
                    j = next.index
                    if next.ends { break }
                } else {
                    break
                }
            } else if Self.isCombining(v) {
                flags.insert(.hasDiacritic)
                j += length
            } else if !Self.isEmoji(v) && !Self.isSpaceScalar(v) && isLetterScalar(v) {
                letters &+= 1
                lowers &+= 1
                for k in j..<(j + length) { store(bytes[k]) }
                last = 0
                run = 0
                j += length
            } else {
                break
            }
        }
        if letters >= 2 && lowers == 0 { flags.insert(.allCaps) }
        keyCount = written
        emit(letters == 0 ? .number : .word, start: start, end: j, keyStart: keyStart, flags: flags, into: &tokens)
        return j
    }

    /// The end of an e-mail address starting at `start` (`jean.dupont@mail.fr`), `nil` if none.
    func emailEnd(from start: Int) -> Int? {
        var j = start
        while j < bytes.count {
            let c = bytes[j]
            if Self.isASCIIAlnum(c) || c == 0x2E || c == 0x5F || c == 0x2B || c == 0x2D {
                j += 1
            } else if c == 0x40 && j + 1 < bytes.count && Self.isASCIIAlnum(bytes[j + 1]) {
                return endOfNonSpace(from: j)
            } else {
                return nil
            }
        }
        return nil
    }

    /// Handles an apostrophe inside a word: `(index after it, word ends)` or `nil` when the word
    /// ends before it.
    mutating func apostrophe(at j: Int, width: Int, keyStart: Int, letters: Int) -> (
        index: Int, ends: Bool
    )? {
        guard letters > 0 else { return nil }
        let elision = isElisionPrefix(from: keyStart, to: keyCount)
        let letterFollows = wordStarts(at: j + width) && !(j + width < bytes.count && Self.isDigit(bytes[j + width]))
        if elision {
            put(0x27)
            return (j + width, true)
        }
        if letterFollows {
            put(0x27)
            return (j + width, false)
        }
        return nil
    }

    // MARK: Emoji and punctuation

    mutating func scanEmoji(from start: Int, into tokens: inout Sink) -> Int {
        let keyStart = keyCount
        let (_, first) = decode(at: start)
        for k in start..<(start + first) { put(bytes[k]) }
        var j = start + first
        while j < bytes.count {
            let (v, length) = decode(at: j)
            if Self.isEmojiModifier(v) {
                j += length
                if v == 0x200D, j < bytes.count {  // ZWJ joins the next pictograph to this one
                    let (next, nextLength) = decode(at: j)
                    if Self.isEmoji(next) { j += nextLength }
                }
            } else {
                break
            }
        }
        emit(.emoji, start: start, end: j, keyStart: keyStart, flags: RawToken.Flags(), into: &tokens)
        return j
    }

    /// Common Western emoticons, longest first (shapes only; their valence is lexicon data).
    static let emoticons: [StaticString] = [
        ">:-(", ":'-(", ":-))", ":-((", "^_^", "-_-", "</3", ":-)", ":-(", ":-D", ":-P", ":-p", ":-/", ";-)",
        ":'(", ":')", ":))", ":((", ">:(", ":)", ":(", ":D", ":P", ":p", ":/", ":|", ";)", ":o", ":O", "<3",
        "^^", "=)", "=(", ":]", ":[", ":s", ":S", ":@", ":*", ":x", "=D", "T_T",
    ]

    mutating func scanPunctuation(from start: Int, into tokens: inout Sink) -> Int {
        let c = bytes[start]
        if c == 0x3A || c == 0x3B || c == 0x3E || c == 0x3C || c == 0x5E || c == 0x2D || c == 0x3D {
            for shape in Self.emoticons where hasExact(shape, at: start) {
                let end = start + shape.utf8CodeUnitCount
                // An emoticon ending in a letter must not run into a word (`:Description`).
                if let lastByte = Optional(bytes[end - 1]), Self.isASCIILetter(lastByte), end < bytes.count,
                    Self.isASCIIAlnum(bytes[end])
                {
                    continue
                }
                let keyStart = keyCount
                for k in start..<end { put(Self.isASCIILetter(bytes[k]) ? bytes[k] | 0x20 : bytes[k]) }
                emit(.emoji, start: start, end: end, keyStart: keyStart, flags: RawToken.Flags(), into: &tokens)
                return end
            }
        }
        var end = start + 1
        if c == 0x21 || c == 0x3F || c == 0x2E {
            while end < bytes.count && bytes[end] == c { end += 1 }
        }
        let keyStart = keyCount
        for k in start..<end { put(bytes[k]) }
        emit(.punctuation, start: start, end: end, keyStart: keyStart, flags: RawToken.Flags(), into: &tokens)
        return end
    }

    func hasExact(_ shape: StaticString, at i: Int) -> Bool {
        let count = shape.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        return shape.withUTF8Buffer { p in
            for k in 0..<count where bytes[i + k] != p[k] { return false }
            return true
        }
    }

    mutating func emitPunctuation(start: Int, end: Int, scalar: UInt32, into tokens: inout Sink) {
        let keyStart = keyCount
        switch scalar {
        case 0x2026:  // … is three dots
            put(0x2E)
            put(0x2E)
            put(0x2E)
        case 0x2019, 0x2018, 0x2BC:
            put(0x27)
        case 0xAB, 0xBB, 0x201C, 0x201D, 0x201E:
            put(0x22)
        case 0x2013, 0x2014, 0x2212:
            put(0x2D)
        default:
            for k in start..<end { put(bytes[k]) }
        }
        emit(.punctuation, start: start, end: end, keyStart: keyStart, flags: RawToken.Flags(), into: &tokens)
    }
}
