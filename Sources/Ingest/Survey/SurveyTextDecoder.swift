/// Decodes the bytes of a survey export the way the tools that write them encode them.
///
/// - UTF-8, with or without a byte-order mark (Google Forms, Typeform, Qualtrics).
/// - UTF-16 LE or BE with a BOM: Excel's "Unicode text" (tab-separated).
/// - Windows-1252 when the bytes are not valid UTF-8: French Excel's "CSV (séparateur : point-virgule)".
enum SurveyTextDecoder {
    /// The encodings this decoder recognises, as written in the run's format column.
    enum Encoding: String {
        case utf8 = "utf-8"
        case utf8BOM = "utf-8-bom"
        case utf16LE = "utf-16le"
        case utf16BE = "utf-16be"
        case windows1252 = "windows-1252"
    }

    /// Code points of bytes 0x80…0x9F in Windows-1252 (the WHATWG Encoding Standard index
    /// `windows-1252`); the five unassigned bytes map to the C1 control of the same value, as
    /// WHATWG does. Every other byte is its Latin-1 code point.
    static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return (String(decoding: bytes[3...], as: UTF8.self), .utf8BOM)
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return (utf16(bytes.dropFirst(2), bigEndian: false), .utf16LE)
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return (utf16(bytes.dropFirst(2), bigEndian: true), .utf16BE)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, .utf8)
        }
        return (windows1252(bytes), .windows1252)
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        // An odd trailing byte cannot be a character; unpaired surrogates become U+FFFD.
        return String(decoding: units, as: UTF16.self)
    }

    static func windows1252(_ bytes: [UInt8]) -> String {
        // Straight to UTF-8 bytes (appending scalars to a String one at a time was 5 % of a run
        // over survey exports): ASCII as is, 0xA0–0xFF as two bytes, 0x80–0x9F through the table.
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                utf8.append(byte)
                continue
            }
            let value = byte <= 0x9F ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            guard let scalar = Unicode.Scalar(value) else { continue }
            scalar.utf8.forEach { utf8.append($0) }
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
