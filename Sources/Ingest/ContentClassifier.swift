/// Tells binary content (archives, images, executables, random bytes) from text before any
/// format is sniffed, so that junk named `.csv` is an `unrecognised format` row, not thousands of
/// garbage survey answers.
enum ContentClassifier {
    /// A magic number at a fixed offset and the kind of file it marks.
    struct Signature {
        var offset: Int
        var bytes: [UInt8]
        var kind: String
    }

    /// Magic numbers of the compressed, archive and binary formats that end up in drop folders.
    /// Sources: RFC 1952 §2.3.1 (gzip), PKWARE APPNOTE.TXT §4.3 (zip), the bzip2 format notes,
    /// the xz file format 1.1 §2.1.1.1, RFC 8878 §3.1.1 (zstd), the 7-Zip 7zFormat.txt, RARLAB's
    /// technote, POSIX.1 `ustar` header (magic at byte 257), ISO 32000-1 §7.5.2 (PDF), RFC 2083
    /// §3.1 (PNG), ITU T.81 (JPEG SOI + marker), GIF89a spec, the ELF gABI, the SQLite file
    /// format §1.3, and Microsoft [MS-CFB] §2.2 (OLE2: .doc, .xls, Outlook .msg).
    static let signatures: [Signature] =
        [
            Signature(offset: 0, bytes: [0x1F, 0x8B], kind: "gzip archive"),
            Signature(offset: 0, bytes: [0x50, 0x4B, 0x03, 0x04], kind: "zip archive"),
            Signature(offset: 0, bytes: [0x50, 0x4B, 0x05, 0x06], kind: "zip archive"),
            Signature(offset: 0, bytes: [0x50, 0x4B, 0x07, 0x08], kind: "zip archive"),
            Signature(offset: 0, bytes: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], kind: "xz archive"),
            Signature(offset: 0, bytes: [0x28, 0xB5, 0x2F, 0xFD], kind: "zstd archive"),
            Signature(offset: 0, bytes: [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], kind: "7z archive"),
            Signature(offset: 0, bytes: [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07], kind: "rar archive"),
            Signature(offset: 257, bytes: Array("ustar".utf8), kind: "tar archive"),
            Signature(offset: 0, bytes: Array("%PDF-".utf8), kind: "PDF document"),
            Signature(offset: 0, bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], kind: "PNG image"),
            Signature(offset: 0, bytes: [0xFF, 0xD8, 0xFF], kind: "JPEG image"),
            Signature(offset: 0, bytes: Array("GIF87a".utf8), kind: "GIF image"),
            Signature(offset: 0, bytes: Array("GIF89a".utf8), kind: "GIF image"),
            Signature(offset: 0, bytes: [0x7F, 0x45, 0x4C, 0x46], kind: "ELF executable"),
            Signature(offset: 0, bytes: Array("SQLite format 3\0".utf8), kind: "SQLite database"),
            Signature(offset: 0, bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], kind: "OLE2 compound file"),
        ]
        // bzip2: `BZh` and the block size digit, so that a text starting "BZh" stays text.
        + (UInt8(ascii: "1")...UInt8(ascii: "9")).map { digit in
            Signature(offset: 0, bytes: Array("BZh".utf8) + [digit], kind: "bzip2 archive")
        }

    /// Bytes Windows-1252 leaves undefined: text in that code page never holds them.
    static let undefinedInWindows1252: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    /// The kind of file whose magic number starts `sample`, `nil` when none does.
    static func signatureKind(of sample: ArraySlice<UInt8>) -> String? {
        for signature in signatures where sample.count >= signature.offset + signature.bytes.count {
            let start = sample.startIndex + signature.offset
            if sample[start..<start + signature.bytes.count].elementsEqual(signature.bytes) { return signature.kind }
        }
        return nil
    }

    /// The kind of binary content `sample` (a file's first bytes) is, `nil` for text: a magic
    /// number, else NUL bytes, C0 control bytes or bytes that are neither UTF-8 nor Windows-1252.
    static func binaryKind(of sample: ArraySlice<UInt8>) -> String? {
        if let kind = signatureKind(of: sample) { return kind }
        // UTF-16 with a byte-order mark (Excel "Unicode text") is full of NUL bytes by nature.
        if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) {
            return isPlausibleUTF16(sample, bigEndian: sample.first == 0xFE) ? nil : "binary data"
        }
        if sample.contains(0) { return "binary data" }
        let validUTF8 = isValidUTF8(sample)
        var suspicious = 0
        for byte in sample {
            // C0 controls other than tab, line feed, form feed, carriage return and DOS end-of-file.
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D && byte != 0x1A {
                suspicious += 1
            } else if !validUTF8 && undefinedInWindows1252.contains(byte) {
                suspicious += 1
            }
        }
        // Real text has next to none of these; random bytes have one in nine.
        return suspicious > 2 && suspicious * 100 > sample.count ? "binary data" : nil
    }

    /// Whether UTF-16 code units after the byte-order mark read as text: few control characters
    /// and no surrogate out of its pair (a unit cut by the end of the sample is ignored).
    static func isPlausibleUTF16(_ sample: ArraySlice<UInt8>, bigEndian: Bool) -> Bool {
        let body = sample.dropFirst(2)
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index + 1 < body.endIndex {
            let (first, second) = (UInt16(body[index]), UInt16(body[index + 1]))
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var suspicious = 0
        for unit in units where unit < 0x20 && unit != 0x09 && unit != 0x0A && unit != 0x0D { suspicious += 1 }
        // A pair cut by the end of the sample is not an error of the file.
        if let last = units.last, (0xD800...0xDBFF).contains(last) { units.removeLast() }
        var decoder = UTF16()
        var iterator = units.makeIterator()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: break decoding
            case .error: return false
            }
        }
        return !(suspicious > 2 && suspicious * 100 > units.count)
    }

    /// Whether `bytes` is UTF-8, allowing a character cut by the end of the sample.
    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        (0...min(3, bytes.count)).contains { parses(bytes.dropLast($0)) }
    }

    private static func parses(_ bytes: ArraySlice<UInt8>) -> Bool {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .error: return false
            case .emptyInput: return true
            }
        }
    }
}
