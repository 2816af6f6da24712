/// The address part of a `From`/`Sender` header: `"Marie" <marie@example.fr>` → `marie@example.fr`.
enum MailAddress {
    /// The lowercased addr-spec of the first mailbox in `value`, `nil` when none is found.
    static func address(in value: String) -> String? {
        // Drop comments, which may themselves contain `@` or `<`.
        var text = ""
        var depth = 0
        var quoted = false
        for character in value {
            if character == "\"" && depth == 0 {
                quoted.toggle()
                text.append(" ")
            } else if quoted {
                text.append(" ")
            } else if character == "(" {
                depth += 1
            } else if character == ")" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                text.append(character)
            }
        }
        if let open = text.firstIndex(of: "<"),
            let close = text[open...].firstIndex(of: ">")
        {
            let inner = text[text.index(after: open)..<close].trimmingSpaces
            if inner.contains("@") { return inner.lowercased() }
        }
        for token in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "<" || $0 == ">" || $0 == "\t" })
        where token.contains("@") {
            return token.lowercased()
        }
        // A bare local part such as `MAILER-DAEMON`.
        let bare = text.trimmingSpaces
        return bare.isEmpty || bare.contains(" ") ? nil : bare.lowercased()
    }

    /// The domain of `address` (after the last `@`), empty when there is none.
    static func domain(of address: String) -> String {
        guard let at = address.lastIndex(of: "@") else { return "" }
        return String(address[address.index(after: at)...])
    }

    /// The local part of `address` (before the last `@`).
    static func localPart(of address: String) -> String {
        guard let at = address.lastIndex(of: "@") else { return address }
        return String(address[..<at])
    }
}
