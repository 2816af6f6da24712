/// E-mail addresses in the UTF-8 bytes of a text: the one notion of an address that identity
/// evidence (Ingest) keys and report masking (Reporting) hides, so that what is linked is what is
/// masked. An RFC 5322 dot-atom local part, letters and digits beyond ASCII allowed (RFC 6531,
/// `josé@example.fr`), `@`, a dotted ASCII domain whose last label has two letters or more. Read
/// on bytes, around each `@`, because it runs on every utterance.
public enum EmailAddressScanner {
    /// The longest local part and domain (RFC 5321, 4.5.3.1): also bounds the walk on a long run
    /// of `a.a.a.…`.
    public static let maximumLocalPart = 64
    public static let maximumDomain = 255

    /// The byte range of the address around the `@` at `at`, as written (not lowercased), whose
    /// local part starts at `limit` at the earliest (the end of the address before it: in
    /// `a@example.fr.b@example.fr` the second is `b@example.fr`); `nil` when there is none.
    public static func span(in bytes: [UInt8], at: Int, limit: Int = 0) -> Range<Int>? {
        guard let start = localPartStart(bytes, at: at, limit: limit), let end = domainEnd(bytes, after: at) else {
            return nil
        }
        let local = String(decoding: bytes[start..<at], as: UTF8.self)
        guard let kept = validLocalPart(local) else { return nil }
        return (at - kept.utf8.count)..<end
    }

    /// Every address of `bytes`, in order, as byte ranges.
    public static func spans(in bytes: [UInt8]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var index = 0
        while let at = bytes[index...].firstIndex(of: UInt8(ascii: "@")) {
            if let span = span(in: bytes, at: at, limit: index) {
                spans.append(span)
                index = span.upperBound
            } else {
                index = at + 1
            }
        }
        return spans
    }

    /// The start of the local part ending before `at`: local-part bytes (any byte beyond ASCII,
    /// checked once decoded), no leading dot.
    private static func localPartStart(_ bytes: [UInt8], at: Int, limit: Int) -> Int? {
        var start = at
        while start > limit, at - start < maximumLocalPart * 4, isLocalByte(bytes[start - 1]) { start -= 1 }
        if start > limit, isLocalByte(bytes[start - 1]) { return nil }  // longer than any local part
        while start < at, bytes[start] == UInt8(ascii: ".") { start += 1 }
        return start < at ? start : nil
    }

    /// The index after the domain that starts after `at`, cut after its last label of letters: a
    /// trailing dot ends the sentence, and `example.fr.4539` is an address followed by a number.
    private static func domainEnd(_ bytes: [UInt8], after at: Int) -> Int? {
        let start = at + 1
        var index = start
        while index < bytes.count, index - start <= maximumDomain, isDomainByte(bytes[index]) { index += 1 }
        while true {
            while index > start, bytes[index - 1] == UInt8(ascii: ".") { index -= 1 }
            guard let dot = bytes[start..<index].lastIndex(of: UInt8(ascii: ".")), dot > start else { return nil }
            if dot < index - 2, bytes[(dot + 1)..<index].allSatisfy(TextBoundary.isLetter) { return index }
            index = dot
        }
    }

    /// The local part's valid tail: what follows the last character that is neither an RFC 5322
    /// atom character nor a letter or digit (a no-break space or a `«` glued before the address).
    private static func validLocalPart(_ local: String) -> String? {
        var kept = Substring(local)
        if let last = local.lastIndex(where: { !isLocalCharacter($0) }) {
            kept = local[local.index(after: last)...]
        }
        while kept.first == "." { kept = kept.dropFirst() }
        guard !kept.isEmpty, kept.count <= maximumLocalPart else { return nil }
        return String(kept)
    }

    private static func isLocalByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || TextBoundary.isLetter(byte) || TextBoundary.isDigit(byte) || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-")
    }

    private static func isLocalCharacter(_ character: Character) -> Bool {
        if character.isASCII {
            return character.isLetter || character.isNumber || "._%+-".contains(character)
        }
        return character.isLetter || character.isNumber
    }

    private static func isDomainByte(_ byte: UInt8) -> Bool {
        TextBoundary.isLetter(byte) || TextBoundary.isDigit(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".")
    }
}
