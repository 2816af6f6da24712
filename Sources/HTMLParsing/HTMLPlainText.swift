/// TEMPORARY stand-in (email branch) so that Ingest compiles; the HTMLParsing owner's libxml2 version
/// replaces it at merge. Crude: drops tags, script and style, breaks lines at block tags, decodes a few
/// entities.
public enum HTMLPlainText {
    /// The visible text of an HTML document or fragment given as UTF-8 bytes.
    public static func convert(_ bytes: [UInt8]) -> String {
        var out = String.UnicodeScalarView()
        let text = String(decoding: bytes, as: UTF8.self)
        var scalars = Array(text.unicodeScalars)
        scalars.append(" ")
        var index = 0
        var skipUntil: String?
        while index < scalars.count - 1 {
            let scalar = scalars[index]
            if scalar == "<" {
                var end = index + 1
                while end < scalars.count, scalars[end] != ">" { end += 1 }
                var tag = ""
                var probe = index + 1
                while probe < end, scalars[probe] != " ", scalars[probe] != "\n", tag.count < 12 {
                    tag.unicodeScalars.append(scalars[probe])
                    probe += 1
                }
                tag = tag.lowercased()
                if let closing = skipUntil {
                    if tag == closing { skipUntil = nil }
                } else if tag == "script" || tag == "style" {
                    skipUntil = "/" + tag
                } else if ["br", "br/", "p", "/p", "div", "/div", "li", "tr", "/tr", "h1", "h2", "h3", "/h1", "/h2", "/h3", "blockquote", "/blockquote"].contains(tag) {
                    out.append("\n")
                }
                index = end + 1
                continue
            }
            if skipUntil != nil {
                index += 1
                continue
            }
            if scalar == "&" {
                var end = index + 1
                var name = ""
                while end < scalars.count, end - index < 10, scalars[end] != ";" {
                    name.unicodeScalars.append(scalars[end])
                    end += 1
                }
                if end < scalars.count, scalars[end] == ";", let decoded = entity(name) {
                    out.append(decoded)
                    index = end + 1
                    continue
                }
            }
            if scalar == "\n" || scalar == "\r" {
                out.append(" ")
            } else {
                out.append(scalar)
            }
            index += 1
        }
        return String(out)
    }

    private static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        case "eacute": return "é"
        case "egrave": return "è"
        case "agrave": return "à"
        case "ccedil": return "ç"
        case "ecirc": return "ê"
        default:
            if name.hasPrefix("#x") || name.hasPrefix("#X"), let value = UInt32(name.dropFirst(2), radix: 16) {
                return Unicode.Scalar(value)
            }
            if name.hasPrefix("#"), let value = UInt32(name.dropFirst()) {
                return Unicode.Scalar(value)
            }
            return nil
        }
    }
}
