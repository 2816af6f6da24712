import Testing

@testable import Scoring

/// The scorer's hot path reads a few constants in forms faster than the documented ones; these
/// pin that the two stay the same, so editing `SentimentRules` changes what the scorer does.
@Suite("Hot-path forms of the rule constants")
struct HotPathConstantTests {
    @Test("the inlined intensifier decay is VADER's 1, 0.95, 0.9 of `SentimentRules.boostDecay`")
    func boostDecay() {
        #expect(SentimentRules.boostDecayReach == SentimentRules.boostDecay.count)
        for distance in SentimentRules.boostDecay.indices {
            #expect(SentimentRules.boostDecay(at: distance) == SentimentRules.boostDecay[distance])
        }
    }

    @Test("a word index record stays 32 bytes (the table of both lexicons then takes 1.4 MB, not 2.5)")
    func recordLayout() {
        #expect(MemoryLayout<WordIndex.Record>.stride == 32)
    }
}
