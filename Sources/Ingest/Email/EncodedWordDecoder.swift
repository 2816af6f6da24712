/// Decodes RFC 2047 encoded words (`=?utf-8?Q?Caf=C3=A9?=`) in header values.
///
/// Adjacent encoded words separated only by white space are joined (RFC 2047 §6.2), and their bytes
/// are concatenated before charset decoding so that a multi-byte character split across two words
/// survives. A language suffix (`=?utf-8*fr?…`, RFC 2231 §5) is ignored.
enum EncodedWordDecoder {
    /// `text` with every well-formed encoded word replaced by its decoded text.
    static func decode(_ text: String) -> String {
        guard text.containsBytes("=?") else { return text }
        return decode(bytes: Array(text.utf8))
    }

    /// Decodes a raw header value: encoded words through their charset, the bytes between them as
    /// UTF-8 (RFC 6532) or, when invalid, windows-1252. Working on bytes lets an encoded word that
    /// carries raw 8-bit bytes (seen in the wild) be read in its own charset.
    static func decode(bytes: [UInt8]) -> String {
        var result = ""
        var pending: [UInt8] = []
        var pendingCharset: String?
        var literalStart = 0
        var index = 0

        func flush() {
            if let charset = pendingCharset {
                result += CharsetDecoder.decode(pending[...], charset: charset).text
            }
            pending.removeAll(keepingCapacity: true)
            pendingCharset = nil
        }

        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "="), bytes[index + 1] == UInt8(ascii: "?"),
                let word = parseWord(bytes, at: index)
            else {
                index += 1
                continue
            }
            let literal = bytes[literalStart..<index]
            let onlySpace = literal.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
            if !(pendingCharset != nil && onlySpace) {
                flush()
                result += CharsetDecoder.decodeRaw(literal)
            }
            if pendingCharset != word.charset {
                flush()
                pendingCharset = word.charset
            }
            pending += word.bytes
            index = word.end
            literalStart = word.end
        }
        flush()
        if literalStart < bytes.count {
            result += CharsetDecoder.decodeRaw(bytes[literalStart...])
        }
        return result
    }

    private static func parseWord(_ bytes: [UInt8], at start: Int) -> (charset: String, bytes: [UInt8], end: Int)? {
        var index = start + 2
        let charsetStart = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "?") {
            if bytes[index] <= 0x20 || index - charsetStart > 40 { return nil }
            index += 1
        }
        guard index + 2 < bytes.count, index > charsetStart else { return nil }
        var charset = String(decoding: bytes[charsetStart..<index], as: UTF8.self).lowered
        if let star = charset.firstIndex(of: "*") { charset = String(charset[..<star]) }
        let encoding = bytes[index + 1]
        guard bytes[index + 2] == UInt8(ascii: "?") else { return nil }
        let payloadStart = index + 3
        var payloadEnd = payloadStart
        while payloadEnd + 1 < bytes.count,
            !(bytes[payloadEnd] == UInt8(ascii: "?") && bytes[payloadEnd + 1] == UInt8(ascii: "="))
        {
            if bytes[payloadEnd] == 0x0A || payloadEnd - payloadStart > 2000 { return nil }
            payloadEnd += 1
        }
        guard payloadEnd + 1 < bytes.count else { return nil }
        let payload = bytes[payloadStart..<payloadEnd]
        let decoded: [UInt8]
        switch encoding {
        case UInt8(ascii: "B"), UInt8(ascii: "b"):
            decoded = TransferDecoder.base64(payload)
        case UInt8(ascii: "Q"), UInt8(ascii: "q"):
            decoded = qDecode(payload)
        default:
            return nil
        }
        return (charset, decoded, payloadEnd + 2)
    }

    /// The "Q" encoding (RFC 2047 §4.2): quoted-printable where `_` stands for a space.
    private static func qDecode(_ payload: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(payload.count)
        var index = payload.startIndex
        while index < payload.endIndex {
            let byte = payload[index]
            if byte == UInt8(ascii: "_") {
                out.append(0x20)
            } else if byte == UInt8(ascii: "="), index + 2 < payload.endIndex,
                let high = TransferDecoder.hexValue(payload[index + 1]),
                let low = TransferDecoder.hexValue(payload[index + 2])
            {
                out.append(high << 4 | low)
                index += 3
                continue
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }
}
