import Foundation
import Pipeline
import Testing
import VerbatimModel

/// Aspect sentiment as `analyze` computes it (the repository's lexicons, the hospitality journey):
/// the scorer marks each clause's sentence, opinion and contrast, and a theme takes the sentiment of
/// the words that govern it.
@Suite struct AspectSentimentRunTests {
    /// Theme → sentiment of `text` analysed as a review.
    static func themes(_ text: String) throws -> [String: Double] {
        let verbatim = Verbatim(
            source: SourceLocation(path: "review.txt", ordinal: 0, position: "line 1"), channel: .review, text: text)
        let analysed = try AspectPolarityTests.analyzer.get().analyse(verbatim)
        return Dictionary(analysed.themes.map { ($0.theme, $0.sentiment) }, uniquingKeysWith: { first, _ in first })
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var negative: [String]
        var positive: [String]
        var testDescription: String { text }
    }

    static let governed: [Case] = [
        // A negation scoping over the theme turns its clause, and only its clause.
        Case(
            text: "Le service n'était pas agréable, les plats étaient excellents.", negative: ["table_service"],
            positive: ["food_quality"]),
        Case(
            text: "The service was not friendly, the food was excellent.", negative: ["table_service"],
            positive: ["food_quality"]),
        Case(
            text: "Je n'ai pas aimé le service, mais les plats étaient délicieux.", negative: ["table_service"],
            positive: ["food_quality"]),
        Case(
            text: "I did not enjoy the food, but the service was lovely.", negative: ["food_quality"],
            positive: ["table_service"]),
        // A theme whose clause names it without judging it takes the opinion its sentence attaches.
        Case(
            text: "Les plats étaient délicieux. Le service, franchement, trop lent.", negative: ["table_service"],
            positive: ["food_quality"]),
        Case(
            text: "The food was delicious. The service, honestly, far too slow.", negative: ["table_service"],
            positive: ["food_quality"]),
    ]

    @Test("a theme takes the sentiment of the words that govern it", arguments: governed)
    func governedSentiment(_ testCase: Case) throws {
        let themes = try Self.themes(testCase.text)
        for theme in testCase.negative { #expect((themes[theme] ?? 0) < 0, "\(theme) in \(themes)") }
        for theme in testCase.positive { #expect((themes[theme] ?? 0) > 0, "\(theme) in \(themes)") }
    }

}
