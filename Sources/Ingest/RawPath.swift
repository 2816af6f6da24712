#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A path as the kernel sees it: bytes without a NUL, not necessarily UTF-8.
///
/// A drop folder filled from Windows shares or old archives holds names in Latin-1 or cp1252; a
/// Swift `String` (and so `URL`) cannot name such a file, so the walker keeps the bytes to open it
/// and shows a readable form with the invalid bytes escaped.
enum RawPath {
    /// `parent/name`, or `name` when `parent` is empty.
    static func joining(_ parent: [UInt8], _ name: [UInt8]) -> [UInt8] {
        guard !parent.isEmpty else { return name }
        return parent.last == UInt8(ascii: "/") ? parent + name : parent + [UInt8(ascii: "/")] + name
    }

    /// The path as text: valid UTF-8 as is, every byte of an invalid sequence as `\xE9`, so that an
    /// analyst sees which name it was and two different names never show alike.
    static func display(_ bytes: [UInt8]) -> String {
        var result = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                result.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<offset + length] {
                    result += "\\x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                }
                offset += length
            case .emptyInput:
                return result
            }
        }
    }

    /// The path as a NUL-terminated C string, passed as is to the C calls that take a path (the
    /// array lives for the call). A NUL inside `bytes` would cut the path; `readdir` never gives one.
    static func cString(_ bytes: [UInt8]) -> [CChar] {
        var terminated = bytes.map { CChar(bitPattern: $0) }
        terminated.append(0)
        return terminated
    }

    /// The canonical absolute path of `bytes` (links resolved), `nil` (and `errno` set) when a
    /// component is missing. `realpath` writes into a buffer of `PATH_MAX` bytes that Swift owns,
    /// as POSIX allows, so no C allocation is read or freed here.
    static func resolved(_ bytes: [UInt8]) -> [UInt8]? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard realpath(cString(bytes), &buffer) != nil else { return nil }
        return buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
