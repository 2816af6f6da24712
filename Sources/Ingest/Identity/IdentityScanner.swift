import PersonalData

/// Finds, in one text, what identifies its author: e-mail addresses (`EmailAddressScanner`), phone
/// numbers (`PhoneNumberScanner`) and order numbers (`OrderNumberScanner`, or the configured
/// `OrderPattern`s), in clear text and normalised; `IdentityEvidence` keys them at once.
///
/// It runs on every utterance, so it gives up at once on a text with no `@` and fewer than 5
/// digits (no address, phone or order number has fewer), then walks the bytes once.
struct IdentityScanner {
    /// What one text holds, normalised: lowercased addresses, E.164 phones, order numbers in capitals.
    struct Found: Equatable {
        var addresses: [String] = []
        var phones: [String] = []
        var orders: [String] = []
    }

    var options: IdentityOptions

    /// The fewest digits of an order number of the default form; phones have more.
    static let minimumDigits = OrderNumberScanner.digits.lowerBound

    /// What `text` holds.
    func scan(_ text: String) -> Found {
        var found = Found()
        var digits = 0
        var hasAt = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "@") { hasAt = true }
            if TextBoundary.isDigit(byte) { digits += 1 }
        }
        let configured = !options.orderPatterns.isEmpty
        if configured, digits > 0 {
            for pattern in options.orderPatterns { found.orders += pattern.orders(in: text) }
        }
        guard hasAt || digits >= Self.minimumDigits else { return found }
        walk(Array(text.utf8), defaultOrders: !configured, hasAt: hasAt, into: &found)
        return found
    }

    /// One pass over `bytes`: an address at each `@`, a phone or an order number at each word start.
    private func walk(_ bytes: [UInt8], defaultOrders: Bool, hasAt: Bool, into found: inout Found) {
        var index = 0
        // Where the last address ended: its digits (`jean.06123456@…`) are no phone.
        var addressEnd = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "@") {
                if let span = EmailAddressScanner.span(in: bytes, at: index, limit: addressEnd) {
                    found.addresses.append(CaseFolding.lower(String(decoding: bytes[span], as: UTF8.self)))
                    addressEnd = span.upperBound
                    index = span.upperBound
                } else {
                    index += 1
                }
                continue
            }
            guard TextBoundary.startsWord(bytes, at: index),
                !(hasAt && isInsideAddress(bytes, index, after: addressEnd))
            else {
                index += 1
                continue
            }
            if TextBoundary.isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "(") {
                if let (number, end) = PhoneNumberScanner.phone(in: bytes, at: index, plan: options.phoneCountry) {
                    if let number { found.phones.append(number) }
                    index = max(end, index + 1)
                    continue
                }
            } else if defaultOrders, TextBoundary.isUpper(byte),
                let (order, end) = OrderNumberScanner.order(
                    in: bytes, at: index, excluded: options.lexicon.notOrderPrefixes)
            {
                found.orders.append(order)
                index = end
                continue
            }
            index += 1
        }
    }

    /// Whether the word at `index` runs into an `@` before any space: it is a local part
    /// (`06.12.34.56.78@example.fr`, `CMD-123456@…`), read when its `@` is reached.
    private func isInsideAddress(_ bytes: [UInt8], _ index: Int, after addressEnd: Int) -> Bool {
        guard index >= addressEnd else { return true }
        var position = index
        while position < bytes.count, position - index <= EmailAddressScanner.maximumLocalPart {
            let byte = bytes[position]
            if byte == UInt8(ascii: "@") { return true }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
                || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: ":")
            {
                return false
            }
            position += 1
        }
        return false
    }
}
