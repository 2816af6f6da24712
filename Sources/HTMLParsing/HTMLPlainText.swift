/// HTML email bodies to plain text, through libxml2.
public enum HTMLPlainText {
    /// The readable text of an HTML fragment or page: no script or style, block elements and
    /// `<br>` as line breaks, paragraphs separated by an empty line, entities decoded, runs of
    /// whitespace collapsed. Unparsable or empty input gives an empty string.
    public static func convert(_ bytes: [UInt8]) -> String {
        do {
            let document = try HTMLDocument(bytes: bytes)
            return document.plainText()
        } catch {
            return ""
        }
    }
}
