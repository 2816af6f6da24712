/// Turns the JavaScript that hand-edited JSON-LD blocks often are back into JSON: `//` line
/// comments and `/* */` block comments outside strings are removed, and a comma followed only by
/// white space (or a removed comment) before `}` or `]` is dropped. Strings are copied untouched,
/// escapes included, so `"https://schema.org"` keeps its `//`.
///
/// A byte-level state machine: one pass for comments, one for trailing commas; nothing else is
/// changed, so what still does not parse is still an invalid block.
enum JSONLDRepair {
    /// The repaired bytes, and whether a comment or a trailing comma was removed.
    static func repair(_ bytes: [UInt8]) -> (bytes: [UInt8], changed: Bool) {
        let uncommented = removingComments(bytes)
        let result = removingTrailingCommas(uncommented)
        return (result, result != bytes)
    }

    private static let quote: UInt8 = 0x22, backslash: UInt8 = 0x5C, slash: UInt8 = 0x2F, star: UInt8 = 0x2A
    private static let newline: UInt8 = 0x0A, space: UInt8 = 0x20, comma: UInt8 = 0x2C

    /// `bytes` without JavaScript comments outside strings; a block comment becomes one space (it
    /// may separate two tokens), a line comment keeps its line end.
    static func removingComments(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                output.append(byte)
                if byte == backslash, index + 1 < bytes.count {
                    output.append(bytes[index + 1])
                    index += 2
                    continue
                }
                if byte == quote { inString = false }
                index += 1
                continue
            }
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if byte == slash && next == slash {
                while index < bytes.count && bytes[index] != newline { index += 1 }
                continue
            }
            if byte == slash && next == star {
                index += 2
                while index + 1 < bytes.count && !(bytes[index] == star && bytes[index + 1] == slash) { index += 1 }
                // An unterminated block comment runs to the end of the block.
                index = min(index + 2, bytes.count)
                output.append(space)
                continue
            }
            if byte == quote { inString = true }
            output.append(byte)
            index += 1
        }
        return output
    }

    /// `bytes` without the commas that only white space separates from a closing `}` or `]`.
    static func removingTrailingCommas(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var inString = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == backslash, index + 1 < bytes.count {
                    output.append(byte)
                    output.append(bytes[index + 1])
                    index += 2
                    continue
                }
                if byte == quote { inString = false }
            } else if byte == quote {
                inString = true
            } else if byte == comma {
                var ahead = index + 1
                while ahead < bytes.count && isWhiteSpace(bytes[ahead]) { ahead += 1 }
                if ahead < bytes.count && (bytes[ahead] == 0x7D || bytes[ahead] == 0x5D) {
                    index += 1
                    continue
                }
            }
            output.append(byte)
            index += 1
        }
        return output
    }

    /// JSON's white space (RFC 8259 §2).
    private static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == space || byte == 0x09 || byte == newline || byte == 0x0D
    }
}
