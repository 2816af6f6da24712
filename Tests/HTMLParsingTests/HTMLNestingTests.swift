import HTMLParsing
import Testing

/// A page nested far deeper than any real one is parsed whole: libxml2's own depth limit would stop
/// the parser and drop the rest of the page, and a recursive copy would exhaust the stack.
@Suite struct HTMLNestingTests {
    init() { LibXML2.initialize() }

    static func nested(_ levels: Int, around inner: String) -> [UInt8] {
        Array(
            ("<html><body>" + String(repeating: "<div class='w'>", count: levels) + inner
                + String(repeating: "</div>", count: levels) + "<p>Après.</p></body></html>").utf8)
    }

    @Test(arguments: [300, 100_000])
    func deepTextIsKeptAndTheRestOfThePageToo(levels: Int) throws {
        let document = try HTMLDocument(bytes: Self.nested(levels, around: "<div>Profond</div><div>dessous</div>"))
        #expect(document.plainText().hasSuffix("Profond\ndessous\n\nAprès."))
        #expect(try document.texts(matching: "/html/body") == ["Profond dessous Après."])
        #expect(document.flattenedAtLine == 1)
    }

    @Test func deepElementsWithMeaningfulAttributesStayElements() throws {
        let document = try HTMLDocument(
            bytes: Self.nested(1_000, around: "<span itemprop='reviewBody'>Très <b>lent</b></span>"))
        var element = try #require(try document.elements(matching: "/html/body").first)
        var depth = 0
        while let child = element.childElements.first, child.name == "div" {
            element = child
            depth += 1
        }
        #expect(depth == HTMLDocument.maximumDepth - 1)
        let kept = element.childElements.filter { $0.attribute("itemprop") != nil }
        #expect(kept.map(\.text) == ["Très lent"])
    }

    @Test func ordinaryPagesAreNotReportedAsDeep() throws {
        let document = try HTMLDocument(bytes: Self.nested(100, around: "<p>x</p>"))
        #expect(document.flattenedAtLine == nil)
    }
}
