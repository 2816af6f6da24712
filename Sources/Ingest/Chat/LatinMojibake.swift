/// Repairs text that a tool wrote as UTF-8 bytes escaped one by one as Latin-1 code points: the
/// Facebook Messenger and Instagram JSON exports write `é` as `"\u00c3\u00a9"` (read `Ã©`) and `’` as
/// `"\u00e2\u0080\u0099"`.
///
/// The repair is all or nothing: only a string whose every scalar is ≤ U+00FF, with at least one
/// above U+007F, and whose bytes then decode as valid UTF-8, is replaced. Anything else (real
/// Latin-1 text such as `Noël` written correctly, or a string mixing `é` and `€`) is kept as it is:
/// a lone `é` (0xE9) followed by ASCII is no valid UTF-8, so correct French text survives.
enum LatinMojibake {
    /// `text` decoded from its Latin-1-escaped UTF-8 bytes, or `text` itself when it is not such an encoding.
    static func repaired(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var escaped = false
        for scalar in text.unicodeScalars {
            guard let byte = UInt8(exactly: scalar.value) else { return text }
            if byte >= 0x80 { escaped = true }
            bytes.append(byte)
        }
        guard escaped, let decoded = String(validating: bytes, as: UTF8.self) else { return text }
        return decoded
    }
}
