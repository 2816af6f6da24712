import Foundation

/// Charsets that mail carries beyond the Western ones `CharsetDecoder` decodes by hand, decoded
/// through Foundation (ICU on Linux).
///
/// `CFStringConvertIANACharSetNameToEncoding` is not available on Linux, so IANA names map here to
/// CoreFoundation encoding numbers (`CFStringEncodingExt.h`), which `String.Encoding` accepts with the
/// high bit set.
enum FoundationCharsets {
    private static let table: [String: UInt] = [
        "iso-8859-2": 0x0202, "iso8859-2": 0x0202, "latin2": 0x0202, "l2": 0x0202,
        "iso-8859-3": 0x0203, "iso-8859-4": 0x0204, "iso-8859-5": 0x0205, "iso-8859-6": 0x0206,
        "iso-8859-7": 0x0207, "iso-8859-8": 0x0208, "iso-8859-8-i": 0x0208, "iso-8859-9": 0x0209,
        "latin5": 0x0209, "iso-8859-10": 0x020A, "iso-8859-11": 0x020B, "iso-8859-13": 0x020D,
        "iso-8859-14": 0x020E, "iso-8859-16": 0x0210,
        "windows-1250": 0x0501, "cp1250": 0x0501, "windows-1251": 0x0502, "cp1251": 0x0502,
        "windows-1253": 0x0503, "cp1253": 0x0503, "windows-1254": 0x0504, "cp1254": 0x0504,
        "windows-1255": 0x0505, "cp1255": 0x0505, "windows-1256": 0x0506, "cp1256": 0x0506,
        "windows-1257": 0x0507, "cp1257": 0x0507, "windows-1258": 0x0508, "cp1258": 0x0508,
        "windows-874": 0x041D, "tis-620": 0x041D, "cp874": 0x041D,
        "koi8-r": 0x0A02, "koi8r": 0x0A02, "koi8-u": 0x0A08,
        "big5": 0x0A03, "big5-hkscs": 0x0A03, "x-x-big5": 0x0A03,
        "gb2312": 0x0632, "gbk": 0x0632, "gb18030": 0x0632, "euc-cn": 0x0632, "x-gbk": 0x0632, "cp936": 0x0632,
        "euc-kr": 0x0422, "ks_c_5601-1987": 0x0422, "ks_c_5601": 0x0422, "cp949": 0x0422, "ksc5601": 0x0422,
        "windows-949": 0x0422,
        "iso-2022-jp": 0x0820, "iso-2022-kr": 0x0840, "iso-2022-cn": 0x0830,
        "shift_jis": 0x0A01, "shift-jis": 0x0A01, "sjis": 0x0A01, "x-sjis": 0x0A01, "windows-31j": 0x0A01,
        "cp932": 0x0A01, "euc-jp": 0x0920, "x-euc-jp": 0x0920,
        "x-mac-cyrillic": 0x0007, "maccyrillic": 0x0007, "x-mac-ukrainian": 0x0007,
        "utf-7": 0x0400_0100, "unicode-1-1-utf-7": 0x0400_0100, "x-unicode20utf7": 0x0400_0100,
    ]

    /// `bytes` decoded as the charset `name` (lowercase), `nil` when the name is unknown or the bytes
    /// are not valid in it.
    static func decode(_ bytes: ArraySlice<UInt8>, name: String) -> String? {
        let encoding: String.Encoding
        switch name {
        case "macintosh", "x-mac-roman", "macroman", "mac": encoding = .macOSRoman
        case "utf-32": encoding = .utf32
        case "utf-32le": encoding = .utf32LittleEndian
        case "utf-32be": encoding = .utf32BigEndian
        default:
            guard let number = table[name] else { return nil }
            encoding = String.Encoding(rawValue: 0x8000_0000 | number)
        }
        return String(bytes: bytes, encoding: encoding)
    }
}
