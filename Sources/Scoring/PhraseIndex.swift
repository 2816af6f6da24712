import Lexicons
import TextProcessing

/// The multiword expressions of one lexicon, keyed by the combined `KeyHash` of their tokens so the
/// scorer matches them from the per-token hashes it already has, without joining keys.
///
/// After the first word, a number in an expression is the placeholder `0` and matches any number
/// in the text (`took 0 weeks` matches "took 6 weeks"): keys are stored with their numbers written
/// `0`, and a number token of the text is hashed and compared as `0`.
///
/// Every proper prefix of an expression (two tokens or more) is stored too, as a record with no
/// entry: matching grows a candidate one token at a time and stops as soon as no expression
/// continues it, which finds the longest expression in one or two probes.
struct PhraseIndex: Sendable {
    /// One expression or expression prefix.
    struct Record: Sendable {
        /// Its key (token keys joined by one space) in `arena`.
        var keyStart: Int32
        var keyLength: Int32
        /// Entry number in `SentimentLexicon.phraseEntries`, -1 for a prefix only.
        var entry: Int32
    }

    /// The key hash of the placeholder `0`.
    static let numberHash: UInt32 = KeyHash.of([UInt8(0x30)])

    private var slots = HashSlots(capacity: 2048)
    private(set) var records: [Record] = []
    private var arena: [UInt8] = []

    /// The index of `lexicon.phrases`.
    init(_ lexicon: SentimentLexicon) {
        for number in 0..<lexicon.phrases.count {
            let key = Self.placeholderKey(lexicon.phrases.keyBytes(at: number))
            // The key's tokens are separated by single spaces (token keys never contain one).
            var hash: UInt32 = 0
            var tokens = 0
            var start = 0
            for end in 0...key.count where end == key.count || key[end] == 0x20 {
                let part = KeyHash.of(Array(key[start..<end]))
                hash = tokens == 0 ? part : KeyHash.combine(hash, part)
                tokens += 1
                if tokens >= 2 {
                    let record = insert(Array(key[0..<end]), hash: hash)
                    if end == key.count { records[record].entry = Int32(number) }
                }
                start = end + 1
            }
        }
    }

    /// `key` with every token after the first that is a number (digits, with `.` or `,`) written `0`.
    static func placeholderKey(_ key: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(key.count)
        var start = 0
        var index = 0
        for end in 0...key.count where end == key.count || key[end] == 0x20 {
            let part = key[start..<end]
            let isNumber =
                index > 0 && part.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
                && part.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2C }
            if index > 0 { result.append(0x20) }
            if isNumber { result.append(0x30) } else { result.append(contentsOf: part) }
            index += 1
            start = end + 1
        }
        return result
    }

    private mutating func insert(_ key: [UInt8], hash: UInt32) -> Int {
        let found = slots.first(hash: hash) { record in
            let r = records[record]
            let start = Int(r.keyStart)
            return Int(r.keyLength) == key.count && arena[start..<(start + key.count)].elementsEqual(key)
        }
        if found >= 0 { return found }
        records.append(Record(keyStart: Int32(arena.count), keyLength: Int32(key.count), entry: -1))
        arena.append(contentsOf: key)
        slots.add(record: records.count - 1, hash: hash)
        return records.count - 1
    }

    /// The record of tokens `from..<from+length` (their combined hash is `hash`), -1 when no
    /// expression starts with them.
    @inline(__always)
    func find(
        hash: UInt32, _ toks: BufferView<RawToken>, _ keys: BufferView<UInt8>, from: Int, length: Int
    ) -> Int {
        BufferView.borrowing(records) { records in
            BufferView.borrowing(arena) { arena in
                slots.first(hash: hash) { record in
                    let r = records[record]
                    var position = Int(r.keyStart)
                    let stop = position + Int(r.keyLength)
                    for t in from..<(from + length) {
                        if t > from {
                            guard position < stop, arena[position] == 0x20 else { return false }
                            position += 1
                        }
                        let token = toks[t]
                        if t > from && token.kind == .number {
                            guard position < stop, arena[position] == 0x30 else { return false }
                            position += 1
                            continue
                        }
                        let keyLength = Int(token.keyEnd - token.keyStart)
                        guard stop - position >= keyLength else { return false }
                        var k = Int(token.keyStart)
                        for p in position..<(position + keyLength) {
                            if arena[p] != keys[k] { return false }
                            k += 1
                        }
                        position += keyLength
                    }
                    return position == stop
                }
            }
        }
    }
}
