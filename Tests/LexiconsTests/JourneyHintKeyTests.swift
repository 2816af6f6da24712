import Testing

@testable import Lexicons

/// A survey's journey-step cell (`Returns & refunds`, `DELIVERY`, `post-sale`) finds its touchpoint
/// through `Journey.hintKey`; its ASCII shortcut must give the key the folding path gives.
@Suite("Journey step keys")
struct JourneyHintKeyTests {
    @Test("the ASCII shortcut and the folding path agree on every short ASCII name of these characters")
    func asciiShortcutAgrees() {
        let alphabet = Array("aZ9 &-\r\n\t.")
        var names = [""]
        for _ in 0..<4 { names = names + names.flatMap { name in alphabet.map { name + String($0) } } }
        names = Array(Set(names))
        #expect(names.count > 5_000)
        for name in names {
            #expect(Journey.asciiHintKey(name) == Journey.foldedHintKey(name), "\(name.debugDescription)")
        }
        #expect(Journey.asciiHintKey("Après-vente") == nil)
    }

    @Test(
        "step names match whatever their case, spacing and punctuation",
        arguments: [
            ("Returns & refunds", "returns refunds"), ("  DELIVERY ", "delivery"), ("Après-vente", "apres vente"),
        ])
    func keys(name: String, key: String) {
        #expect(Journey.hintKey(name) == key)
    }
}
