import HTMLParsing

/// Converts HTML microdata (`itemscope`/`itemtype`/`itemprop`) and RDFa Lite
/// (`vocab`/`typeof`/`property`) items into the dictionary shape of JSON-LD, so that
/// `SchemaOrgReviewCollector` reads all three the same way.
///
/// Rules follow the WHATWG HTML "Microdata" section: a property's value is `content` on `meta`,
/// `href` on `a`/`link`/`area`, `src` on media, `datetime` on `time`, `value` on `data`/`meter`,
/// else the element's text; an element that is itself an item is a nested item. Properties of a
/// nested item belong to it, not to the outer one.
struct MicrodataItems {
    /// The attribute names of one syntax.
    struct Syntax {
        let scope: String
        let type: String
        let property: String
        /// Microdata marks items with `itemscope`; RDFa Lite only with `typeof`.
        let scopeIsType: Bool

        static let microdata = Syntax(scope: "itemscope", type: "itemtype", property: "itemprop", scopeIsType: false)
        static let rdfaLite = Syntax(scope: "typeof", type: "typeof", property: "property", scopeIsType: true)
    }

    let syntax: Syntax

    /// The item rooted at `element` as a JSON-LD-like dictionary.
    func item(from element: HTMLElement) -> [String: Any] {
        var object: [String: Any] = [:]
        if let type = element.attribute(syntax.type) {
            // `itemtype` may list several URLs; keep each as a type.
            object["@type"] = type.split(separator: " ").map(String.init)
        }
        for child in element.childElements {
            collectProperties(in: child, into: &object, depth: 0)
        }
        return object
    }

    private func isItem(_ element: HTMLElement) -> Bool {
        element.attribute(syntax.scope) != nil
    }

    private func collectProperties(in element: HTMLElement, into object: inout [String: Any], depth: Int) {
        // Copies are at most `maximumDepth` deep (deeper levels come flattened); this is a backstop.
        guard depth <= HTMLDocument.maximumDepth else { return }
        if let names = element.attribute(syntax.property) {
            let value: Any = isItem(element) ? item(from: element) : Self.value(of: element)
            for name in names.split(separator: " ") {
                // A property name may be a full URL (`http://schema.org/reviewBody`).
                let key =
                    name.split(whereSeparator: { $0 == "/" || $0 == ":" || $0 == "#" }).last.map(String.init)
                    ?? String(name)
                if var existing = object[key] as? [Any] {
                    existing.append(value)
                    object[key] = existing
                } else if let existing = object[key] {
                    object[key] = [existing, value]
                } else {
                    object[key] = value
                }
            }
            if isItem(element) { return }
        } else if isItem(element) {
            // An item that is not a property of this one: a separate top-level item, read elsewhere.
            return
        }
        for child in element.childElements {
            collectProperties(in: child, into: &object, depth: depth + 1)
        }
    }

    static func value(of element: HTMLElement) -> String {
        let attribute: String?
        switch element.name {
        case "meta": attribute = "content"
        case "a", "link", "area": attribute = "href"
        case "img", "audio", "video", "source", "embed", "iframe", "track": attribute = "src"
        case "time": attribute = "datetime"
        case "data", "meter": attribute = "value"
        case "object": attribute = "data"
        default: attribute = nil
        }
        // RDFa and many microdata writers also put the machine value in `content` on any element.
        if let attribute, let value = element.attribute(attribute) { return value }
        if let content = element.attribute("content") { return content }
        return element.text
    }
}
