import PersonalData

/// The e-mail addresses and order numbers of a text the masker reads, found on its UTF-8 bytes by
/// the scanners identity evidence uses (one notion of each, issue 18), and the masker's cursor in
/// those bytes: it walks characters, so it tells the bytes each character spans.
struct MaskedSpans {
    /// Each span, with the last offset it may be read from: an address from any byte of its local
    /// part (what the masker consumed before, an IBAN glued to it, leaves a shorter local part,
    /// which masking the masked text finds again), an order number from its start only.
    private let spans: [(range: Range<Int>, latest: Int, kind: PersonalDataMasker.Kind)]
    private var next = 0
    /// The UTF-8 offset of the character under the masker's cursor (kept while a span is ahead).
    private var offset = 0

    /// The addresses (when `addresses`: the text holds an `@`) and the order numbers of `orders`
    /// in `text`; an order number inside an address is the address's.
    init(_ text: String, addresses: Bool, orders: OrderNumberForms?) {
        let bytes = Array(text.utf8)
        let emails = addresses ? EmailAddressScanner.spans(in: bytes) : []
        let numbers = (orders?.spans(in: text, bytes: bytes) ?? []).filter { number in
            !emails.contains { $0.overlaps(number) }
        }
        let addressSpans = emails.map { span in
            (
                span, (bytes[span].firstIndex(of: UInt8(ascii: "@")) ?? span.lowerBound + 1) - 1,
                PersonalDataMasker.Kind.email
            )
        }
        spans = (addressSpans + numbers.map { ($0, $0.lowerBound, .order) }).sorted {
            $0.range.lowerBound < $1.range.lowerBound
        }
    }

    /// Moves the cursor past `character`.
    mutating func advance(over character: Character) {
        if next < spans.count { offset += character.utf8.count }
    }

    /// How many characters from `index` (the cursor) the span of `kind` starting there covers, and
    /// its kind; `nil` when none starts there.
    mutating func found(
        _ kind: PersonalDataMasker.Kind, at index: Int, in characters: [Character]
    ) -> (Int, PersonalDataMasker.Kind)? {
        while next < spans.count, spans[next].latest < offset { next += 1 }
        guard next < spans.count, spans[next].range.lowerBound <= offset, spans[next].kind == kind else { return nil }
        var count = 0
        var end = offset
        while end < spans[next].range.upperBound, index + count < characters.count {
            end += characters[index + count].utf8.count
            count += 1
        }
        return (count, kind)
    }
}
