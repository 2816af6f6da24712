/// A sentence with slots (`{p}` product, `{o}` order number, `{d}` a number of days, `{a}` an agent's
/// first name), split once into UTF-8 pieces so that rendering a million sentences is only byte copies.
struct PhraseTemplate: Sendable {
    /// One piece of a template: literal bytes or a slot.
    enum Piece: Sendable {
        case text([UInt8])
        case product, order, days, agent
    }

    /// The pieces in order.
    let pieces: [Piece]

    /// Parses `source`; an unknown `{x}` stays literal text.
    init(_ source: String) {
        var result: [Piece] = []
        var literal: [UInt8] = []
        let bytes = Array(source.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), index + 2 < bytes.count, bytes[index + 2] == UInt8(ascii: "}") {
                let slot: Piece? =
                    switch bytes[index + 1] {
                    case UInt8(ascii: "p"): .product
                    case UInt8(ascii: "o"): .order
                    case UInt8(ascii: "d"): .days
                    case UInt8(ascii: "a"): .agent
                    default: nil
                    }
                if let slot {
                    if !literal.isEmpty { result.append(.text(literal)) }
                    literal.removeAll(keepingCapacity: true)
                    result.append(slot)
                    index += 3
                    continue
                }
            }
            literal.append(bytes[index])
            index += 1
        }
        if !literal.isEmpty { result.append(.text(literal)) }
        pieces = result
    }
}
