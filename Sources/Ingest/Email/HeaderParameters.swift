/// A structured MIME header value such as `Content-Type` or `Content-Disposition`: a lowercased
/// token (`text/plain`, `attachment`) and its parameters.
///
/// Parameters follow RFC 2045 §5.1 (quoted strings, `;` separators) and RFC 2231 (`name*=utf-8''…`
/// percent-encoded values and `name*0=`, `name*1=` continuations).
struct HeaderParameters: Sendable {
    /// The value before the first `;`, lowercased and trimmed.
    var token: String
    /// Parameters by lowercased name, continuations joined and decoded.
    var parameters: [String: String]

    init(_ value: String) {
        let pieces = Self.pieces(of: value)
        token = (pieces.first ?? "").trimmingSpaces.lowered
        var plain: [String: String] = [:]
        // name → [(section, extended, value)]
        var sections: [String: [(Int, Bool, String)]] = [:]
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let rawName = piece[..<equals].trimmingSpaces.lowered
            let rawValue = piece[piece.index(after: equals)...].trimmingSpaces
            guard !rawName.isEmpty else { continue }
            var name = rawName
            var extended = false
            if name.hasSuffix("*") {
                extended = true
                name.removeLast()
            }
            if let star = name.firstIndex(of: "*"), let section = Int(name[name.index(after: star)...]) {
                sections[String(name[..<star]), default: []].append((section, extended, rawValue))
            } else if extended {
                sections[name, default: []].append((0, true, rawValue))
            } else if plain[name] == nil {
                plain[name] = rawValue
            }
        }
        for (name, parts) in sections { plain[name] = Self.joined(parts) }
        parameters = plain
    }

    /// The value split at the `;` outside quoted strings, quotes removed and `\` escapes resolved.
    private static func pieces(of value: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in value {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" && quoted {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character == ";" && !quoted {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        return pieces
    }

    /// An RFC 2231 parameter from its sections `(number, extended, value)`: continuations in order,
    /// extended ones percent-decoded in the charset the first one names (`utf-8''caf%C3%A9`).
    private static func joined(_ parts: [(Int, Bool, String)]) -> String {
        let ordered = parts.sorted { $0.0 < $1.0 }
        var charset: String?
        var bytes: [UInt8] = []
        for (offset, part) in ordered.enumerated() {
            var text = Substring(part.2)
            if part.1 {
                if offset == 0 {
                    // charset'language'value
                    let pieces = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                    if pieces.count == 3 {
                        charset = String(pieces[0])
                        text = pieces[2]
                    }
                }
                bytes += percentDecode(text)
            } else {
                bytes += Array(text.utf8)
            }
        }
        return CharsetDecoder.decode(bytes[...], charset: charset ?? "utf-8").text
    }

    /// The parameter `name` (lowercase).
    subscript(_ name: String) -> String? { parameters[name] }

    private static func percentDecode(_ text: Substring) -> [UInt8] {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = TransferDecoder.hexValue(bytes[index + 1]),
                let low = TransferDecoder.hexValue(bytes[index + 2])
            {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out
    }
}
