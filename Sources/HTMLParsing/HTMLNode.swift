/// A node of an HTML subtree copied out of libxml2 as a plain value, so that it can cross threads
/// and outlive the document. Only elements and text are kept (comments and processing
/// instructions carry nothing a reader needs).
public enum HTMLNode: Sendable, Hashable {
    /// An element with its attributes and children.
    case element(HTMLElement)
    /// A run of text, entities already decoded.
    case text(String)
}

/// An HTML element copied out of libxml2: lower-cased name, attributes, children in order.
public struct HTMLElement: Sendable, Hashable {
    /// Tag name, lower-cased by the HTML parser (`div`, `span`).
    public var name: String
    /// Attributes by name; a repeated attribute keeps its first value, as browsers do.
    public var attributes: [String: String]
    /// Child nodes in document order.
    public var children: [HTMLNode]

    /// Builds an element; tests and readers construct small trees by hand.
    public init(name: String, attributes: [String: String] = [:], children: [HTMLNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The value of attribute `name`, or `nil`.
    public func attribute(_ name: String) -> String? {
        attributes[name]
    }

    /// The readable text of the element on one line: script and style skipped, block boundaries
    /// and `<br>` become a space (so `Bon produit<br>livraison lente` keeps its words apart),
    /// whitespace collapsed and trimmed.
    public var text: String {
        var renderer = HTMLTextRenderer(blockSeparator: .space)
        renderer.render(self)
        return renderer.finish()
    }

    /// Child elements in order, text skipped.
    public var childElements: [HTMLElement] {
        children.compactMap { node in
            if case .element(let element) = node { return element }
            return nil
        }
    }
}
