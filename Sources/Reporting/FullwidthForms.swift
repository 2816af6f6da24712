/// Fullwidth ASCII forms (U+FF01…U+FF5E, Unicode block "Halfwidth and Fullwidth Forms"), as an IME
/// or a phone keyboard in CJK mode types them: `０６ １２ ３４ ５６ ７８`, `ＦＲ76 3000 …`. The masker
/// reads ASCII digits and letters, so such a number would pass unmasked; folding them first (the
/// NFKC mapping of this block: code point minus 0xFEE0, and U+3000 to a space) lets every rule
/// apply. Text without a fullwidth form is returned as it is; in text with one, the whole block is
/// folded (a fullwidth `ＦＲ` before ASCII digits is an IBAN's country code), as NFKC would.
enum FullwidthForms {
    private static let block: ClosedRange<UInt32> = 0xFF01...0xFF5E
    private static let offset: UInt32 = 0xFEE0
    private static let ideographicSpace: UInt32 = 0x3000

    /// `text` with its fullwidth ASCII forms folded to ASCII.
    static func folded(_ text: String) -> String {
        // Every scalar of the block is encoded in UTF-8 from the lead byte 0xEF: most text has none.
        guard text.utf8.contains(0xEF), text.unicodeScalars.contains(where: { block.contains($0.value) }) else {
            return text
        }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if block.contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - offset) {
                result.append(ascii)
            } else if scalar.value == ideographicSpace {
                result.append(" ")
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
