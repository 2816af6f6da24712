/// A number as people write it in free text: groups of ASCII digits joined by spaces, dots,
/// dashes, parentheses, one slash, or a line break (`06 12 34` CR LF `56 78`), with an optional
/// `+` or `(` in front.
///
/// The separator between groups must stay the same kind after the second group (the first one is
/// free: `+33 6.12.34.56.78`, `030/1234 5678`), so that `03.12.2025 10:30` is a date and a time, not
/// one ten-digit number. Parentheses fit any kind (`+44 (0)20 7946 0958`).
struct DigitRun {
    /// The digits, 0…9.
    var digits: [Int] = []
    /// Where each group starts in `digits`, and whether it was written in parentheses.
    var groups: [(start: Int, parenthesised: Bool)] = []
    /// Index after each group's last digit in the scanned characters.
    var groupEnds: [Int] = []
    /// The kind of separator after each group but the last.
    private var separatorKinds: [SeparatorKind] = []
    /// Whether the number starts with `+`.
    var plus = false
    /// Index of the first character of the run.
    var start: Int

    /// The longest number a run may hold: the longest card number (ISO/IEC 7812-1).
    static let maximumDigits = 19
    /// The most groups a run may hold: no card or phone is written in more (`0 6 1 2 3 4 5 6 7 8`).
    static let maximumGroups = 10

    private enum SeparatorKind: Equatable {
        case space, dot, dash, slash, parenthesis
    }

    /// The run starting at `start` (a digit, `+` or `(` followed by a digit), or `nil`.
    init?(_ characters: [Character], from start: Int) {
        self.start = start
        var index = start
        var openParenthesis = false
        if characters[index] == "+" {
            plus = true
            index += 1
        } else if characters[index] == "(" {
            openParenthesis = true
            index += 1
        }
        var fixedKind: SeparatorKind?
        var separators = 0
        while index < characters.count, characters[index].isASCIIDigitCharacter {
            var groupEnd = index
            while groupEnd < characters.count, characters[groupEnd].isASCIIDigitCharacter { groupEnd += 1 }
            // Longer than any card or phone: the run is cut here (`+44 7700 900123 (4539 …` starts
            // with a phone). A single group that long is a reference, and no run.
            guard digits.count + (groupEnd - index) <= Self.maximumDigits, groups.count < Self.maximumGroups else {
                break
            }
            let closes = groupEnd < characters.count && characters[groupEnd] == ")"
            groups.append((digits.count, openParenthesis && closes))
            for position in index..<groupEnd { digits.append(characters[position].wholeNumberValue ?? 0) }
            groupEnds.append(groupEnd)
            // A group of seven digits or more ends a number (`333 1234567`; cards group by 6 at
            // most, `3782 822463 10005`): what follows is the next number of a list
            // (`0033612345678 / 06 12 34 56 78`), which read as one run gave a 15-digit phone and
            // left `34 56 78` unmasked.
            guard groupEnd - index < 7 else { break }
            guard let (next, kind, opens) = Self.separator(characters, at: groupEnd) else { break }
            // `0.147368421`: a decimal number, whatever follows it.
            if kind == .dot, groups.count == 1, digits.count == 1 { break }
            separators += 1
            separatorKinds.append(kind)
            if kind == .slash && separators > 1 { break }
            if separators > 1, kind != .parenthesis {
                if let fixedKind, fixedKind != kind { break }
                fixedKind = fixedKind ?? kind
            }
            openParenthesis = opens
            index = next
        }
        guard !digits.isEmpty else { return nil }
    }

    /// Whether the first `count` groups read as a decimal number: two groups joined by a dot.
    func isDecimal(groups count: Int) -> Bool { count == 2 && separatorKinds[0] == .dot }

    /// Whether the groups are joined by dots.
    var isDotted: Bool { separatorKinds.first == .dot }

    /// Whether the first `count` groups are all joined by the same kind of separator.
    func isUniform(groups count: Int) -> Bool { Set(separatorKinds.prefix(count - 1)).count <= 1 }

    /// How many digits group `index` holds.
    func groupLength(_ index: Int) -> Int { digitCount(groups: index + 1) - groups[index].start }

    /// Index after the last digit of the first `count` groups.
    func end(groups count: Int) -> Int { groupEnds[count - 1] }

    /// How many digits the first `count` groups hold.
    func digitCount(groups count: Int) -> Int {
        count < groups.count ? groups[count].start : digits.count
    }

    /// The separator at `index` and the index of the digit after it: spaces with at most one line
    /// break, at most one of `.`, `-`, `/`, and parentheses; `nil` when no digit follows.
    private static func separator(_ characters: [Character], at index: Int) -> (Int, SeparatorKind, Bool)? {
        var position = index
        var lineBreaks = 0
        var mark: SeparatorKind?
        var parenthesis = false
        var opens = false
        while position < characters.count, position - index < 5 {
            let character = characters[position]
            if character.isNewline {
                lineBreaks += 1
            } else if character == "(" || character == ")" {
                parenthesis = true
                opens = character == "("
            } else if character == "." || character.isDashCharacter || character == "/" {
                guard mark == nil else { return nil }
                mark = character == "." ? .dot : character.isDashCharacter ? .dash : .slash
            } else if !(character == " " || character == "\u{00A0}" || character == "\u{202F}"
                || character == "\u{2009}")
            {
                break  // a tab separates columns, not the groups of a number
            }
            position += 1
        }
        guard position > index, lineBreaks <= 1, position < characters.count,
            characters[position].isASCIIDigitCharacter
        else { return nil }
        return (position, parenthesis ? .parenthesis : mark ?? .space, opens)
    }
}

extension Character {
    /// A hyphen or dash as word processors and mail clients write one between digit groups:
    /// `-`, the Unicode hyphens and dashes U+2010…U+2015 (`06‑12‑34‑56‑78` with non-breaking
    /// hyphens, `06–12` after autocorrect), the minus sign U+2212 and the small and fullwidth
    /// hyphen-minus U+FE63 and U+FF0D.
    var isDashCharacter: Bool {
        guard unicodeScalars.count == 1, let scalar = unicodeScalars.first else { return false }
        return scalar == "-" || (0x2010...0x2015).contains(scalar.value) || scalar.value == 0x2212
            || scalar.value == 0xFE63 || scalar.value == 0xFF0D
    }

    /// `0`…`9` only (not Arabic-Indic or fullwidth digits, which no format here uses). Read from the
    /// ASCII value: `isNumber` looks up Unicode properties, at every word start of every masked text.
    var isASCIIDigitCharacter: Bool {
        guard let value = asciiValue else { return false }
        return value >= UInt8(ascii: "0") && value <= UInt8(ascii: "9")
    }
}
