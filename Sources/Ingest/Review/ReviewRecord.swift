/// One review as found on a page, before it becomes a `Verbatim`: raw strings, so that the JSON-LD,
/// microdata, RDFa and site-profile paths share one normalisation.
struct ReviewRecord: Sendable, Hashable {
    var body = ""
    var title = ""
    var ratingValue = ""
    var bestRating = ""
    var worstRating = ""
    var date = ""
    var author = ""
    var language = ""
    /// Name of the reviewed item (`itemReviewed.name`, or the enclosing Product/Recipe).
    var itemReviewed = ""

    /// True when the record holds nothing a CX analyst could use.
    var isEmpty: Bool { body.isEmpty && title.isEmpty && ratingValue.isEmpty }
}
