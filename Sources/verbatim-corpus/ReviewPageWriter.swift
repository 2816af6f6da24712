/// Writes one saved product page of the shop with its reviews marked up the ways review widgets do:
/// a JSON-LD `Product` with a `review` array and `aggregateRating` (most pages), a JSON-LD `@graph`
/// with separate `Review` nodes, or schema.org microdata (`itemtype="https://schema.org/Review"`),
/// inside page chrome (styles, scripts, navigation) a parser has to skip.
struct ReviewPageWriter: Sendable {
    /// The text source.
    let composer: VerbatimComposer

    private enum Markup { case jsonLD, graph, microdata }

    private struct Review {
        var author: [UInt8]
        var day: Int
        var stars: Int
        var body: [UInt8]
    }

    /// Appends one page numbered `page` holding `count` reviews.
    func write(page: Int, count: Int, _ rng: inout SplitMix64, into out: inout [UInt8]) {
        let lang: CorpusLanguage = rng.percent(50) ? .fr : .en
        let roll = rng.below(10)
        let markup: Markup = roll < 7 ? .jsonLD : (roll < 8 ? .graph : .microdata)
        let bank = composer.bank
        let listed = rng.pick(bank.products[lang.rawValue])
        let product = listed.prefix(1).uppercased() + listed.dropFirst()
        let url = "https://www.lumen-shop.example\(lang == .fr ? "" : "/en")/p/\(page)"
        var reviews: [Review] = []
        reviews.reserveCapacity(count)
        var total = 0
        for _ in 0..<count {
            let topic = Topic.draw(&rng)
            var author = Array(rng.pick(bank.firstNames).utf8)
            author.append(" ")
            author.append(contentsOf: rng.pick(bank.lastNames).utf8.prefix(1))
            author.append(".")
            var body: [UInt8] = []
            composer.comment(lang, topic, &rng, into: &body)
            let stars = topic.stars(&rng)
            total += stars
            reviews.append(Review(author: author, day: rng.int(in: 1...30), stars: stars, body: body))
        }
        let average = count > 0 ? Double(total) / Double(count) : 0
        let averageText = String(Double(Int(average * 10)) / 10)

        out.append("<!DOCTYPE html>\n<html lang=\"\(lang.code)\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        out.append(html: Array(product.utf8))
        out.append(" | Maison Lumen</title>\n<link rel=\"canonical\" href=\"\(url)\">\n")
        out.append(
            "<style>body{font-family:Arial,sans-serif;margin:0}.review{border-top:1px solid #eee;padding:12px 0}.stars{color:#c9a227}</style>\n"
        )
        out.append(
            "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({page:'product',id:\(page)});</script>\n")
        switch markup {
        case .jsonLD:
            out.append(
                "<script type=\"application/ld+json\">\n{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\""
            )
            out.append(json: Array(product.utf8))
            out.append("\",\"brand\":{\"@type\":\"Brand\",\"name\":\"Maison Lumen\"},")
            appendAggregate(averageText, count, into: &out)
            out.append(",\"review\":[\n")
            for (index, review) in reviews.enumerated() {
                if index > 0 { out.append(",\n") }
                appendReviewJSON(review, lang, id: nil, into: &out)
            }
            out.append("\n]}\n</script>\n")
        case .graph:
            out.append("<script type=\"application/ld+json\">\n{\"@context\":\"https://schema.org\",\"@graph\":[\n")
            out.append(
                "{\"@type\":\"Organization\",\"@id\":\"https://www.lumen-shop.example/#org\",\"name\":\"Maison Lumen\"},\n"
            )
            out.append("{\"@type\":\"Product\",\"@id\":\"\(url)#product\",\"name\":\"")
            out.append(json: Array(product.utf8))
            out.append("\",")
            appendAggregate(averageText, count, into: &out)
            out.append("}")
            for (index, review) in reviews.enumerated() {
                out.append(",\n")
                appendReviewJSON(review, lang, id: "\(url)#review-\(index + 1)", into: &out)
            }
            out.append("\n]}\n</script>\n")
        case .microdata:
            break
        }
        out.append("</head>\n<body>\n<header><a href=\"/\">Maison Lumen</a><nav>")
        out.append(
            lang == .fr
                ? "<a href=\"/c/1\">Luminaires</a><a href=\"/c/2\">Décoration</a><a href=\"/c/3\">Promotions</a>"
                : "<a href=\"/c/1\">Lighting</a><a href=\"/c/2\">Home decor</a><a href=\"/c/3\">Sale</a>")
        out.append("</nav></header>\n<main")
        if markup == .microdata { out.append(" itemscope itemtype=\"https://schema.org/Product\"") }
        out.append(">\n<h1>")
        out.append(html: Array(product.utf8))
        out.append("</h1>\n<p class=\"rating\">\(averageText) / 5 (\(count))</p>\n<section id=\"reviews\">\n")
        for review in reviews {
            if markup == .microdata {
                out.append(
                    "<article class=\"review\" itemprop=\"review\" itemscope itemtype=\"https://schema.org/Review\">\n")
                out.append("<meta itemprop=\"inLanguage\" content=\"\(lang.code)\">\n")
                out.append(
                    "<div itemprop=\"reviewRating\" itemscope itemtype=\"https://schema.org/Rating\"><span itemprop=\"ratingValue\">"
                )
                out.append(number: review.stars)
                out.append("</span>/<span itemprop=\"bestRating\">5</span></div>\n<span itemprop=\"author\">")
                out.append(html: review.author)
                out.append("</span> <time itemprop=\"datePublished\" datetime=\"2026-11-")
                out.append(number: review.day, width: 2)
                out.append("\">\(review.day)/11/2026</time>\n<p itemprop=\"reviewBody\">")
                out.append(html: review.body)
                out.append("</p>\n</article>\n")
            } else {
                out.append("<article class=\"review\"><div class=\"stars\">")
                out.append(number: review.stars)
                out.append("/5</div><p class=\"by\">")
                out.append(html: review.author)
                out.append("</p><p>")
                out.append(html: review.body)
                out.append("</p></article>\n")
            }
        }
        out.append("</section>\n</main>\n<footer>© 2026 Maison Lumen</footer>\n")
        out.append("<script src=\"https://cdn.lumen-shop.example/js/app.js\" defer></script>\n</body>\n</html>\n")
    }

    private func appendAggregate(_ average: String, _ count: Int, into out: inout [UInt8]) {
        out.append(
            "\"aggregateRating\":{\"@type\":\"AggregateRating\",\"ratingValue\":\"\(average)\",\"reviewCount\":\"\(count)\",\"bestRating\":\"5\"}"
        )
    }

    private func appendReviewJSON(_ review: Review, _ lang: CorpusLanguage, id: String?, into out: inout [UInt8]) {
        out.append("{\"@type\":\"Review\",")
        if let id { out.append("\"@id\":\"\(id)\",") }
        out.append("\"author\":{\"@type\":\"Person\",\"name\":\"")
        out.append(json: review.author)
        out.append("\"},\"datePublished\":\"2026-11-")
        out.append(number: review.day, width: 2)
        out.append("\",\"inLanguage\":\"\(lang.code)\",\"reviewBody\":\"")
        out.append(json: review.body)
        out.append("\",\"reviewRating\":{\"@type\":\"Rating\",\"ratingValue\":\"")
        out.append(number: review.stars)
        out.append("\",\"bestRating\":\"5\",\"worstRating\":\"1\"}}")
    }
}
