import Lexicons
import TextProcessing

/// A one-word filter on the first two bytes of a word: 64 bits, one per hash of a byte pair. A
/// word it rejects cannot start with any of its pairs; one it admits may (a clash only costs the
/// full comparison in `Rating.valence`). Built from the rating words, so a word added to
/// `ratings.tsv` is admitted without a change of code.
struct RatingGate: Sendable {
    /// One bit per admitted pair hash.
    let mask: UInt64
    /// The shortest admitted word, at least 2 bytes (the filter reads two).
    let shortest: Int

    init(_ words: [[UInt8]]) {
        var mask: UInt64 = 0
        var shortest = Int.max
        for word in words where word.count >= 2 {
            mask |= 1 << Self.bit(word[0], word[1])
            shortest = min(shortest, word.count)
        }
        self.mask = mask
        self.shortest = shortest
    }

    @inline(__always) static func bit(_ lead: UInt8, _ second: UInt8) -> UInt64 {
        (UInt64(lead) &* 31 &+ UInt64(second)) & 63
    }

    /// True when a word starting with `lead`, `second` may be one of the words.
    @inline(__always) func admits(_ lead: UInt8, _ second: UInt8) -> Bool {
        mask & (1 << Self.bit(lead, second)) != 0
    }
}
