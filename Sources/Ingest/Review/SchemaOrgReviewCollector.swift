import Foundation

/// Finds schema.org reviews in linked data, whatever path led to them: a top-level `Review`, a
/// `review` or `reviews` array on a `Product`, `LocalBusiness`, `Recipe` …, an `@graph`, a review
/// nested under `itemReviewed`. Microdata and RDFa items are converted to the same dictionary shape
/// (`MicrodataItems`), so one collector serves all three syntaxes.
///
/// Works on `JSONSerialization` output (`[String: Any]`, `[Any]`, `String`, `NSNumber`) inside one
/// synchronous call; nothing of it escapes but `ReviewRecord` values.
struct SchemaOrgReviewCollector {
    /// schema.org types that are reviews (https://schema.org/Review and its subtypes).
    static let reviewTypes: Set<String> = ["Review", "UserReview", "CriticReview", "EmployerReview", "Recommendation"]

    private(set) var reviews: [ReviewRecord] = []
    /// `AggregateRating` seen on the page, as `4.8/5 (413)`: page context, never a verbatim.
    private(set) var aggregateRatings: [String] = []
    /// Typed items other than page furniture (`pageTypes`): a product, recipe, business … that
    /// reviews could be about.
    private(set) var reviewableItems = 0

    /// schema.org types every page carries whatever it shows (site, page, navigation, breadcrumbs,
    /// search box, pictures, people): they say nothing about reviews (https://schema.org/WebPage,
    /// /WebSite, /BreadcrumbList, /ListItem, /SearchAction, /EntryPoint, /ImageObject,
    /// /SiteNavigationElement, /WPHeader, /WPFooter, /Person, /Organization, /ReadAction).
    static let pageTypes: Set<String> = [
        "WebPage", "WebSite", "BreadcrumbList", "ListItem", "SearchAction", "EntryPoint", "ImageObject",
        "SiteNavigationElement", "WPHeader", "WPFooter", "Person", "Organization", "ReadAction", "CollectionPage",
        "ItemPage", "AboutPage", "ContactPage",
    ]

    /// Walks one JSON-LD block or converted item.
    ///
    /// `underReviewKey` is true for values of a `review`/`reviews` property: some sites omit
    /// `@type` there, and an untyped object with a body or a rating is then a review.
    mutating func collect(_ value: Any, enclosingItem: String = "", underReviewKey: Bool = false, depth: Int = 0) {
        guard depth < 64 else { return }
        if let array = value as? [Any] {
            for element in array {
                collect(element, enclosingItem: enclosingItem, underReviewKey: underReviewKey, depth: depth + 1)
            }
            return
        }
        guard let object = value as? [String: Any] else { return }
        let types = Self.types(of: object)
        let untypedReview =
            underReviewKey && types.isEmpty
            && (object["reviewBody"] != nil || object["reviewRating"] != nil || object["description"] != nil)
        if untypedReview || types.contains(where: Self.reviewTypes.contains) {
            reviews.append(record(from: object, enclosingItem: enclosingItem))
            // A review's own `itemReviewed` may hold further reviews (rare, but legal).
            if let item = object["itemReviewed"] { collect(item, enclosingItem: enclosingItem, depth: depth + 1) }
            return
        }
        if !types.isEmpty, !types.isSubset(of: Self.pageTypes), !types.contains("AggregateRating") {
            reviewableItems += 1
        }
        if types.contains("AggregateRating") {
            aggregateRatings.append(Self.describeAggregate(object))
            return
        }
        let name = Self.string(object["name"]).isEmpty ? enclosingItem : Self.string(object["name"])
        for (key, child) in object.sorted(by: { $0.key < $1.key }) {
            switch key {
            case "@context", "@id", "@type": continue
            case "aggregateRating":
                if let aggregate = child as? [String: Any] {
                    aggregateRatings.append(Self.describeAggregate(aggregate))
                }
            default:
                if child is [Any] || child is [String: Any] {
                    collect(
                        child, enclosingItem: name, underReviewKey: key == "review" || key == "reviews",
                        depth: depth + 1)
                }
            }
        }
    }

