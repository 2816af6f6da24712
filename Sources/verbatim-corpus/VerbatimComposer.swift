/// Writes customer text from a `PhraseBank`: one to three sentences on a topic, sometimes with a
/// contrast clause on another topic ("…, mais la livraison a pris trois semaines") and an emoji, so that
/// generated verbatims carry the mixed sentiment real ones do.
struct VerbatimComposer: Sendable {
    /// The phrases drawn from.
    let bank: PhraseBank
    private let productBytes: [[[UInt8]]]
    private let agentBytes: [[UInt8]]

    /// Prepares byte forms of the slot fillers.
    init(bank: PhraseBank) {
        self.bank = bank
        productBytes = bank.products.map { $0.map { Array($0.utf8) } }
        agentBytes = bank.agents.map { Array($0.utf8) }
    }

    /// Appends `template` with its slots filled.
    func render(_ template: PhraseTemplate, _ lang: CorpusLanguage, _ rng: inout SplitMix64, into out: inout [UInt8]) {
        for (index, piece) in template.pieces.enumerated() {
            switch piece {
            case .text(let bytes): out.append(contentsOf: bytes)
            case .product:
                let start = out.count
                out.append(contentsOf: rng.pick(productBytes[lang.rawValue]))
                // A sentence that opens on the product ("{p} est superbe") needs a capital: names are
                // stored with their article in lower case ("la lampe Nuage", "the Nuage table lamp").
                if index == 0, out[start] >= UInt8(ascii: "a"), out[start] <= UInt8(ascii: "z") { out[start] -= 32 }
            case .order:
                out.append("ML-")
                out.append(number: rng.int(in: 40000...59999))
            case .days: out.append(number: rng.int(in: 3...30))
            case .agent: out.append(contentsOf: rng.pick(agentBytes))
            }
        }
    }

    /// Appends one short sentence on `topic` (a single core phrase, sometimes with a contrast tail) and
    /// returns which phrase it used; `previous` is never picked again when the topic has others, so a
    /// comment does not say the same sentence twice in a row.
    @discardableResult
    func sentence(
        _ lang: CorpusLanguage, _ topic: Topic, _ rng: inout SplitMix64, avoiding previous: Int = -1,
        into out: inout [UInt8]
    ) -> Int {
        let list = bank.core[lang.rawValue][topic.rawValue]
        var pick = rng.below(list.count)
        if pick == previous && list.count > 1 { pick = (pick + 1) % list.count }
        render(list[pick], lang, &rng, into: &out)
        if rng.percent(15) {
            // Replace the final full stop by a contrast clause on another topic.
            if out.last == UInt8(ascii: ".") { out.removeLast() }
            out.append(rng.pick(bank.contrasts[lang.rawValue]))
            let other = Topic.draw(&rng)
            render(rng.pick(bank.tails[lang.rawValue][other.rawValue]), lang, &rng, into: &out)
            out.append(UInt8(ascii: "."))
        }
        return pick
    }

    /// Appends a comment of one to three sentences on `topic`, separated by `separator` (a space, or a
    /// line break for a multi-line survey cell or an email paragraph).
    func comment(
        _ lang: CorpusLanguage, _ topic: Topic, _ rng: inout SplitMix64, separator: UInt8 = 0x20,
        into out: inout [UInt8]
    ) {
        let sentences = 1 + rng.below(3)
        var previous = (topic: topic, phrase: -1)
        for index in 0..<sentences {
            if index > 0 { out.append(separator) }
            let current = index == 0 || rng.percent(70) ? topic : Topic.draw(&rng)
            let avoid = current == previous.topic ? previous.phrase : -1
            previous = (current, sentence(lang, current, &rng, avoiding: avoid, into: &out))
        }
        if rng.percent(20) { out.append(rng.pick(bank.emoji)) }
    }

    /// Appends a full customer name and returns an email local part for it (ASCII, lower case).
    func customer(_ rng: inout SplitMix64, into out: inout [UInt8]) -> [UInt8] {
        let first = rng.pick(bank.firstNames)
        let last = rng.pick(bank.lastNames)
        out.append(first)
        out.append(UInt8(ascii: " "))
        out.append(last)
        var local: [UInt8] = []
        for scalar in (first + "." + last).lowercased().unicodeScalars {
            switch scalar {
            case "a"..."z", ".": local.append(UInt8(scalar.value))
            case "é", "è", "ê", "É", "È": local.append(UInt8(ascii: "e"))
            case "à", "â": local.append(UInt8(ascii: "a"))
            case "î", "ï": local.append(UInt8(ascii: "i"))
            case "ô": local.append(UInt8(ascii: "o"))
            case "ç": local.append(UInt8(ascii: "c"))
            default: break
            }
        }
        local.append(number: rng.below(1000))
        return local
    }
}
