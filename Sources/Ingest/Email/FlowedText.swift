/// Undoes `format=flowed` (RFC 3676 §4): a line that ends with a space is soft-broken and joins the
/// next one, a leading space is stuffing; with `delsp=yes` (§4.2) the trailing space was added by
/// the sender and is removed, so that a word cut across two lines is whole again.
///
/// Quoted lines (`>`) are left as they are: the cleaner drops them, and joining them would glue a
/// quote to the customer's own words. The signature separator `-- ` is never a soft break (§4.3).
enum FlowedText {
    static func unflow(_ text: String, deleteSpace: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSoftBreak = false
        // "\r\n" is one `Character`: split on both forms.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        let endsWithBreak = text.last == "\n" || text.last == "\r\n"
        if endsWithBreak { lines.removeLast() }
        for rawLine in lines {
            var line = rawLine
            let isQuote = line.first == ">"
            if pendingSoftBreak, isQuote {
                // A quote never continues an unquoted paragraph.
                out.append("\n")
            }
            pendingSoftBreak = false
            if isQuote {
                out.append(contentsOf: line)
                out.append("\n")
                continue
            }
            if line.first == " " { line = line.dropFirst() }
            if line.last == " ", line != "-- " {
                if deleteSpace { line = line.dropLast() }
                out.append(contentsOf: line)
                pendingSoftBreak = true
                continue
            }
            out.append(contentsOf: line)
            out.append("\n")
        }
        if out.last == "\n", !endsWithBreak { out.removeLast() }
        return out
    }
}
