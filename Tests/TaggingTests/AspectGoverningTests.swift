import Tagging
import Testing
import VerbatimModel

/// A theme whose own clause holds no opinion takes half the opinion of the clause it attaches to,
/// never across a contrast connective, else half the verbatim score (`AspectScorer`).
struct AspectGoverningTests {
    /// One clause of a hand-built sentiment: its text, score, sentence and whether a contrast
    /// connective opens it (as the scorer marks them).
    struct Piece: Sendable {
        var text: String
        var score: Double
        var sentence = 0
        var contrast = false
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var language: Language
        var pieces: [Piece]
        var verbatim: Double
        /// Theme → the sentiment it must get.
        var expected: [String: Double]
        var testDescription: String { text }
    }

    /// The sentiment of `testCase`: its pieces as clauses, its verbatim score.
    static func sentiment(_ testCase: Case) -> SentimentResult {
        var result = TaggingFixture.sentiment(testCase.text, clauses: testCase.pieces.map { ($0.text, $0.score) })
        for (index, piece) in testCase.pieces.enumerated() {
            result.clauses[index].sentence = piece.sentence
            result.clauses[index].opensContrast = piece.contrast
        }
        result.score = testCase.verbatim
        return result
    }

    static let fallback: [Case] = [
        Case(
            text: "Le service, franchement, impeccable.", language: .fr,
            pieces: [
                Piece(text: "Le service,", score: 0), Piece(text: "franchement,", score: 0),
                Piece(text: "impeccable.", score: 0.7),
            ],
            verbatim: 0.2, expected: ["table_service": 0.35]),
        Case(
            text: "The food, honestly, superb.", language: .en,
            pieces: [
                Piece(text: "The food,", score: 0), Piece(text: "honestly,", score: 0),
                Piece(text: "superb.", score: 0.8),
            ],
            verbatim: 0.3, expected: ["food_quality": 0.4]),
        Case(
            text: "Vraiment décevant, le repas.", language: .fr,
            pieces: [Piece(text: "Vraiment décevant,", score: -0.6), Piece(text: "le repas.", score: 0)],
            verbatim: -0.6, expected: ["food_quality": -0.3]),
    ]

    @Test(
        "a clause without opinion takes half the nearest opinion of its sentence, the following first",
        arguments: fallback)
    func attachesToItsSentence(_ testCase: Case) throws {
        try check(testCase)
    }

    static let contrast: [Case] = [
        Case(
            text: "Les plats étaient délicieux, mais le service, lent.", language: .fr,
            pieces: [
                Piece(text: "Les plats étaient délicieux,", score: 0.7),
                Piece(text: "mais le service,", score: 0, contrast: true), Piece(text: "lent.", score: -0.4),
            ],
            verbatim: 0.1, expected: ["food_quality": 0.7, "table_service": -0.2]),
        Case(
            text: "The food was great, but the service.", language: .en,
            pieces: [
                Piece(text: "The food was great,", score: 0.6),
                Piece(text: "but the service.", score: 0, contrast: true),
            ],
            verbatim: -0.2, expected: ["food_quality": 0.6, "table_service": -0.1]),
        Case(
            text: "Le service, rien à redire, par contre le repas était froid.", language: .fr,
            pieces: [
                Piece(text: "Le service,", score: 0), Piece(text: "rien à redire,", score: 0),
                Piece(text: "par contre le repas était froid.", score: -0.5, contrast: true),
            ],
            verbatim: -0.3, expected: ["food_quality": -0.5, "table_service": -0.15]),
    ]

    @Test("a contrast connective keeps each side's opinion to itself", arguments: contrast)
    func contrastSeparates(_ testCase: Case) throws {
        try check(testCase)
    }

    static let verbatimFallback: [Case] = [
        Case(
            text: "Nous avons pris le menu du jour. Une soirée parfaite !", language: .fr,
            pieces: [
                Piece(text: "Nous avons pris le menu du jour.", score: 0),
                Piece(text: "Une soirée parfaite !", score: 0.8, sentence: 1),
            ],
            verbatim: 0.5, expected: ["menu_choice": 0.25]),
        Case(
            text: "We ordered the set menu. A perfect evening!", language: .en,
            pieces: [
                Piece(text: "We ordered the set menu.", score: 0),
                Piece(text: "A perfect evening!", score: 0.8, sentence: 1),
            ],
            verbatim: 0.5, expected: ["menu_choice": 0.25]),
    ]

    @Test("a sentence with no opinion at all leaves its themes half the verbatim score", arguments: verbatimFallback)
    func sentenceWithoutOpinion(_ testCase: Case) throws {
        try check(testCase)
    }

    @Test("a directly judged mention outweighs a mention that only inherits an opinion")
    func directMentionWins() throws {
        let testCase = Case(
            text: "Le service, bof. Au dessert, le service était parfait.", language: .fr,
            pieces: [
                Piece(text: "Le service,", score: 0), Piece(text: "bof.", score: -0.3),
                Piece(text: "Au dessert,", score: 0, sentence: 1),
                Piece(text: "le service était parfait.", score: 0.7, sentence: 1),
            ],
            verbatim: 0.3, expected: ["table_service": 0.7])
        try check(testCase)
    }

    private func check(_ testCase: Case) throws {
        let tagger = try TaggingFixture.tagger(journey: "hospitality")
        let tags = tagger.tag(
            TaggingFixture.verbatim(testCase.text), language: testCase.language, sentiment: Self.sentiment(testCase))
        let byTheme = Dictionary(tags.themes.map { ($0.theme, $0.sentiment) }, uniquingKeysWith: { first, _ in first })
        for (theme, score) in testCase.expected {
            #expect(byTheme[theme] == score, "\(theme) in \(tags.themes)")
        }
    }
}
