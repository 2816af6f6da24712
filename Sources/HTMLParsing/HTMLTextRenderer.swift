/// Turns an `HTMLElement` tree into readable text.
///
/// Browsers render block elements on their own lines and inline elements in the flow; a reader
/// that glued text nodes together would turn `<p>Bon produit<br>livraison lente</p>` into
/// "Bon produitlivraison lente" (see ../shared/docs/swift-style.md §5.2, item 10). This renderer
/// emits a separator at block boundaries only, so `Tr<b>è</b>s` stays one word.
struct HTMLTextRenderer {
    /// What a block boundary becomes.
    enum BlockSeparator {
        /// A single space: one-line text for a review body or a table cell.
        case space
        /// Line breaks: plain text for an email body.
        case lineBreak
    }

    /// Elements whose content is never text a reader sees.
    static let skipped: Set<String> = [
        "script", "style", "template", "noscript", "head", "title", "iframe", "object", "svg",
    ]

    /// Elements rendered on their own line (HTML Living Standard, "flow content" rendered as blocks).
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul",
    ]

    /// Blocks followed by an empty line in plain text, like paragraphs on screen.
    static let paragraphs: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol", "pre",
    ]

    let blockSeparator: BlockSeparator
    private var output = ""
    /// Pending break strength: 0 none, 1 line, 2 paragraph.
    private var pendingBreak = 0
    private var pendingSpace = false

    init(blockSeparator: BlockSeparator) {
        self.blockSeparator = blockSeparator
    }

    mutating func render(_ element: HTMLElement, depth: Int = 0) {
        let name = element.name
        // The element asked for is rendered even if it is a `<title>`; inside it, hidden parts are not.
        if depth > 512 || (depth > 0 && Self.skipped.contains(name)) || name == "script" || name == "style" { return }
        if name == "br" {
            requestBreak(1)
            return
        }
        let isBlock = Self.blocks.contains(name)
        let strength = Self.paragraphs.contains(name) ? 2 : 1
        if isBlock { requestBreak(strength) }
        if name == "img", let alt = element.attributes["alt"], !alt.isEmpty, !alt.contains(where: \.isLetter) {
            // An emoji or stars drawn as an image carry their meaning in `alt` (`😡`, `★★☆`); a
            // worded `alt` is a logo or a banner ("Logo Maison Lumen", "Facebook"), noise in a verbatim.
            append(alt)
        }
        for child in element.children {
            switch child {
            case .element(let inner): render(inner, depth: depth + 1)
            case .text(let text): append(text)
            }
        }
        if isBlock { requestBreak(strength) }
    }

    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" || scalar == "\u{200B}" {
                pendingSpace = true
                continue
            }
            if !output.isEmpty {
                if pendingBreak > 0 {
                    switch blockSeparator {
                    case .space: output.append(" ")
                    case .lineBreak: output.append(pendingBreak >= 2 ? "\n\n" : "\n")
                    }
                } else if pendingSpace {
                    output.append(" ")
                }
            }
            pendingBreak = 0
            pendingSpace = false
            output.unicodeScalars.append(scalar)
        }
    }

    private mutating func requestBreak(_ strength: Int) {
        pendingBreak = max(pendingBreak, strength)
    }

    func finish() -> String { output }
}
