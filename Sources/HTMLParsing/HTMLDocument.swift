internal import CLibXML2

/// An owned libxml2 HTML document. Non-copyable, so exactly one value frees it; never `Sendable`
/// (libxml2: "thread safety cannot be ensured for multiple threads sharing the same document").
/// Parse and query inside one synchronous function and hand back the `Sendable` values it returns
/// (../shared/docs/swift-style.md §5).
public struct HTMLDocument: ~Copyable {
    private let doc: htmlDocPtr

    /// True when the bytes were not valid UTF-8 and libxml2 decoded them from `<meta charset>` or
    /// its Latin-1 fallback: a guess worth a finding.
    public let encodingGuessed: Bool

    /// The line of the first element nested deeper than `maximumDepth`, whose subtree was
    /// flattened (see `flattenTooDeep`); `nil` for an ordinary page. A reader says so in a finding.
    public let flattenedAtLine: Int?

    /// Tolerant, silent, and never touches the network (`HTML_PARSE_NONET`): a saved page that
    /// names a DTD or an external entity is parsed as it is, nothing is fetched.
    ///
    /// `XML_PARSE_HUGE` lifts libxml2's depth limit of 256 elements, at which the parser otherwise
    /// stops and drops the rest of the page (a review nested 100,000 `<div>` deep vanished whole).
    /// libxml2 builds and frees the tree without recursion; the tree is then bounded to
    /// `maximumDepth` levels here (`flattenTooDeep`), so that neither a copy's recursion nor an
    /// `ancestor::` query grows with hostile depth.
    static let parseOptions: Int32 = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue
    )

    /// Levels of elements kept as a tree below the root element; deeper subtrees are flattened
    /// (see `flatten`): their text is kept, their nesting is not. Real pages stay far below.
    public static let maximumDepth = 256

    /// Parses `bytes`. The encoding is decided, not guessed: valid UTF-8 is parsed as UTF-8 even
    /// when a `<meta>` lies about it; anything else lets libxml2 honour `<meta>` or fall back to
    /// Latin-1 (§5.2 item 9).
    public init(bytes: [UInt8]) throws(HTMLParsingError) {
        guard let length = Int32(exactly: bytes.count) else { throw .inputTooLarge(byteCount: bytes.count) }
        guard !bytes.isEmpty else { throw .unparsable }
        let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
        let encoding: String? = isUTF8 ? "UTF-8" : nil
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, length, nil, encoding, Self.parseOptions)
            }
        }
        guard let parsed else { throw .unparsable }
        self.doc = parsed
        self.encodingGuessed = !isUTF8
        self.flattenedAtLine = Self.flattenTooDeep(parsed)
    }

    deinit { xmlFreeDoc(doc) }

    /// Readable one-line text of every node matched by `expression`, in document order
    /// (script and style skipped, block boundaries kept apart, whitespace collapsed).
    public func texts(matching expression: String) throws(HTMLParsingError) -> [String] {
        try elements(matching: expression).map(\.text)
    }

    /// The raw text content of every node matched, as libxml2 stores it: for `<script>` bodies
    /// such as JSON-LD, where rendering rules must not apply.
    public func rawContents(matching expression: String) throws(HTMLParsingError) -> [String] {
        try withNodes(matching: expression, relativeTo: nil) { nodes in
            nodes.map(Self.rawContent(of:))
        }
    }

    /// Copies every element matched by `expression` (with its subtree) out as a value. A matched
    /// text or attribute node becomes an element named `#text` holding that text.
    public func elements(matching expression: String) throws(HTMLParsingError) -> [HTMLElement] {
        try withNodes(matching: expression, relativeTo: nil) { nodes in
            nodes.map { Self.copy($0, depth: 0) }
        }
    }

    /// The string value of an XPath expression, such as `normalize-space(//title)` or
    /// `string(//link[@rel='canonical']/@href)`.
    public func string(evaluating expression: String) throws(HTMLParsingError) -> String {
        try evaluateString(expression, relativeTo: nil)
    }

    /// True when `expression` selects at least one node (a page signature test).
    public func matches(_ expression: String) throws(HTMLParsingError) -> Bool {
        try withNodes(matching: expression, relativeTo: nil) { !$0.isEmpty }
    }

    /// For every node matched by `container`, evaluates each field expression relative to it and
    /// returns the field's readable text (empty when nothing matched). This is how a site profile
    /// reads a review widget: one container per review, relative selectors for its parts.
    public func records(container: String, fields: [String: String]) throws(HTMLParsingError) -> [[String: String]] {
        let containers: [xmlNodePtr] = try withNodes(matching: container, relativeTo: nil) { $0 }
        var result: [[String: String]] = []
        result.reserveCapacity(containers.count)
        for node in containers {
            var record: [String: String] = [:]
            for (name, expression) in fields where !expression.isEmpty {
                record[name] = try evaluateString(expression, relativeTo: node)
            }
            result.append(record)
        }
        return result
    }

    /// The whole body as plain text: script and style dropped, block elements on their own lines,
    /// entities decoded, whitespace collapsed.
    public func plainText() -> String {
        guard let root = xmlDocGetRootElement(doc) else { return "" }
        var renderer = HTMLTextRenderer(blockSeparator: .lineBreak)
        renderer.render(Self.copy(root, depth: 0))
        return renderer.finish()
    }

    // MARK: - C boundary

    /// Evaluates `expression` (relative to `node` when given) and hands the node-set to `body`
    /// while the XPath object is alive; nothing of it escapes but what `body` copies.
    private func withNodes<T>(
        matching expression: String,
        relativeTo node: xmlNodePtr?,
        _ body: ([xmlNodePtr]) -> T
    ) throws(HTMLParsingError) -> T {
        clibxml2_silence_generic_errors()  // per thread; no `await` follows (§5.2 item 8)
        guard let context = xmlXPathNewContext(doc) else { throw .invalidXPath(expression) }
        defer { xmlXPathFreeContext(context) }
        if let node { context.pointee.node = node }
        guard let result = xmlXPathEvalExpression(expression, context) else { throw .invalidXPath(expression) }
        defer { xmlXPathFreeObject(result) }
        var nodes: [xmlNodePtr] = []
        // An empty node-set may be a NULL `nodesetval`; never free it separately (double free).
        if let nodeSet = result.pointee.nodesetval, nodeSet.pointee.nodeNr > 0, let table = nodeSet.pointee.nodeTab {
            nodes.reserveCapacity(Int(nodeSet.pointee.nodeNr))
            for index in 0..<Int(nodeSet.pointee.nodeNr) {
                if let node = table[index] { nodes.append(node) }
            }
        }
        return body(nodes)
    }

    private func evaluateString(_ expression: String, relativeTo node: xmlNodePtr?) throws(HTMLParsingError) -> String {
        clibxml2_silence_generic_errors()
        guard let context = xmlXPathNewContext(doc) else { throw .invalidXPath(expression) }
        defer { xmlXPathFreeContext(context) }
        if let node { context.pointee.node = node }
        guard let result = xmlXPathEvalExpression(expression, context) else { throw .invalidXPath(expression) }
        defer { xmlXPathFreeObject(result) }
        if result.pointee.type == XPATH_NODESET {
            // A node-set is rendered with the block-aware renderer, not `string()`, so that
            // `<br>`-separated words stay apart.
            guard let nodeSet = result.pointee.nodesetval, nodeSet.pointee.nodeNr > 0,
                let table = nodeSet.pointee.nodeTab
            else { return "" }
            var parts: [String] = []
            for index in 0..<Int(nodeSet.pointee.nodeNr) {
                if let node = table[index] {
                    let text = Self.copy(node, depth: 0).text
                    if !text.isEmpty { parts.append(text) }
                }
            }
            return parts.joined(separator: " ")
        }
        guard let cString = xmlXPathCastToString(result) else { return "" }
        defer { clibxml2_free(cString) }
        return String(cString: cString)
    }

    private static func rawContent(of node: xmlNodePtr) -> String {
        guard let raw = xmlNodeGetContent(node) else { return "" }  // allocates; we own it
        defer { clibxml2_free(raw) }
        return String(cString: raw)
    }

    /// Copies a node and its subtree into values, recursing at most `maximumDepth` levels so
    /// that a hostile page cannot exhaust the stack; deeper subtrees are flattened.
    private static func copy(_ node: xmlNodePtr, depth: Int) -> HTMLElement {
        let type = node.pointee.type
        if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE || type == XML_ATTRIBUTE_NODE {
            return HTMLElement(name: "#text", children: [.text(rawContent(of: node))])
        }
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        let attributes = Self.attributes(of: node)
        // The tree is already bounded (`flattenTooDeep`); this bounds a copy whatever it starts from.
        guard depth < maximumDepth else {
            return HTMLElement(name: name, attributes: attributes, children: flatten(node))
        }
        var children: [HTMLNode] = []
        var child = node.pointee.children
        while let current = child {
            let childType = current.pointee.type
            if childType == XML_ELEMENT_NODE {
                children.append(.element(copy(current, depth: depth + 1)))
            } else if childType == XML_TEXT_NODE || childType == XML_CDATA_SECTION_NODE {
                if let content = current.pointee.content {
                    children.append(.text(String(cString: content)))
                }
            }
            child = current.pointee.next
        }
        return HTMLElement(name: name, attributes: attributes, children: children)
    }

    /// Replaces the children of every element at depth `maximumDepth` that has element children by
    /// their flattened form (`flatten`), in the libxml2 tree itself, and returns the line of the
    /// first one; `nil` when the page is not that deep. One walk without recursion.
    private static func flattenTooDeep(_ doc: htmlDocPtr) -> Int? {
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        var firstLine: Int?
        var depth = 0
        var current: xmlNodePtr? = root
        while let node = current {
            if let child = node.pointee.children {
                if depth < maximumDepth {
                    depth += 1
                    current = child
                    continue
                }
                if let line = replaceChildren(of: node, doc: doc), firstLine == nil { firstLine = line }
            }
            let after = following(node, within: root)
            current = after.node
            depth -= after.levelsUp
        }
        return firstLine
    }

    /// The node after the subtree of `node` in document order: its next sibling, else the next sibling
    /// of its nearest ancestor below `top` that has one; `nil` when the subtree of `top` is done.
    /// `levelsUp` counts the parents climbed on the way.
    private static func following(_ node: xmlNodePtr, within top: xmlNodePtr) -> (node: xmlNodePtr?, levelsUp: Int) {
        var levelsUp = 0
        var climb: xmlNodePtr? = node
        while let up = climb, up != top {
            if let next = up.pointee.next { return (next, levelsUp) }
            climb = up.pointee.parent
            levelsUp += 1
        }
        return (nil, levelsUp)
    }

    /// Swaps the children of `node` for their flattened form when one is an element; returns the
    /// line of that first element child, `nil` when there was none (text only: nothing to do).
    private static func replaceChildren(of node: xmlNodePtr, doc: htmlDocPtr) -> Int? {
        var probe = node.pointee.children
        while let child = probe, child.pointee.type != XML_ELEMENT_NODE { probe = child.pointee.next }
        guard let firstElement = probe else { return nil }
        let line = Int(xmlGetLineNo(firstElement))
        let flat = flatten(node)
        while let child = node.pointee.children {
            xmlUnlinkNode(child)
            xmlFreeNode(child)
        }
        for item in flat {
            switch item {
            case .text(let text):
                addText(text, to: node, doc: doc)
            case .element(let element):
                guard let copy = xmlString(element.name, { xmlNewDocNode(doc, nil, $0, nil) }) else { continue }
                for (name, value) in element.attributes.sorted(by: { $0.key < $1.key }) {
                    _ = xmlString(name) { name in xmlString(value) { value in xmlNewProp(copy, name, value) } }
                }
                for case .text(let text) in element.children { addText(text, to: copy, doc: doc) }
                _ = xmlAddChild(node, copy)
            }
        }
        return line
    }

    private static func addText(_ text: String, to node: xmlNodePtr, doc: htmlDocPtr) {
        guard let textNode = xmlString(text, { xmlNewDocText(doc, $0) }) else { return }
        _ = xmlAddChild(node, textNode)  // merged into a neighbouring text node when there is one
    }

    /// Calls `body` with `string` as a NUL-terminated `xmlChar` string (libxml2 copies it).
    private static func xmlString<Result>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> Result?) -> Result? {
        var bytes = Array(string.utf8)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { buffer in buffer.baseAddress.flatMap(body) }
    }

    /// Attributes that only style or name an element: an element with nothing else is unwrapped
    /// when flattened.
    static let presentationalAttributes: Set<String> = [
        "class", "style", "id", "dir", "title", "align", "role", "lang",
    ]

    /// The subtree below `node` as one flat list, walked without recursion: text in document order;
    /// an element that carries a meaningful attribute (`itemprop`, `content`, `href` …) kept as an
    /// element holding its whole text, so that microdata still finds a deep `reviewBody`; other
    /// elements unwrapped (a block leaves a `<br>` so that words stay apart); script and style dropped.
    private static func flatten(_ node: xmlNodePtr) -> [HTMLNode] {
        var result: [HTMLNode] = []
        var current = node.pointee.children
        while let item = current {
            var descend = false
            let type = item.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
                if let content = item.pointee.content { result.append(.text(String(cString: content))) }
            } else if type == XML_ELEMENT_NODE {
                let name = item.pointee.name.map { String(cString: $0) } ?? ""
                let attributes = Self.attributes(of: item)
                if HTMLTextRenderer.skipped.contains(name) {
                    // Nothing a reader sees.
                } else if attributes.keys.contains(where: { !presentationalAttributes.contains($0) }) {
                    result.append(
                        .element(
                            HTMLElement(name: name, attributes: attributes, children: [.text(rawContent(of: item))])))
                } else {
                    if HTMLTextRenderer.blocks.contains(name) || name == "br" {
                        result.append(.element(HTMLElement(name: "br")))
                    }
                    descend = true
                }
            }
            if descend, let child = item.pointee.children {
                current = child
                continue
            }
            current = following(item, within: node).node
        }
        return result
    }

    /// The attributes of an element; a repeated attribute keeps its first value, as browsers do.
    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name {
                let key = String(cString: attributeName)
                if attributes[key] == nil {
                    var value = ""
                    var child = current.pointee.children
                    while let text = child {
                        if let content = text.pointee.content { value += String(cString: content) }
                        child = text.pointee.next
                    }
                    attributes[key] = value
                }
            }
            attribute = current.pointee.next
        }
        return attributes
    }
}

/// Process-wide libxml2 set-up.
public enum LibXML2 {
    /// Initialises libxml2; call once from the main thread before any parallel parsing (libxml2
    /// threads page: "call xmlInitParser() in the 'main' thread before using any of the libxml2 API").
    public static func initialize() {
        xmlInitParser()
    }
}
