import Testing
import TextProcessing

/// The decision rule on counted function words: enough words of one other language, dominating
/// the French and English ones (the counting itself is tested on texts in `ForeignLanguageScoringTests`).
@Suite struct ForeignLanguageDetectorTests {
    /// Lanes `0..<languages` hold the other languages, `nativeLane` the French and English words.
    static func lanes(_ hits: [Int32], native: Int32) -> SIMD16<Int32> {
        var lanes = SIMD16<Int32>()
        for (lane, count) in hits.enumerated() { lanes[lane] = count }
        lanes[Int(ForeignLanguageDetector.nativeLane)] = native
        return lanes
    }

    @Test func enoughDominantWordsOfOneLanguageMakeATextForeign() {
        #expect(ForeignLanguageDetector.decide(Self.lanes([0, 3], native: 1), languages: 2) == 1)
        #expect(ForeignLanguageDetector.decide(Self.lanes([4, 2], native: 2), languages: 2) == 0)
    }

    @Test func tooFewOrNotDominantWordsDoNot() {
        // Two words can be a name or a borrowed word.
        #expect(ForeignLanguageDetector.decide(Self.lanes([2], native: 0), languages: 1) == nil)
        // Three German words in a French sentence of two native words: 3 < 2 × 2.
        #expect(ForeignLanguageDetector.decide(Self.lanes([3], native: 2), languages: 1) == nil)
        #expect(ForeignLanguageDetector.decide(Self.lanes([9], native: 0), languages: 0) == nil)
    }

    @Test func theFirstOfEqualLanguagesWins() {
        #expect(ForeignLanguageDetector.decide(Self.lanes([3, 3], native: 0), languages: 2) == 0)
    }

    @Test func wordsOfNeitherSideAreNotCounted() {
        var lanes = Self.lanes([3], native: 0)
        lanes[Int(ForeignLanguageDetector.noLane)] = 40
        #expect(ForeignLanguageDetector.decide(lanes, languages: 1) == 0)
    }
}
