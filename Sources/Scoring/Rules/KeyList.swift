import Lexicons
import TextProcessing

/// A short list of token keys a rule compares item keys with (`never`, `or`, `think`…), read from a
/// word list (`WordListFile`).
///
/// A linear scan: the lists hold a handful of words and are only consulted around negators and
/// ratings, where a hash look-up would cost more than it saves.
struct KeyList: Sendable {
    /// The keys, in file order.
    let keys: [[UInt8]]

    init(_ keys: [[UInt8]]) { self.keys = keys }

    /// True when `key` is one of the keys.
    @inline(__always) func contains(_ key: BufferView<UInt8>) -> Bool {
        keys.contains { Self.same($0, key) }
    }

    /// True when the literal `word` equals `key`: lengths first, then bytes (the generic
    /// `elementsEqual` over an array slice showed up in profiles of this hot path).
    @inline(__always) static func same(_ word: [UInt8], _ key: BufferView<UInt8>) -> Bool {
        guard word.count == key.count else { return false }
        return BufferView.borrowing(word) { w in
            for k in 0..<w.count where w[k] != key[k] { return false }
            return true
        }
    }
}
