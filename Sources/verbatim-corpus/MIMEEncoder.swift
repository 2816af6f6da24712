import Foundation

/// The MIME encodings the generated mail uses: quoted-printable (RFC 2045 §6.7), base64 (RFC 2045 §6.8)
/// and RFC 2047 encoded words for non-ASCII header text.
enum MIMEEncoder {
    private static let hex = Array("0123456789ABCDEF".utf8)

    /// Quoted-printable with `\n` line ends, soft breaks before column 76, trailing spaces encoded.
    static func quotedPrintable(_ body: [UInt8], into out: inout [UInt8]) {
        var column = 0
        var index = 0
        while index < body.count {
            let byte = body[index]
            if byte == 0x0A {
                out.append(0x0A)
                column = 0
                index += 1
                continue
            }
            let atLineEnd = index + 1 == body.count || body[index + 1] == 0x0A
            let literal = (byte >= 33 && byte <= 126 && byte != 0x3D) || (byte == 0x20 && !atLineEnd)
            let width = literal ? 1 : 3
            if column + width > 75 {
                out.append(contentsOf: [0x3D, 0x0A])
                column = 0
            }
            if literal {
                out.append(byte)
            } else {
                out.append(contentsOf: [0x3D, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            }
            column += width
            index += 1
        }
    }

    /// Base64 in 76-character lines ending with `\n`.
    static func base64(_ body: [UInt8], into out: inout [UInt8]) {
        let encoded = Data(body).base64EncodedData(options: [.lineLength76Characters, .endLineWithLineFeed])
        out.append(contentsOf: encoded)
        out.append(0x0A)
    }

    /// `text` as-is when it is ASCII, else one RFC 2047 `=?UTF-8?Q?…?=` or `=?UTF-8?B?…?=` word.
    static func headerWord(_ text: String, base64 useBase64: Bool, into out: inout [UInt8]) {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: { $0 >= 0x80 }) else {
            out.append(contentsOf: bytes)
            return
        }
        if useBase64 {
            out.append("=?UTF-8?B?")
            out.append(contentsOf: Data(bytes).base64EncodedData())
        } else {
            out.append("=?UTF-8?Q?")
            for byte in bytes {
                let isPlain =
                    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                    || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                if byte == 0x20 {
                    out.append(UInt8(ascii: "_"))
                } else if isPlain {
                    out.append(byte)
                } else {
                    out.append(contentsOf: [0x3D, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
                }
            }
        }
        out.append("?=")
    }
}
