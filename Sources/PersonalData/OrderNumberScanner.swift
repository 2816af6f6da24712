/// Order and ticket numbers in the default form, when `verbatim-config.tsv` names no
/// `order_pattern`: two or three capital letters, then at most one `-`, space or `#`, then 5 to 10
/// digits (`CMD-1234567`, `FR 12345678`, `AB123456`, `TK#48213`), as shops and helpdesks number
/// orders and tickets. Hand-written rather than a regular expression because it runs on every
/// utterance.
///
/// Never: letters in lower case (`ref ab123456` is a product reference as often as not), a longer
/// run of capitals or digits (`ABCD12345`, an IBAN `FR7630006000011234567890189`), a decimal
/// (`EUR 12345,50`), nor a prefix of `lexicons/identity/not-order-prefixes.tsv` (`TSA 70011` is a
/// postcode, `ISO 14001` a standard, `TEL 0612345678` a phone).
public enum OrderNumberScanner {
    public static let letters = 2...3
    public static let digits = 5...10

    /// The order number at `start` (a capital at a word start), normalised (capitals and digits,
    /// no separator), and the index after it; `nil` when there is none.
    public static func order(in bytes: [UInt8], at start: Int, excluded: Set<String>) -> (order: String, end: Int)? {
        var index = start
        while index < bytes.count, TextBoundary.isUpper(bytes[index]), index - start <= letters.upperBound {
            index += 1
        }
        let prefixEnd = index
        guard letters.contains(prefixEnd - start), index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "#") {
            index += 1
        }
        let digitStart = index
        while index < bytes.count, TextBoundary.isDigit(bytes[index]), index - digitStart <= digits.upperBound {
            index += 1
        }
        guard digits.contains(index - digitStart), TextBoundary.endsWord(bytes, at: index), !isDecimal(bytes, at: index)
        else { return nil }
        let prefix = String(decoding: bytes[start..<prefixEnd], as: UTF8.self)
        guard !excluded.contains(prefix) else { return nil }
        return (prefix + String(decoding: bytes[digitStart..<index], as: UTF8.self), index)
    }

    /// Whether a `,`, `.` or `/` and a digit follow: an amount's decimals or a longer figure.
    private static func isDecimal(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index + 1 < bytes.count, TextBoundary.isDigit(bytes[index + 1]) else { return false }
        return bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: ".")
            || bytes[index] == UInt8(ascii: "/")
    }
}
