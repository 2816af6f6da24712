/// The folding used for every lexicon look-up key.
public enum TextFolding {
    /// Lowercases, removes diacritics (`é` → `e`, `œ` → `oe`) and folds typographic apostrophes to
    /// `'` and non-breaking spaces to spaces: the same folding `ByteTokenizer` applies to keys, minus
    /// the shortening of repeated letters.
    public static func fold(_ text: String) -> String {
        let table = LatinFolding.shared
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let byte = UInt8(v)
                out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else if v >= LatinFolding.first && v <= LatinFolding.last, table.packed[Int(v - LatinFolding.first)] != 0
            {
                let packed = table.packed[Int(v - LatinFolding.first)]
                out.append(UInt8(packed & 0xFF))
                if packed > 0xFF { out.append(UInt8(packed >> 8)) }
            } else if v == 0x2019 || v == 0x2018 || v == 0x2BC {
                out.append(0x27)
            } else if v == 0xA0 || v == 0x202F || v == 0x2009 {
                out.append(0x20)
            } else if v >= 0x300 && v <= 0x36F {
                continue
            } else {
                out.append(contentsOf: String(scalar).lowercased().utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
