import Testing
import VerbatimModel

/// VerbatimModel has no test target of its own; repeat contact and mail threads rely on this.
@Suite struct StableHashTests {
    @Test func hashingOnFromASeedIsHashingTheJoinedString() {
        let parts = ["", "k1", "refund", "livraison_retard", "Zoë Müller", "客服", "a\u{1F}b"]
        for first in parts {
            for second in parts {
                let joined = StableHash.value(of: first + "\u{1F}" + second)
                let seed = StableHash.value(of: "\u{1F}", seed: StableHash.value(of: first))
                #expect(StableHash.value(of: second, seed: seed) == joined)
            }
        }
    }
}
