/// Appends the primitive values of a unit archive (`UnitArchive`) to a byte buffer: integers as
/// zig-zag LEB128 varints (most are small counts and ordinals), doubles as their 8 bit-pattern bytes
/// (so a score reads back exactly), strings as a length and their UTF-8 bytes.
///
/// Hand-written rather than `Codable`: a warm run decodes every cached unit, and a JSON or property
/// list decoder is an order of magnitude slower than this byte walk (see the Pipeline README).
struct ArchiveWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    /// An unsigned LEB128 varint: 7 bits a byte, the high bit set on every byte but the last.
    mutating func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(truncatingIfNeeded: rest))
    }

    /// A signed integer, zig-zag mapped so that small negative values stay short.
    mutating func int(_ value: Int) {
        let wide = Int64(value)
        unsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    /// A fixed 8-byte little-endian word (the header's length and checksum).
    mutating func word(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) {
            bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
        }
    }

    mutating func double(_ value: Double) {
        word(value.bitPattern)
    }

    mutating func string(_ value: String) {
        let utf8 = value.utf8
        unsigned(UInt64(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    mutating func optional<Value>(_ value: Value?, _ write: (inout ArchiveWriter, Value) -> Void) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        write(&self, value)
    }

    mutating func array<Element>(_ values: [Element], _ write: (inout ArchiveWriter, Element) -> Void) {
        unsigned(UInt64(values.count))
        for value in values { write(&self, value) }
    }

    /// An enumeration case as its index among `allCases` (one byte: every archived enum is small).
    mutating func enumCase<Case: CaseIterable & Equatable>(_ value: Case) {
        let index = Case.allCases.firstIndex(of: value).map {
            Case.allCases.distance(from: Case.allCases.startIndex, to: $0)
        }
        bytes.append(UInt8(truncatingIfNeeded: index ?? 0))
    }

    /// Overwrites 8 bytes at `offset` with `value` (the header, once the payload is known).
    mutating func patchWord(_ value: UInt64, at offset: Int) {
        for index in 0..<8 {
            bytes[offset + index] = UInt8(truncatingIfNeeded: value >> UInt64(index * 8))
        }
    }
}
