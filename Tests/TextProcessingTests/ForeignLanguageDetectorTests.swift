import Testing
import TextProcessing

/// A verbatim in German or Spanish must not be scored with French or English words (German `die`
/// or `gift` would read as English complaints or praise); a French or English one must never be
/// taken for foreign because it quotes a name.
@Suite struct ForeignLanguageDetectorTests {
    static let detector = ForeignLanguageDetector(
        foreign: [
            "und": "de", "ist": "de", "nicht": "de", "ich": "de", "meine": "de", "noch": "de", "leider": "de",
            "pero": "es", "muy": "es", "gracias": "es", "está": "es", "todavía": "es", "pedido": "es",
        ],
        native: ["le", "la", "est", "je", "pas", "the", "is", "my", "not", "and", "de"])

    static func language(_ text: String) -> String? {
        var buffer = TokenBuffer()
        ByteTokenizer.tokenize(text, into: &buffer)
        return detector.foreignLanguage(of: buffer)
    }

    @Test(arguments: [
        ("Leider ist meine Bestellung noch nicht angekommen und ich warte.", "de"),
        ("Mi pedido todavía no ha llegado, muy mal servicio pero gracias.", "es"),
    ])
    func aTextInAnotherLanguageIsNoticed(text: String, code: String) {
        #expect(Self.language(text) == code)
    }

    @Test(arguments: [
        "Je n'ai pas reçu la lampe « Leuchte und Licht » que j'ai commandée, est-ce normal ?",
        "My order of the Muy Bueno salsa is not here and the tracking is stuck.",
        "Danke!",
        "",
    ])
    func frenchEnglishAndShortTextsAreNot(text: String) {
        #expect(Self.language(text) == nil)
    }
}