    private func record(from object: [String: Any], enclosingItem: String) -> ReviewRecord {
        var record = ReviewRecord()
        record.body = Self.string(object["reviewBody"])
        if record.body.isEmpty { record.body = Self.string(object["description"]) }
        if record.body.isEmpty { record.body = Self.string(object["text"]) }
        record.title = Self.string(object["name"])
        if record.title.isEmpty { record.title = Self.string(object["headline"]) }
        if let rating = Self.first(object["reviewRating"]) {
            if let ratingObject = rating as? [String: Any] {
                record.ratingValue = Self.string(ratingObject["ratingValue"])
                record.bestRating = Self.string(ratingObject["bestRating"])
                record.worstRating = Self.string(ratingObject["worstRating"])
            } else {
                record.ratingValue = Self.string(rating)
            }
        }
        record.date = Self.string(object["datePublished"])
        if record.date.isEmpty { record.date = Self.string(object["dateCreated"]) }
        record.author = Self.name(of: object["author"])
        record.language = Self.name(of: object["inLanguage"])
        let reviewed = Self.name(of: object["itemReviewed"])
        record.itemReviewed = reviewed.isEmpty ? enclosingItem : reviewed
        return record
    }

    /// `@type` as a set of bare names: `schema:Review` and `http://schema.org/Review` give `Review`.
    static func types(of object: [String: Any]) -> Set<String> {
        var result: Set<String> = []
        let raw = object["@type"]
        let values: [Any] = (raw as? [Any]) ?? (raw.map { [$0] } ?? [])
        for value in values {
            guard let type = value as? String else { continue }
            let bare = type.split(whereSeparator: { $0 == "/" || $0 == ":" || $0 == "#" }).last.map(String.init) ?? type
            result.insert(bare)
        }
        return result
    }

    /// A display string for a scalar or the first element of an array; objects give "".
    static func string(_ value: Any?) -> String {
        switch first(value) {
        case let text as String: return trim(text)
        case let number as Int: return String(number)
        case let number as Double: return format(number)
        // Foundation keeps integers beyond 64 bits (a 20-digit `bestRating`) as decimal numbers.
        case let number as NSNumber: return format(number.doubleValue)
        case let number as Decimal: return format(NSDecimalNumber(decimal: number).doubleValue)
        case let object as [String: Any]:
            // `{"@value": "…"}` is JSON-LD's explicit literal.
            return string(object["@value"])
        default: return ""
        }
    }

    /// `4` for 4.0, `4.5`, and a huge whole number in plain digits (`12345678901234567168`, not
    /// `1.2e+19`, which a rating reader would take for 1.2); `Int(exactly:)`: no conversion may trap.
    private static func format(_ number: Double) -> String {
        if let whole = Int(exactly: number) { return String(whole) }
        guard number.isFinite, number == number.rounded() else { return String(number) }
        return String(format: "%.0f", number)
    }

    /// The name of a Person/Organization/Language given as a string, an object or an array.
    static func name(of value: Any?) -> String {
        guard let value = first(value) else { return "" }
        if let object = value as? [String: Any] {
            for key in ["name", "alternateName", "givenName", "@value"] {
                let found = string(object[key])
                if !found.isEmpty { return found }
            }
            return ""
        }
        return string(value)
    }

    static func first(_ value: Any?) -> Any? {
        if let array = value as? [Any] { return array.first }
        return value
    }

    static func describeAggregate(_ object: [String: Any]) -> String {
        let value = string(object["ratingValue"])
        let best = string(object["bestRating"])
        let count =
            string(object["ratingCount"]).isEmpty ? string(object["reviewCount"]) : string(object["ratingCount"])
        var text = value.isEmpty ? "?" : value
        text += "/" + (best.isEmpty ? "5" : best)
        if !count.isEmpty { text += " from \(count) ratings" }
        return text
    }

    /// `text` without leading and trailing white space (no-break spaces included).
    static func trim(_ text: String) -> String {
        // Fast path: most cells start and end with a visible ASCII character.
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F
        {
            return text
        }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
