import Foundation
import Pipeline
import Testing
import VerbatimModel

/// A German or Spanish message in a French shop's mailbox stays in the reports, tagged `und`, but
/// is not scored with French or English words: German `die` and `gift` would read as English.
@Suite struct ForeignVerbatimTests {
    static let lexicons = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lexicons")

    static func verbatim(_ text: String) -> Verbatim {
        Verbatim(
            source: SourceLocation(path: "mail.eml", ordinal: 1, position: "message 1"), channel: .email, text: text)
    }

    @Test func aGermanComplaintIsKeptUnscoredAndTaggedUnd() throws {
        let analyzer = try VerbatimAnalyzer(lexicons: Self.lexicons, journey: nil)
        let german = analyzer.analyse(
            Self.verbatim("Die Lieferung ist leider noch nicht da und ich warte seit einer Woche auf mein Geschenk."))
        #expect(german.language == .unknown)
        #expect(german.sentiment.label == .neutral)
        #expect(german.themes.isEmpty)
        #expect(german.verbatim.text.hasPrefix("Die Lieferung"))
        let french = analyzer.analyse(Self.verbatim("La livraison n'est toujours pas arrivée, je suis très déçue."))
        #expect(french.language == .fr)
        #expect(french.sentiment.label == .negative)
    }
}
