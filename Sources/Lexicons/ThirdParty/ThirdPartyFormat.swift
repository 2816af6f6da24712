public import VerbatimModel

/// The published lexicon formats Verbatim reads at run time (`--extra-lexicon`); none is shipped.
public enum ThirdPartyFormat: String, Sendable, Hashable, CaseIterable {
    /// VADER's `vader_lexicon.txt` (Hutto & Gilbert 2014): `token<TAB>mean<TAB>std<TAB>[ratings]`,
    /// the mean already on −4…+4. English.
    case vader
    /// FEEL, the French Expanded Emotion Lexicon (Abdaoui et al. 2017), CSV:
    /// `id;word;polarity;joy;fear;sadness;anger;surprise;disgust`. French.
    case feel
    /// NRC Word-Emotion Association Lexicon (EmoLex, Mohammad & Turney 2013), word-level file:
    /// `word<TAB>emotion<TAB>0|1`. English.
    case nrc

    /// The language the published file is written in (a translated file needs `fr:`/`en:`).
    public var defaultLanguage: Language {
        switch self {
        case .vader, .nrc: return .en
        case .feel: return .fr
        }
    }

    /// How a row looks, for error messages.
    public var rowShape: String {
        switch self {
        case .vader: return "token<TAB>mean<TAB>std<TAB>[ratings]"
        case .feel: return "id;word;polarity;joy;fear;sadness;anger;surprise;disgust"
        case .nrc: return "word<TAB>emotion<TAB>0|1"
        }
    }

    /// Lines of one shape that settle the question.
    static let decisiveLines = 10
    /// Lines looked at, at most: enough to get past a preamble (some EmoLex releases open with a
    /// page of licence text).
    static let sniffedLines = 200

    /// Recognises the format from the first non-empty lines of `text`: the format most of them look
    /// like, `nil` when none fits or two tie (the user then names it with `--extra-lexicon-format`).
    public static func detect(in text: String) -> ThirdPartyFormat? {
        var votes: [ThirdPartyFormat: Int] = [:]
        for line in ThirdPartyLines(text).prefix(sniffedLines) {
            for format in allCases where format.looksLike(line.text) { votes[format, default: 0] += 1 }
            if votes.values.contains(where: { $0 >= decisiveLines }) { break }
        }
        let ranked = votes.sorted { $0.value > $1.value }
        guard let best = ranked.first, best.value > 0 else { return nil }
        if ranked.count > 1, ranked[1].value == best.value { return nil }
        return best.key
    }

    /// True when one line has the shape of this format (a header line counts for FEEL).
    func looksLike(_ line: Substring) -> Bool {
        switch self {
        case .vader:
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count >= 3, Double(cells[1].trimmed) != nil else { return false }
            return Double(cells[2].trimmed) != nil || cells.count >= 4 && cells[3].trimmed.hasPrefix("[")
        case .feel:
            let cells = line.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmed.lowercased() }
            guard cells.count >= 3 else { return false }
            return (cells[1] == "word" && cells[2] == "polarity")
                || (cells.count >= 9 && FEELReader.polarities.contains(cells[2]))
        case .nrc:
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmed }
            return cells.count == 3 && NRCEmoLexReader.categories.contains(cells[1])
                && (cells[2] == "0" || cells[2] == "1")
        }
    }
}
