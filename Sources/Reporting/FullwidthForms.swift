/// Fullwidth digits, letters and the signs numbers and addresses are written with (Unicode block
/// "Halfwidth and Fullwidth Forms"), as an IME or a phone keyboard in CJK mode types them:
/// `０６ １２ ３４ ５６ ７８`, `ＦＲ76 3000 …`, `ｍａｒｉｅ＠ｅｘａｍｐｌｅ．ｆｒ`. The masker's rules read
/// ASCII, so it reads these through their NFKC forms (code point minus 0xFEE0) while it writes the
/// text as it was: a Chinese comma or colon (`，`, `：`) is typography, not personal data, and stays.
enum FullwidthForms {
    /// ＋ － ． ／ (joiners of numbers and addresses), ０…９, ＠, Ａ…Ｚ, ａ…ｚ.
    private static let readable: [ClosedRange<UInt32>] = [
        0xFF0B...0xFF0B, 0xFF0D...0xFF0F, 0xFF10...0xFF19, 0xFF20...0xFF3A, 0xFF41...0xFF5A,
    ]
    private static let offset: UInt32 = 0xFEE0

    /// Whether `text` may hold a fullwidth form (each is encoded in UTF-8 from the lead byte 0xEF).
    static func mayHold(_ text: String) -> Bool {
        text.utf8.contains(0xEF)
    }

    /// `characters` with each fullwidth digit, letter or joiner replaced by its ASCII form, one
    /// character for one, so that an index into the result is an index into `characters`.
    static func folded(_ characters: [Character]) -> [Character] {
        characters.map { character in
            let scalars = character.unicodeScalars
            guard scalars.count == 1, let scalar = scalars.first,
                readable.contains(where: { $0.contains(scalar.value) }),
                let ascii = Unicode.Scalar(scalar.value - offset)
            else { return character }
            return Character(ascii)
        }
    }
}
