import Foundation
import Testing
import VerbatimModel

@testable import Ingest

/// Bytes of a fixture written for these tests (never real third-party data).
private func fixture(_ relativePath: String) throws -> [UInt8] {
    let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return [UInt8](try Data(contentsOf: root.appendingPathComponent(relativePath)))
}

/// The profiles shipped in `lexicons/sites/`, read from the source tree.
private func bundledProfiles() -> (profiles: [SiteProfile], findings: [Finding]) {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    return SiteProfile.load(from: root.appendingPathComponent("lexicons/sites"))
}

@Suite struct ReviewPageReaderTests {
    init() { ReviewPageReader.prepare() }

    @Test func jsonLDGraphProductReviewsAndStandaloneReview() throws {
        let output = ReviewPageReader.read(
            try fixture("html/jsonld-graph.html"), path: "p.html", options: IngestOptions())
        #expect(output.format == "json-ld")
        // 3 Product.review entries in @graph (one repeated), 1 standalone Review, 1 rating-only Review.
        #expect(output.verbatims.count == 4)
        #expect(output.skipped[.duplicate] == 1)
        #expect(output.findings.isEmpty)
        let first = try #require(output.verbatims.first)
        #expect(first.channel == .review)
        #expect(
            first.text == "Colis arrivé avec 10 jours de retard et l'abat-jour cassé. Le service client ne répond pas.")
        #expect(first.context == "Livraison catastrophique")
        #expect(first.scores.rating == 0)
        #expect(first.declaredLanguage == .fr)
        #expect(first.source == SourceLocation(path: "p.html", ordinal: 0, position: "review 1"))
        #expect(first.date == LooseDate.parse("2025-03-02"))
        #expect(
            first.customer
                == CustomerKey.key(
                    for: "author:maison-lumiere.example/Claire M.", secret: IngestOptions().customerKeySecret))
        // Default scale 1…5: 4 stars is 0.75.
        #expect(output.verbatims[1].scores.rating == 0.75)
        // Declared 0…10 scale: 7 is 0.7; nested itemReviewed names the context.
        let standalone = output.verbatims[2]
        #expect(standalone.scores.rating == 0.7)
        #expect(standalone.declaredLanguage == .en)
        #expect(standalone.context == "Maison Lumière – boutique de Lyon")
        // Stars only, anonymous: counted for ratings with empty text and no customer key.
        let starsOnly = output.verbatims[3]
        #expect(starsOnly.text.isEmpty)
        #expect(starsOnly.scores.rating == 1)
        #expect(starsOnly.customer == nil)
    }

    @Test func microdataReviewsWithNestedRatingAndAuthor() throws {
        let output = ReviewPageReader.read(try fixture("html/microdata.html"), path: "m.html", options: IngestOptions())
        #expect(output.format == "microdata")
        #expect(output.verbatims.count == 2)
        let first = try #require(output.verbatims.first)
        #expect(first.text == "Waited three weeks for the installation. Two appointments missed, nobody called.")
        #expect(first.context == "Engineer never came")
        #expect(first.scores.rating == 0)
        #expect(
            first.customer
                == CustomerKey.key(
                    for: "author:reviews.quickfibre.example/Priya K.", secret: IngestOptions().customerKeySecret))
        #expect(first.date == LooseDate.parse("2025-01-14"))
        let second = output.verbatims[1]
        #expect(second.text == "Speed is & great, the router setup was easy.")
        #expect(second.scores.rating == 0.75)
    }

    @Test func rdfaLiteReview() {
        let html = """
            <html><body vocab="https://schema.org/">
            <div typeof="Review"><span property="name">Déçue</span>
            <span property="reviewRating" typeof="Rating"><span property="ratingValue">2</span></span>
            <p property="reviewBody">Commande incomplète, il manquait le pied de la lampe.</p></div>
            </body></html>
            """
        let output = ReviewPageReader.read(Array(html.utf8), path: "r.html", options: IngestOptions())
        #expect(output.format == "rdfa")
        #expect(output.verbatims.map(\.text) == ["Commande incomplète, il manquait le pied de la lampe."])
        #expect(output.verbatims.first?.scores.rating == 0.25)
    }

    @Test func untypedEntriesOfAReviewArrayAndPageLanguage() {
        let html = """
            <html lang="fr"><head><script type="application/ld+json">
            {"@type": "Recipe", "name": "Quiche", "review": [
              {"author": "Léa", "reviewBody": "Trop salée à mon goût.", "reviewRating": {"ratingValue": "2"}},
              {"@type": "Person", "name": "pas un avis"}]}
            </script></head><body></body></html>
            """
        let output = ReviewPageReader.read(Array(html.utf8), path: "q.html", options: IngestOptions())
        #expect(output.verbatims.map(\.text) == ["Trop salée à mon goût."])
        #expect(output.verbatims.first?.declaredLanguage == .fr)
        #expect(output.verbatims.first?.context == "Quiche")
    }

    @Test func windows1252PageIsDecodedFromItsMetaAndFlagged() {
        let head = "<html><head><meta charset=\"windows-1252\"><script type=\"application/ld+json\">"
        let json = "{\"@type\": \"Review\", \"reviewBody\": \"Tr\u{E8}s d\u{E9}\u{E7}u, 30 \u{20AC} pour rien\"}"
        let bytes =
            Array(head.utf8)
            + Array(
                json.unicodeScalars.map { scalar -> UInt8 in
                    scalar.value == 0x20AC ? 0x80 : UInt8(truncatingIfNeeded: scalar.value)
                }) + Array("</script></head></html>".utf8)
        let output = ReviewPageReader.read(bytes, path: "w.html", options: IngestOptions())
        #expect(output.verbatims.map(\.text) == ["Très déçu, 30 € pour rien"])
        #expect(output.findings.map(\.severity) == [.warning])
    }

    @Test func pageWithOnlyAnAggregateRatingIsASkippedInputNotAnError() throws {
        let output = ReviewPageReader.read(
            try fixture("html/no-reviews.html"), path: "n.html", options: IngestOptions())
        #expect(output.verbatims.isEmpty)
        #expect(output.findings.isEmpty)
        #expect(output.skipped == [.noReview: 1])
        #expect(output.format == "review-html (no review)")
    }

    @Test func garbageAndEmptyInputBecomeFindingsNotCrashes() {
        #expect(ReviewPageReader.read([], path: "e.html", options: IngestOptions()).findings.count == 1)
        let garbage = ReviewPageReader.read([0xFF, 0x00, 0x3C, 0x3C, 0xFE], path: "g.html", options: IngestOptions())
        #expect(garbage.verbatims.isEmpty)
        #expect(!garbage.findings.isEmpty)
    }

    @Test func siteProfileReadsTheVisibleWidget() throws {
        let bundled = bundledProfiles()
        #expect(bundled.findings.isEmpty)
        #expect(bundled.profiles.count >= 3)
        let options = IngestOptions(siteProfiles: bundled.profiles)
        let output = ReviewPageReader.read(try fixture("html/widget-profile.html"), path: "w.html", options: options)
        #expect(output.format == "profile:journaldesfemmes")
        #expect(
            output.verbatims.map(\.text) == [
                "Pâte un peu trop cuite à 200°C, mais les enfants ont adoré.", "Trop sucrée, je ne la referai pas.",
            ])
        #expect(output.verbatims.map(\.scores.rating) == [0.8, 0.2])
        #expect(output.verbatims.map(\.context) == ["Bonne recette", "Décevant"])
        #expect(output.verbatims.first?.date == LooseDate.parse("2025-03-03"))
        // Without profiles the same page has no review markup at all.
        let bare = ReviewPageReader.read(
            try fixture("html/widget-profile.html"), path: "w.html", options: IngestOptions())
        #expect(bare.verbatims.isEmpty)
    }

    @Test func profileFileErrorsAreFindings() {
        let text = "# comment\nprofile\thost\tsignature\tcontainer\tbody\nbroken\t\t\t//div\t./p\n"
        let parsed = SiteProfile.parse(text, source: "sites.tsv")
        #expect(parsed.profiles.isEmpty)
        #expect(parsed.findings.map(\.position) == ["line 3"])
        let typo = SiteProfile.parse("profile\thost\tcontainer\tbody\nx\tx.fr\t//div[\t./p\n", source: "sites.tsv")
        #expect(typo.profiles.isEmpty)
        #expect(typo.findings.map(\.reason) == ["site profile x: invalid XPath //div["])
    }

    @Test(arguments: [
        ("4", "", "", 0.75), ("4,5", "", "", 0.875), ("5.0", "5", "1", 1.0), ("7", "10", "0", 0.7),
        ("3/5", "", "", 0.5),
        ("--data-percent:0.80", "1", "0", 0.8),
    ])
    func ratingNormalisation(value: String, best: String, worst: String, expected: Double) {
        #expect(ReviewRating.normalise(value: value, best: best, worst: worst) == .normalised(expected))
    }

    @Test(arguments: [("0", "", ""), ("6", "5", "1"), ("cinq", "", ""), ("3", "1", "1")])
    func invalidRatingsAreReported(value: String, best: String, worst: String) {
        guard case .invalid = ReviewRating.normalise(value: value, best: best, worst: worst) else {
            Issue.record("\(value) on \(worst)…\(best) should be invalid")
            return
        }
    }
}
