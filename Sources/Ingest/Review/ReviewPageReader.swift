import Foundation
import HTMLParsing
import VerbatimModel

/// Reads a saved review page: schema.org reviews in JSON-LD, microdata and RDFa Lite, and, when the
/// page has none, the visible review widget through a site profile.
///
/// One verbatim per review, channel `.review`, in page order (JSON-LD blocks first, then microdata,
/// then RDFa). A review that only gives stars becomes a verbatim with empty text, like a survey
/// response with a score and no comment: it counts for ratings, not for text analysis.
/// `aggregateRating` is page context only: it never becomes a verbatim. A page that shows what is
/// reviewed (a product or other item, an aggregate rating, a site profile's page) but no review is a
/// skipped input (`no-review`, format `… (no review)`); a page without any such markup, or whose
/// unreadable JSON-LD may have held the reviews, is a "no reviews found" error.
enum ReviewPageReader {
    /// JSON-LD blocks; `translate` because pages write `application/LD+JSON` too.
    static let jsonLDXPath =
        "//script[contains(translate(@type, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), 'application/ld+json')]"
    /// Outermost microdata items, and items not attached to an outer item as a property.
    static let microdataXPath = "//*[@itemscope][not(@itemprop) or not(ancestor::*[@itemscope])]"
    /// Outermost RDFa Lite items, same rule.
    static let rdfaXPath = "//*[@typeof][not(@property) or not(ancestor::*[@typeof])]"
    /// Where a saved page says which site it came from.
    static let siteXPath =
        "string((//link[@rel='canonical']/@href | //meta[@property='og:url']/@content | //base/@href)[1])"

    /// Placeholder author names that sites give every anonymous reviewer: one key for all of them
    /// would make strangers look like one customer writing again and again.
    static let anonymousAuthors: Set<String> = [
        "anonymous", "anonyme", "anon", "guest", "invite", "invitee", "visiteur", "visitor", "utilisateur", "user", "",
    ]

    static func read(_ bytes: [UInt8], path: String, options: IngestOptions) -> IngestOutput {
        var output = IngestOutput(format: "review-html")
        do {
            let document = try HTMLDocument(bytes: bytes)
            if document.encodingGuessed {
                output.findings.append(
                    Finding(
                        source: path, reason: "page is not UTF-8; decoded per its <meta> charset or as Latin-1",
                        severity: .warning))
            }
            if let line = document.flattenedAtLine {
                output.findings.append(
                    Finding(
                        source: path, position: "line \(line)",
                        reason:
                            "HTML nesting deeper than \(HTMLDocument.maximumDepth) levels; deeper elements read flattened, their text kept",
                        severity: .warning))
            }
            let page = try extract(from: document, path: path, options: options, findings: &output.findings)
            output.format = page.format
            emit(page, path: path, options: options, into: &output)
        } catch let error {
            output.findings.append(Finding(source: path, reason: "cannot parse HTML: \(error)"))
        }
        return output
    }

    /// Initialises libxml2 once, before parallel parsing.
    static func prepare() {
        LibXML2.initialize()
    }

    /// What one page holds.
    struct Page {
        var site: String
        /// `<html lang>`: the declared language of reviews that do not declare their own.
        var pageLanguage: String
        var reviews: [ReviewRecord]
        var aggregateRatings: [String]
        var format: String
        /// The page holds markup of something reviewable (`extract`): without reviews it is a
        /// skipped input, not an error.
        var isReviewPage = false
    }

    static func extract(
        from document: borrowing HTMLDocument, path: String, options: IngestOptions, findings: inout [Finding]
    ) throws(HTMLParsingError) -> Page {
        let site = host(of: try document.string(evaluating: siteXPath))
        var collector = SchemaOrgReviewCollector()
        var formats: [String] = []

        let unreadableBlocks = try collectJSONLD(
            from: document, path: path, into: &collector, formats: &formats, findings: &findings)
        for (syntax, expression, label) in [
            (MicrodataItems.Syntax.microdata, microdataXPath, "microdata"), (.rdfaLite, rdfaXPath, "rdfa"),
        ] {
            let before = collector.reviews.count
            let items = MicrodataItems(syntax: syntax)
            for element in try document.elements(matching: expression) {
                collector.collect(items.item(from: element))
            }
            if collector.reviews.count > before { formats.append(label) }
        }
        var reviews = collector.reviews
        var profiled = false
        if reviews.isEmpty, let profile = try matchingProfile(in: options.siteProfiles, site: site, document: document)
        {
            profiled = true
            reviews = try read(profile: profile, document: document)
            if !reviews.isEmpty { formats.append("profile:\(profile.name)") }
        }
        let format = formats.isEmpty ? "review-html" : formats.joined(separator: "+")
        let pageLanguage = try document.string(evaluating: "string(/html/@lang)")
        var page = Page(
            site: site.isEmpty ? path : site, pageLanguage: pageLanguage, reviews: reviews,
            aggregateRatings: collector.aggregateRatings, format: format)
        // A page with no review is a review page only when it says what could be reviewed and
        // nothing of it was lost: a product (or recipe, business …) item, an aggregate rating or a
        // site profile's page; a block that could not be read may have held its reviews.
        page.isReviewPage =
            unreadableBlocks == 0
            && (collector.reviewableItems > 0 || !collector.aggregateRatings.isEmpty || profiled)
        return page
    }

