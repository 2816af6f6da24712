import PersonalData

/// Phone numbers in the UTF-8 bytes of a text, as their E.164 form (`+33612345678`, ITU-T E.164).
///
/// A number is read as one run of digit groups (`+33 6 12 34 56 78`, `0033 6…`, `(+1) 415-555-0100`,
/// `+33 (0)6 12 34 56 78`, `06.12.34.56.78`) joined by a space, a no-break space, `.` or `-`, the
/// same one after the second group (the first is free: `+33 6.12.34.56.78`), so that a date and a
/// time (`03.12.2025 10:30`) is not one number. The whole run decides: a run of more than 15 digits
/// is an IBAN, a card or a reference and holds no phone, and a run with a `/` is a date.
/// International forms (`+`, `00`) are phones when E.164 allows their length; a national form only
/// with a configured country (`NationalPhonePlan`), a trunk `0` and that country's length.
enum PhoneNumberScanner {
    /// What one run of digit groups holds.
    struct Run {
        var digits: [UInt8] = []
        var groupLengths: [Int] = []
        /// Written with `+` (or `(+`) in front.
        var plus = false
        /// Separators after the second group differ, or a `/` joins groups.
        var mixed = false
        /// Index after the last digit.
        var end = 0
    }

    /// E.164 allows at most 15 digits; the shortest European numbers with their calling code have 8
    /// (the same bounds as the report masking's `PhoneNumberingPlan.internationalLengths`).
    static let internationalLengths = 8...15
    /// A `00` prefix reads as international only for numbers of 10 digits or more after it: the
    /// mobiles of every country Verbatim's users sell to; shorter ones look like references.
    static let zeroZeroLengths = 10...15

    /// The phone starting at `start` (a digit, `+` or `(+` at a word start) in E.164 form, and the
    /// index after the run, which the caller skips whether it is a phone or not.
    static func phone(in bytes: [UInt8], at start: Int, plan: NationalPhonePlan?) -> (number: String?, end: Int)? {
        guard let run = run(in: bytes, at: start) else { return nil }
        guard TextBoundary.endsWord(bytes, at: run.end), !run.mixed else { return (nil, run.end) }
        return (number(of: run, plan: plan), run.end)
    }

    /// The E.164 form of `run`, `nil` when it is no phone.
    static func number(of run: Run, plan: NationalPhonePlan?) -> String? {
        var digits = run.digits
        if !run.plus, digits.count > 2, digits[0] == 0, digits[1] == 0, digits[2] != 0 {
            digits.removeFirst(2)
            guard zeroZeroLengths.contains(digits.count) else { return nil }
        } else if !run.plus {
            // National numbers are written in one block or in groups of at most 5 digits (`020 7946 0958`).
            guard let plan, run.groupLengths.count == 1 || run.groupLengths.allSatisfy({ $0 <= 5 }),
                let international = plan.international(digits[...])
            else { return nil }
            digits = international
        }
        guard digits.first != 0, internationalLengths.contains(digits.count) else { return nil }
        if let trunkPlan = NationalPhonePlan.all.first(where: { $0.hasTrunkAfterCallingCode(digits) }) {
            digits.remove(at: trunkPlan.callingCode.utf8.count)
        }
        return "+" + String(decoding: digits.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
    }

    /// The run of digit groups at `start`, `nil` when no digit starts it.
    static func run(in bytes: [UInt8], at start: Int) -> Run? {
        var run = Run()
        var index = start
        var closesCode = false
        if bytes[index] == UInt8(ascii: "(") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "+") {
            run.plus = true
            closesCode = true
            index += 2
        } else if bytes[index] == UInt8(ascii: "+") {
            run.plus = true
            index += 1
        }
        var firstKind: UInt8?
        while index < bytes.count, TextBoundary.isDigit(bytes[index]) {
            let groupStart = index
            while index < bytes.count, TextBoundary.isDigit(bytes[index]) {
                if run.digits.count <= internationalLengths.upperBound + 2 {
                    run.digits.append(bytes[index] - UInt8(ascii: "0"))
                }
                index += 1
            }
            run.groupLengths.append(index - groupStart)
            run.end = index
            if closesCode, run.groupLengths.count == 1 {
                guard index < bytes.count, bytes[index] == UInt8(ascii: ")") else { return nil }
                index += 1
            }
            // A `(0)` after the calling code is the trunk, not dialled from abroad: the separator skips it.
            guard let (next, kind) = separator(bytes, at: index) else { break }
            if kind == UInt8(ascii: "/") { run.mixed = true }
            if run.groupLengths.count >= 2 {
                if let firstKind, firstKind != kind { run.mixed = true }
                firstKind = firstKind ?? kind
            }
            index = next
        }
        guard !run.groupLengths.isEmpty else { return nil }
        return run
    }

    /// The separator at `index` before the next group: at most one space or no-break space on each
    /// side of at most one `.`, `-` or `/`, or a written trunk `(0)`; its index after and its kind (the
    /// mark, or a space). `nil` when no digit follows.
    private static func separator(_ bytes: [UInt8], at index: Int) -> (Int, UInt8)? {
        var position = skipSpace(bytes, at: index)
        var kind = UInt8(ascii: " ")
        if position < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/")].contains(bytes[position]) {
            kind = bytes[position]
            position = skipSpace(bytes, at: position + 1)
        } else if position + 2 < bytes.count, bytes[position] == UInt8(ascii: "("),
            bytes[position + 1] == UInt8(ascii: "0"), bytes[position + 2] == UInt8(ascii: ")")
        {
            position = skipSpace(bytes, at: position + 3)
        }
        guard position > index, position < bytes.count, TextBoundary.isDigit(bytes[position]) else { return nil }
        return (position, kind)
    }

    /// The index after one space, no-break space (C2 A0) or narrow no-break space (E2 80 AF) at
    /// `index`, or `index`.
    private static func skipSpace(_ bytes: [UInt8], at index: Int) -> Int {
        guard index < bytes.count else { return index }
        if bytes[index] == UInt8(ascii: " ") { return index + 1 }
        if index + 1 < bytes.count, bytes[index] == 0xC2, bytes[index + 1] == 0xA0 { return index + 2 }
        if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0xAF {
            return index + 3
        }
        return index
    }
}
