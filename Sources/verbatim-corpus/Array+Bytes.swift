/// Appending text and numbers to byte buffers without going through `String` formatting: the generator
/// writes hundreds of megabytes, and these few helpers are its whole hot path.
extension Array where Element == UInt8 {
    /// Appends the UTF-8 bytes of `text`.
    mutating func append(_ text: String) {
        append(contentsOf: text.utf8)
    }

    /// Appends `value` in decimal, left-padded with zeros to `width` digits.
    mutating func append(number value: Int, width: Int = 1) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits = 1
        var probe = magnitude
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        let total = Swift.max(digits, width)
        let start = count
        append(contentsOf: repeatElement(UInt8(ascii: "0"), count: total))
        var index = start + total - 1
        repeat {
            self[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
            index -= 1
        } while magnitude > 0
    }

    /// Appends `text` escaped for a JSON string body (quotes, backslashes, control characters).
    mutating func append(json text: [UInt8]) {
        for byte in text {
            switch byte {
            case UInt8(ascii: "\""): append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): append(contentsOf: [0x5C, 0x5C])
            case UInt8(ascii: "\n"): append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0..<0x20: append(UInt8(ascii: " "))
            default: append(byte)
            }
        }
    }

    /// Appends `text` escaped for HTML text and attribute values.
    mutating func append(html text: [UInt8]) {
        for byte in text {
            switch byte {
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "\""): append("&quot;")
            default: append(byte)
            }
        }
    }

    /// Appends `field` as one CSV cell, quoted (RFC 4180) when it holds the separator, a quote or a line break.
    mutating func append(csvField field: [UInt8], separator: UInt8) {
        let needsQuotes = field.contains { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            append(contentsOf: field)
            return
        }
        append(0x22)
        for byte in field {
            if byte == 0x22 { append(0x22) }
            append(byte)
        }
        append(0x22)
    }
}