    /// Collects the reviews of the page's JSON-LD blocks; a block that cannot be read, or is read
    /// only after repair, is a warning. Returns how many blocks could not be read.
    private static func collectJSONLD(
        from document: borrowing HTMLDocument, path: String, into collector: inout SchemaOrgReviewCollector,
        formats: inout [String], findings: inout [Finding]
    ) throws(HTMLParsingError) -> Int {
        var unreadableBlocks = 0
        for (index, block) in try document.rawContents(matching: jsonLDXPath).enumerated() {
            let before = collector.reviews.count
            let (parsed, tooDeepAt, repaired) = parseJSON(block)
            guard let json = parsed else {
                unreadableBlocks += 1
                findings.append(
                    Finding(
                        source: path, position: "JSON-LD block \(index + 1)",
                        reason: "invalid JSON-LD, block ignored", severity: .warning, ordinal: index))
                continue
            }
            if repaired {
                findings.append(
                    Finding(
                        source: path, position: "JSON-LD block \(index + 1)",
                        reason: "JSON-LD with JavaScript comments or trailing commas, read without them",
                        severity: .warning,
                        ordinal: index))
            }
            if let tooDeepAt {
                findings.append(
                    Finding(
                        source: path, position: "JSON-LD block \(index + 1)",
                        reason: JSONNestingLimit.reason(at: tooDeepAt), severity: .warning, ordinal: index))
            }
            collector.collect(json)
            if collector.reviews.count > before, !formats.contains("json-ld") { formats.append("json-ld") }
        }
        return unreadableBlocks
    }

    static func matchingProfile(
        in profiles: [SiteProfile], site: String, document: borrowing HTMLDocument
    ) throws(HTMLParsingError) -> SiteProfile? {
        for profile in profiles {
            if !profile.host.isEmpty, !site.isEmpty, site == profile.host || site.hasSuffix("." + profile.host) {
                return profile
            }
            if !profile.signature.isEmpty, try document.matches(profile.signature) {
                return profile
            }
        }
        return nil
    }

    static func read(profile: SiteProfile, document: borrowing HTMLDocument) throws(HTMLParsingError) -> [ReviewRecord]
    {
        let fields = [
            "body": profile.body, "title": profile.title, "rating": profile.rating, "date": profile.date,
            "author": profile.author,
        ]
        return try document.records(container: profile.container, fields: fields).map { record in
            var review = ReviewRecord()
            review.body = record["body"] ?? ""
            review.title = record["title"] ?? ""
            review.ratingValue = record["rating"] ?? ""
            review.bestRating = profile.bestRating
            review.worstRating = profile.worstRating
            review.date = record["date"] ?? ""
            review.author = record["author"] ?? ""
            return review
        }
    }

    /// Turns review records into verbatims: normalises ratings, drops exact repeats on the page.
    static func emit(_ page: Page, path: String, options: IngestOptions, into output: inout IngestOutput) {
        guard !page.reviews.isEmpty else {
            if page.isReviewPage {
                // A product without reviews yet: nothing is wrong with the page, and a nightly run
                // over a shop's pages must not fail for it.
                output.format = page.format + " (no review)"
                output.skip(.noReview)
                return
            }
            var reason = "no reviews found"
            if let aggregate = page.aggregateRatings.first {
                reason += " (page has only an aggregate rating: \(aggregate))"
            }
            output.findings.append(Finding(source: path, reason: reason))
            return
        }
        var seen: Set<String> = []
        for (index, review) in page.reviews.enumerated() {
            let position = "review \(index + 1)"
            let body = cleanText(review.body)
            let title = cleanText(review.title)
            if body.isEmpty && title.isEmpty && review.ratingValue.isEmpty {
                output.skip(.empty)
                continue
            }
            // The identity of a review: site, author, date, body. The same key on another page of
            // the same site is the same review; the pipeline de-duplicates across pages on
            // `conversation`, which carries this key.
            let identity =
                "review:\(page.site)\u{1F}\(review.author)\u{1F}\(review.date)\u{1F}\(body)\u{1F}\(title)\u{1F}\(review.ratingValue)"
            guard seen.insert(identity).inserted else {
                output.skip(.duplicate)
                continue
            }
            let (scores, date) = ratingAndDate(of: review, path: path, index: index, into: &output)
            var author = SchemaOrgReviewCollector.trim(review.author)
            if anonymousAuthors.contains(SurveyColumnRoles.fold(author)) { author = "" }
            // Keyed like every customer key: a reviewer's name never leaves the reader.
            let customer = author.isEmpty ? nil : options.customerKeyer.key(for: "author:" + page.site + "/" + author)
            var context = body.isEmpty ? nil : (title.isEmpty ? nil : title)
            if context == nil, !review.itemReviewed.isEmpty, !body.isEmpty { context = cleanText(review.itemReviewed) }
            output.verbatims.append(
                Verbatim(
                    source: SourceLocation(path: path, ordinal: index, position: position),
                    channel: .review,
                    date: date,
                    customer: customer,
                    conversation: "review-" + StableHash.hex(of: identity),
                    evidence: IdentityEvidence.of(texts: [body, title], options: options),
                    text: body.isEmpty ? title : body,
                    context: context,
                    declaredLanguage: Language(tag: review.language.isEmpty ? page.pageLanguage : review.language),
                    scores: scores
                ))
        }
    }

