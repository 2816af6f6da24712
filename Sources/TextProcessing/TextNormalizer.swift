import Foundation

/// Unicode clean-up applied to a verbatim before analysis and quoting.
public enum TextNormalizer {
    /// NFC (so `e` + U+0301 becomes `é`), non-breaking and thin spaces → space, typographic
    /// apostrophes (’ ‘ ʼ) → `'`. ASCII text is returned unchanged without copying.
    public static func normalize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        let composed = text.precomposedStringWithCanonicalMapping
        var scalars = String.UnicodeScalarView()
        for scalar in composed.unicodeScalars {
            switch scalar.value {
            case 0xA0, 0x202F, 0x2009, 0x2007: scalars.append(" ")
            case 0x2019, 0x2018, 0x2BC: scalars.append("'")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
