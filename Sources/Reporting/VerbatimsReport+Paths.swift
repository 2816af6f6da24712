import PersonalData
public import VerbatimModel

extension VerbatimsReport {
    /// `path` (a corpus-relative input path, or a `source` cell such as `path:line 3`) with
    /// personal data masked unless kept: messaging apps name their exports after the contact
    /// (`WhatsApp Chat with +33 6 98 76 54 32.txt`), people name files after a sender. The corpus
    /// folder keeps the real names; a row's `id` stays the hash of the real path (rows of two runs
    /// still join), and `--keep-personal-data` shows it.
    public func displayed(path: String) -> String {
        guard !keepPersonalData, mayHoldPersonalData(path) else { return path }
        let components = path.split(separator: "/", omittingEmptySubsequences: false).map { component in
            // The extension (and a `:line 3` after it) is cut off first: a number glued to `.txt`
            // reads as part of a longer token (`54 32.txt`), and the masker would leave its last group.
            guard let dot = component.lastIndex(of: "."), dot > component.startIndex,
                component[component.index(after: dot)...].first?.isLetter == true
            else { return masker.mask(String(component)) }
            return masker.mask(String(component[..<dot])) + component[dot...]
        }
        let masked = components.joined(separator: "/")
        // Then the whole when it may hold an address, which keeps its domain's dots
        // (`jean.dupont@example.fr`): each component alone is masked cheaply, since a row's path
        // is masked on every row.
        return masked.utf8.contains(UInt8(ascii: "@")) || masked.utf8.contains(0xEF) ? masker.mask(masked) : masked
    }

    /// `source` as its cell shows it: the path masked (`displayed(path:)`), the position (`line 12`,
    /// `row 3`), which the readers write, as it is: its digits would make every path look long.
    public func displayed(_ source: SourceLocation) -> String {
        let path = displayed(path: source.path)
        return source.position.isEmpty ? path : "\(path):\(source.position)"
    }

    /// Whether a component of `path` may hold what the masker masks, read on its bytes without a
    /// copy (every row's path is asked): an `@` or a fullwidth form, 8 digits (the fewest of a
    /// phone, card, IBAN or NIR, as `PersonalDataMasker.mask` counts them), or 5 digits and a
    /// capital (an order number of the default form; any digit with a configured pattern).
    private func mayHoldPersonalData(_ path: String) -> Bool {
        let patterns = !masker.orders.patterns.isEmpty
        var digits = 0
        var capital = false
        for byte in path.utf8 {
            if byte == UInt8(ascii: "@") || byte == 0xEF { return true }
            if byte == UInt8(ascii: "/") {
                digits = 0
                capital = false
            } else if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                if digits >= 8 || (digits >= 5 && capital) || patterns { return true }
            } else if byte >= 0x41 && byte <= 0x5A {
                capital = true
                if digits >= 5 { return true }
            }
        }
        return false
    }

    /// `finding` with personal data masked in its source and reason (which may quote a file name
    /// or a line of the input) unless kept.
    public func protect(_ finding: Finding) -> Finding {
        guard !keepPersonalData else { return finding }
        var masked = finding
        masked.source = displayed(path: finding.source)
        masked.reason = displayed(path: finding.reason)
        return masked
    }

    /// `attribution` with personal data masked unless kept: a WhatsApp speaker is a phone number,
    /// and the reason quotes the file name.
    public func protect(_ attribution: CompanyAttribution) -> CompanyAttribution {
        guard !keepPersonalData else { return attribution }
        var masked = attribution
        masked.speaker = displayed(path: attribution.speaker)
        masked.reason = displayed(path: attribution.reason)
        masked.override = displayed(path: attribution.override)
        return masked
    }
}
