/// Why an HTML document could not be parsed or queried.
public enum HTMLParsingError: Error, Equatable, Sendable {
    /// The input is larger than libxml2's `int` length parameter allows.
    case inputTooLarge(byteCount: Int)
    /// libxml2 returned no document at all (empty input, or nothing it could recover).
    case unparsable
    /// An XPath expression did not compile or evaluate; the expression is kept for the message.
    case invalidXPath(String)
}
