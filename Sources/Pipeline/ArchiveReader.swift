/// Reads back what `ArchiveWriter` wrote, checking every read against the end of the buffer: a
/// truncated or corrupt archive throws `UnitArchive.DecodingError`, it never traps.
struct ArchiveReader {
    private let bytes: [UInt8]
    private(set) var offset: Int
    private let end: Int

    init(_ bytes: [UInt8], from offset: Int = 0) {
        self.bytes = bytes
        self.offset = min(max(offset, 0), bytes.count)
        end = bytes.count
    }

    var isAtEnd: Bool { offset == end }

    mutating func byte() throws(UnitArchive.DecodingError) -> UInt8 {
        guard offset < end else { throw .truncated }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func bool() throws(UnitArchive.DecodingError) -> Bool {
        switch try byte() {
        case 0: false
        case 1: true
        default: throw .corrupt("a flag is neither 0 nor 1 at byte \(offset - 1)")
        }
    }

    mutating func unsigned() throws(UnitArchive.DecodingError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64, shift < 63 || next <= 1 else {
                throw .corrupt("a number overflows at byte \(offset - 1)")
            }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() throws(UnitArchive.DecodingError) -> Int {
        let raw = try unsigned()
        let wide = Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
        guard let value = Int(exactly: wide) else { throw .corrupt("a number is out of range") }
        return value
    }

    /// A count of elements still to read, each at least `minimumSize` bytes: a count the remaining
    /// bytes cannot hold is corrupt (this also bounds what a corrupt count makes the reader reserve).
    mutating func count(minimumSize: Int = 1) throws(UnitArchive.DecodingError) -> Int {
        let raw = try unsigned()
        guard raw <= UInt64(end - offset) / UInt64(max(minimumSize, 1)) else { throw .truncated }
        return Int(raw)
    }

    mutating func word() throws(UnitArchive.DecodingError) -> UInt64 {
        guard end - offset >= 8 else { throw .truncated }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(index * 8) }
        offset += 8
        return value
    }

    mutating func double() throws(UnitArchive.DecodingError) -> Double {
        Double(bitPattern: try word())
    }

    /// A string, refused when its bytes are not valid UTF-8.
    mutating func string() throws(UnitArchive.DecodingError) -> String {
        let length = try count()
        let start = offset
        offset += length
        // `UTF8Span` validates without the generic `String(validating:as:)`, whose metadata
        // look-up per call was 6 % of a warm run's CPU.
        guard let text = try? UTF8Span(validating: bytes.span.extracting(start..<offset)) else {
            throw .corrupt("a text is not UTF-8 at byte \(start)")
        }
        return String(copying: text)
    }

    mutating func optional<Value>(
        _ read: (inout ArchiveReader) throws(UnitArchive.DecodingError) -> Value
    ) throws(UnitArchive.DecodingError) -> Value? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<Element>(
        minimumSize: Int = 1, _ read: (inout ArchiveReader) throws(UnitArchive.DecodingError) -> Element
    ) throws(UnitArchive.DecodingError) -> [Element] {
        let count = try count(minimumSize: minimumSize)
        var values: [Element] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    mutating func enumCase<Case: CaseIterable>(_: Case.Type) throws(UnitArchive.DecodingError) -> Case {
        let index = Int(try byte())
        let cases = Case.allCases
        guard index < cases.count else { throw .corrupt("unknown \(Case.self) case \(index)") }
        return cases[cases.index(cases.startIndex, offsetBy: index)]
    }
}
