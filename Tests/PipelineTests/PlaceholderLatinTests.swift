import Foundation
import Pipeline
import Testing
import VerbatimModel

/// Placeholder Latin ("lorem ipsum") fills test exports and template pages: it is language `und`,
/// never French, whatever passage or generator wrote it and whatever language the export declares.
@Suite struct PlaceholderLatinTests {
    static let lexicons = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lexicons")

    static func verbatim(_ text: String, declared: Language?) -> Verbatim {
        Verbatim(
            source: SourceLocation(path: "s.csv", ordinal: 1, position: "row 2"), channel: .survey, text: text,
            declaredLanguage: declared)
    }

    @Test(arguments: [
        "Lorem ipsum dolor sit amet.",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.",
        "Aenean commodo ligula eget dolor. Aenean massa. Cum sociis natoque penatibus et magnis dis parturient montes.",
        "Donec quam felis, ultricies nec, pellentesque eu, pretium quis, sem. Nulla consequat massa quis enim.",
        "Neque porro quisquam est qui dolorem ipsum quia dolor sit amet, consectetur, adipisci velit.",
    ])
    func placeholderLatinIsUnd(text: String) throws {
        let analyzer = try VerbatimAnalyzer(lexicons: Self.lexicons, journey: nil)
        for declared in [nil, Language.fr, .en] {
            let analysed = analyzer.analyse(Self.verbatim(text, declared: declared))
            #expect(analysed.language == .unknown)
            #expect(analysed.sentiment.label == .neutral)
        }
    }

    @Test(arguments: [
        ("Mon ex-mari a commandé la lampe, elle est arrivée cassée et personne ne répond.", Language.fr),
        ("Please sit down with your team and fix the delivery, the lamp arrived broken.", Language.en),
        ("Le dolor de la lampe : ipsum factum, nous avons été remboursés, merci.", Language.fr),
    ])
    func frenchAndEnglishWithALatinWordStayThemselves(text: String, language: Language) throws {
        let analyzer = try VerbatimAnalyzer(lexicons: Self.lexicons, journey: nil)
        #expect(analyzer.analyse(Self.verbatim(text, declared: nil)).language == language)
    }
}
