import Foundation

/// Writes `id<TAB>lang<TAB>text` rows of short review sentences, half French and half English, for the
/// `verbatim score` throughput benchmark (the input format of `verbatim score`).
struct ShortSentenceWriter: Sendable {
    /// The text source.
    let composer: VerbatimComposer
    /// The stream seed.
    let seed: UInt64

    /// Streams `count` rows plus a header to `handle` in 1 MiB chunks; returns the bytes written.
    func write(count: Int, to handle: FileHandle) throws -> Int {
        var rng = SplitMix64(seed: seed, stream: 6 << 40)
        var buffer: [UInt8] = []
        buffer.reserveCapacity((1 << 20) + 4096)
        buffer.append("id\tlang\ttext\n")
        var written = 0
        var text: [UInt8] = []
        for index in 0..<count {
            let lang: CorpusLanguage = index % 2 == 0 ? .fr : .en
            text.removeAll(keepingCapacity: true)
            composer.sentence(lang, Topic.draw(&rng), &rng, into: &text)
            if rng.percent(15) { text.append(rng.pick(composer.bank.emoji)) }
            buffer.append("s")
            buffer.append(number: index + 1, width: 7)
            buffer.append(lang == .fr ? "\tfr\t" : "\ten\t")
            for byte in text where byte != 0x09 && byte != 0x0A { buffer.append(byte) }
            buffer.append(0x0A)
            if buffer.count >= 1 << 20 {
                try handle.write(contentsOf: buffer)
                written += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
        return written + buffer.count
    }
}
