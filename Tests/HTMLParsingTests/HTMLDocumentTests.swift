import HTMLParsing
import Testing

@Suite struct HTMLDocumentTests {
    init() { LibXML2.initialize() }

    @Test func textKeepsWordsApartAcrossBlocksAndSkipsScripts() throws {
        let html =
            "<div class='r'><p>Bon produit<br>livraison&nbsp;lente</p><script>var x = 1;</script><p>Tr<b>è</b>s &amp; cher</p></div>"
        let document = try HTMLDocument(bytes: Array(html.utf8))
        #expect(try document.texts(matching: "//div[@class='r']") == ["Bon produit livraison lente Très & cher"])
        let guessed = document.encodingGuessed
        #expect(!guessed)
    }

    @Test func rawContentsKeepScriptBodies() throws {
        let html = "<html><head><script type='application/ld+json'>{\"a\": \"<b>&amp;</b>\"}</script></head></html>"
        let document = try HTMLDocument(bytes: Array(html.utf8))
        #expect(try document.rawContents(matching: "//script") == ["{\"a\": \"<b>&amp;</b>\"}"])
    }

    @Test func latin1BytesAreDecodedAndFlaggedAsGuessed() throws {
        let bytes: [UInt8] = Array("<p>Tr".utf8) + [0xE8] + Array("s bien</p>".utf8)
        let document = try HTMLDocument(bytes: bytes)
        let guessed = document.encodingGuessed
        #expect(guessed)
        #expect(try document.texts(matching: "//p") == ["Très bien"])
    }

    @Test func utf8WinsOverALyingMetaCharset() throws {
        let html = "<html><head><meta charset='iso-8859-1'></head><body><p>Très bien</p></body></html>"
        #expect(try HTMLDocument(bytes: Array(html.utf8)).texts(matching: "//p") == ["Très bien"])
    }

    @Test(arguments: ["//p[", "///", "count(", "//*[@x='1'"])
    func invalidXPathThrows(expression: String) throws {
        let document = try HTMLDocument(bytes: Array("<p>x</p>".utf8))
        #expect(throws: HTMLParsingError.invalidXPath(expression)) { try document.texts(matching: expression) }
    }

    @Test func emptyNodeSetAndEmptyInput() throws {
        let document = try HTMLDocument(bytes: Array("<p>x</p>".utf8))
        #expect(try document.texts(matching: "//table").isEmpty)
        #expect(try document.string(evaluating: "normalize-space(//title)") == "")
        #expect(throws: HTMLParsingError.unparsable) { _ = try HTMLDocument(bytes: []) }
    }

    @Test func recordsEvaluateFieldsRelativeToEachContainer() throws {
        let html = """
            <ul><li class="r"><b>Anne</b><span data-n="4">Bien</span></li>
            <li class="r"><b>Luc</b><span data-n="1">Nul<br>vraiment</span></li></ul>
            """
        let document = try HTMLDocument(bytes: Array(html.utf8))
        let records = try document.records(
            container: "//li[@class='r']", fields: ["who": ".//b", "body": "./span", "stars": "string(./span/@data-n)"])
        #expect(
            records == [
                ["who": "Anne", "body": "Bien", "stars": "4"], ["who": "Luc", "body": "Nul vraiment", "stars": "1"],
            ])
    }

    @Test func elementsCopyAttributesAndChildren() throws {
        let document = try HTMLDocument(
            bytes: Array("<div itemscope itemtype='https://schema.org/Review'><p>ok</p></div>".utf8))
        let element = try #require(try document.elements(matching: "//div").first)
        #expect(element.attribute("itemtype") == "https://schema.org/Review")
        #expect(element.attribute("itemscope") != nil)
        #expect(element.childElements.map(\.name) == ["p"])
    }
}

@Suite struct HTMLPlainTextTests {
    /// Paragraph-like blocks (`p`, lists) get an empty line around them, as on screen; `div` and `br` a line break.
    @Test func emailBodyBecomesReadableLines() {
        let html = """
            <html><head><style>p { color: red }</style><title>Votre commande</title></head>
            <body><div>Bonjour,</div><p>Ma commande n&#176;&nbsp;4521 n'est   jamais arrivée.<br>Merci de me rembourser.</p>
            <script>track()</script><ul><li>Lampe</li><li>Abat-jour</li></ul><p>Cordialement,<br>Claire</p></body></html>
            """
        #expect(
            HTMLPlainText.convert(Array(html.utf8)) == """
                Bonjour,

                Ma commande n° 4521 n'est jamais arrivée.
                Merci de me rembourser.

                Lampe
                Abat-jour

                Cordialement,
                Claire
                """)
    }

    @Test func emojiImagesKeepTheirAltLogosDoNot() {
        let html = "<p><img src='logo.png' alt='Maison Lumen'>Colis reçu <img src='e.png' alt='😡'> cassé</p>"
        #expect(HTMLPlainText.convert(Array(html.utf8)) == "Colis reçu 😡 cassé")
    }

    @Test func emptyOrTextOnlyInput() {
        #expect(HTMLPlainText.convert([]) == "")
        #expect(HTMLPlainText.convert(Array("Tom &amp; Jerry".utf8)) == "Tom & Jerry")
    }
}