    /// The review's normalised rating and its date; an invalid rating or an unreadable date is a
    /// warning of `output`, and the review is kept without it.
    private static func ratingAndDate(
        of review: ReviewRecord, path: String, index: Int, into output: inout IngestOutput
    ) -> (SurveyScores, Date?) {
        let position = "review \(index + 1)"
        var scores = SurveyScores()
        switch ReviewRating.normalise(value: review.ratingValue, best: review.bestRating, worst: review.worstRating) {
        case .normalised(let value): scores.rating = value
        case .absent: break
        case .invalid(let reason):
            output.findings.append(
                Finding(source: path, position: position, reason: reason, severity: .warning, ordinal: index))
        }
        var date: Date?
        if !review.date.isEmpty {
            date = LooseDate.parse(review.date)
            if date == nil {
                output.findings.append(
                    Finding(
                        source: path, position: position,
                        reason: "unreadable review date \"\(Finding.excerpt(review.date))\"", severity: .warning,
                        ordinal: index))
            }
        }
        return (scores, date)
    }

    /// Review bodies from JSON-LD often carry entities or markup (`&#39;`, `<br />`): decode them
    /// through libxml2 when they do, and collapse white space.
    static func cleanText(_ text: String) -> String {
        var result = text
        // A byte scan, not `String.contains(_:)`, which is a Foundation substring search for every
        // review body and title.
        if text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") }) {
            result = HTMLPlainText.convert(Array(("<p>" + text + "</p>").utf8))
        }
        return result.split(whereSeparator: \.isBlank).joined(separator: " ")
    }

    /// JSON-LD as `JSONSerialization` reads it, nesting bounded (`JSONNestingLimit`; the offset of
    /// the first value dropped as too deep is returned with it); tolerates the HTML comment and
    /// CDATA wrappers some CMSs put around the script body. A block that only parses once its
    /// JavaScript comments and trailing commas are removed (`JSONLDRepair`) is returned `repaired`.
    static func parseJSON(_ block: String) -> (json: Any?, tooDeepAt: Int?, repaired: Bool) {
        var text = SchemaOrgReviewCollector.trim(block)
        for (prefix, suffix) in [("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")] {
            if text.hasPrefix(prefix) {
                text.removeFirst(prefix.count)
                if text.hasSuffix(suffix) { text.removeLast(suffix.count) }
            }
        }
        let raw = Array(text.utf8)
        let strict = parseLimited(raw)
        if strict.json != nil { return (strict.json, strict.tooDeepAt, false) }
        let repair = JSONLDRepair.repair(raw)
        guard repair.changed else { return (nil, strict.tooDeepAt, false) }
        let repaired = parseLimited(repair.bytes)
        return (repaired.json, repaired.tooDeepAt, repaired.json != nil)
    }

    /// `bytes` parsed with nesting bounded; hand-edited blocks often hold raw line breaks or tabs
    /// inside strings, which JSON forbids: outside strings they are white space anyway, so a second
    /// try with them turned into spaces is lossless.
    private static func parseLimited(_ bytes: [UInt8]) -> (json: Any?, tooDeepAt: Int?) {
        let limited = JSONNestingLimit.limit(bytes)
        if let json = try? JSONSerialization.jsonObject(with: Data(limited.bytes), options: [.fragmentsAllowed]) {
            return (json, limited.tooDeepAt)
        }
        let repaired = limited.bytes.map { $0 < 0x20 ? 0x20 : $0 }
        return (
            try? JSONSerialization.jsonObject(with: Data(repaired), options: [.fragmentsAllowed]), limited.tooDeepAt
        )
    }

    /// `www.marmiton.org` from `https://www.marmiton.org/recettes/…`, lower-cased, without `www.`.
    static func host(of url: String) -> String {
        guard let components = URLComponents(string: SchemaOrgReviewCollector.trim(url)),
            var host = components.host?.lowercased()
        else { return "" }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host
    }
}
