/// Decides whether a number written in groups is a payment card, a phone number, or neither.
///
/// A card needs the Luhn check and either a card word nearby or an issuer's range and length, and
/// no order word nearer than any card word. A phone is an international number (`+` or `00`, E.164
/// lengths) or a national number of one of `PhoneNumberingPlan.all`; a national number without a
/// trunk `0` (Spanish, Italian mobile) also needs a phone word or a phone-like grouping, and no
/// order word nearer. When the whole run is neither, its leading groups are tried, so a card or a
/// phone followed by other digits is still masked.
struct NumberClassifier {
    var run: DigitRun
    var characters: [Character]
    /// The text before the number, as masked so far.
    var before: String
    var context: PersonalDataContext

    /// No card or phone has fewer digits (the shortest, international, have 8).
    static let minimumDigits = 8

    /// ISO 4217 codes and currency words that make a number an amount ("612 345 678 €").
    static let currencyWords: Set<String> = ["eur", "euro", "euros", "chf", "gbp", "usd"]
    static let currencySigns: Set<Character> = ["€", "$", "£", "¥"]

    /// The end of the card or phone number that starts the run and its kind, or `nil`.
    func classify() -> (Int, PersonalDataMasker.Kind)? {
        var groups = run.groups.count
        // A last group glued to letters belongs to a word, a reference or a host name (`12345678AB`,
        // `6467x.y@…`, `63-100-47-43.example.org`).
        if isGlued(at: run.end(groups: groups)) { groups -= 1 }
        // An IPv4 address (`80.8.136.186`) is no phone.
        guard groups > 0, !isIPv4Address(groups: groups) else { return nil }
        var distances: [PersonalDataContext.Meaning: Int]?
        // Read once, and only when the digits leave a doubt.
        func nearby() -> [PersonalDataContext.Meaning: Int] {
            if let distances { return distances }
            let found = context.distances(before: before)
            distances = found
            return found
        }
        // Longest first, so that the masked text, where a later part may now be `[phone]`, reads the same.
        for count in stride(from: groups, through: 1, by: -1)
        where run.digitCount(groups: count) >= Self.minimumDigits && !run.isDecimal(groups: count) {
            let end = run.end(groups: count)
            if isCard(groups: count, nearby: nearby) { return (end, .card) }
            if isPhone(groups: count, end: end, nearby: nearby) { return (end, .phone) }
        }
        return nil
    }

    /// Whether the character at `end` glues the number to a word: a letter, or `.`, `-`, `_` then one.
    private func isGlued(at end: Int) -> Bool {
        guard end < characters.count else { return false }
        if characters[end].isLetter { return true }
        return ".-_".contains(characters[end]) && end + 1 < characters.count && characters[end + 1].isLetter
    }

    /// Four groups of 1–3 digits joined by dots.
    private func isIPv4Address(groups count: Int) -> Bool {
        count == 4 && run.isUniform(groups: 4) && run.isDotted && (0..<4).allSatisfy { run.groupLength($0) <= 3 }
    }

    private func isCard(groups count: Int, nearby: () -> [PersonalDataContext.Meaning: Int]) -> Bool {
        let digits = run.digits[..<run.digitCount(groups: count)]
        guard !run.plus, CardIssuer.lengths.contains(digits.count), CardIssuer.luhnValid(digits) else { return false }
        let words = nearby()
        if let order = words[.order], order <= words[.card] ?? Int.max { return false }
        return words[.card] != nil || CardIssuer.known(digits)
    }

    private func isPhone(groups count: Int, end: Int, nearby: () -> [PersonalDataContext.Meaning: Int]) -> Bool {
        let digits = run.digits[..<run.digitCount(groups: count)]
        // "(0)" after a country code is the trunk prefix, not dialled from abroad.
        let trunk = (1..<count).filter { isWrittenTrunk(group: $0) }.count
        if run.plus {
            return digits.first != 0 && PhoneNumberingPlan.internationalLengths.contains(digits.count - trunk)
        }
        if digits.count > 2, digits[0] == 0, digits[1] == 0 {
            return digits[2] != 0 && PhoneNumberingPlan.internationalLengths.contains(digits.count - 2 - trunk)
        }
        guard !isAmount(end: end) else { return false }
        let plans = PhoneNumberingPlan.all.filter { $0.matches(digits) }
        if plans.contains(where: \.trunk) { return true }
        guard !plans.isEmpty else { return false }
        let words = nearby()
        if let order = words[.order], order <= words[.phone] ?? Int.max { return false }
        return words[.phone] != nil || isGroupedLikeAPhone(groups: count)
    }

    /// `612 34 56 78`, `91 123 45 67`, `333 123 4567`, `333 1234567`: one kind of separator, a first
    /// group of 2 or 3 digits, then groups of at most 4 (or one group of 7 for Italian mobiles).
    private func isGroupedLikeAPhone(groups count: Int) -> Bool {
        guard count >= 2, run.isUniform(groups: count), (2...3).contains(run.groupLength(0)) else { return false }
        if count == 2 { return run.groupLength(0) == 3 && run.groupLength(1) == 7 }
        return (1..<count).allSatisfy { run.groupLength($0) <= 4 }
    }

    /// Whether group `index` is a lone `0` written in parentheses.
    private func isWrittenTrunk(group index: Int) -> Bool {
        let group = run.groups[index]
        return group.parenthesised && run.groupLength(index) == 1 && run.digits[group.start] == 0
    }

    /// Whether a currency sign or code stands right before `run.start` or right after `end` and its
    /// decimals.
    private func isAmount(end: Int) -> Bool {
        var previous = run.start - 1
        while previous >= 0, characters[previous] == " " || characters[previous] == "\u{00A0}" { previous -= 1 }
        if previous >= 0, Self.currencySigns.contains(characters[previous]) { return true }
        var next = end
        // Decimals: "612 345 678,50 €".
        if next + 1 < characters.count, characters[next] == ",", characters[next + 1].isASCIIDigitCharacter {
            next += 1
            while next < characters.count, characters[next].isASCIIDigitCharacter { next += 1 }
        }
        while next < characters.count, characters[next] == " " || characters[next] == "\u{00A0}" { next += 1 }
        guard next < characters.count else { return false }
        if Self.currencySigns.contains(characters[next]) { return true }
        var word = ""
        while next < characters.count, characters[next].isLetter, word.count < 6 {
            word.append(characters[next])
            next += 1
        }
        return Self.currencyWords.contains(word.lowercased())
    }
}
