public import Foundation
public import Lexicons
import TextProcessing
import VerbatimModel

extension SentimentScorer {
    /// Loads the lexicons under `lexiconDirectory`, then overlays each third-party lexicon, in the
    /// order given, onto the lexicon of its language: our terms win, then earlier files
    /// (`ThirdPartyOverlay` says what each file added and what it could not).
    public static func loading(
        lexiconDirectory: URL, extraLexicons: [ThirdPartyLexicon]
    ) throws -> (scorer: SentimentScorer, overlays: [ThirdPartyOverlay]) {
        var french = try SentimentLexicon(directory: lexiconDirectory, language: .fr)
        var english = try SentimentLexicon(directory: lexiconDirectory, language: .en)
        var overlays: [ThirdPartyOverlay] = []
        for extra in extraLexicons {
            if extra.language == .fr {
                overlays.append(french.overlay(extra))
            } else {
                overlays.append(english.overlay(extra))
            }
        }
        let words = try RuleWordLists(directory: lexiconDirectory)
        let foreign = try ForeignWordList(directory: lexiconDirectory)
        return (SentimentScorer(french: french, english: english, words: words, foreign: foreign), overlays)
    }

    /// Loads the lexicons under `lexiconDirectory` with third-party lexicons filling their gaps.
    public init(lexiconDirectory: URL, extraLexicons: [ThirdPartyLexicon]) throws {
        self = try Self.loading(lexiconDirectory: lexiconDirectory, extraLexicons: extraLexicons).scorer
    }

    /// The term key of `item` (its tokens' keys joined by one space), to ask the lexicon where an
    /// entry came from; `nil` for an item not read from the lexicon as written (ratings, stems).
    static func lexiconKey(of item: ScoringScratch.Item, in tokens: TokenBuffer) -> String? {
        guard item.known, !item.notes.contains(.rating), !item.notes.contains(.stemmed) else { return nil }
        var parts: [String] = []
        var index = Int(item.token)
        while index < tokens.tokens.count, tokens.tokens[index].end <= item.end {
            parts.append(tokens.keyString(tokens.tokens[index]))
            index += 1
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}
