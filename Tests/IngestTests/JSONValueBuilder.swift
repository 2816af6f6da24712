/// Builds a JSON value from a list of choices (so the property library can generate and shrink
/// it): scalars drawn from the values that broke readers before (huge, negative, non-integral,
/// infinite in words, far dates), arrays, objects with the keys readers look at, deep nesting.
struct JSONValueBuilder {
    let choices: [UInt8]
    private var index = 0

    init(choices: [UInt8]) { self.choices = choices }

    static let scalars = [
        "1e30", "1e308", "-1e30", "-1e308", "12345678901234567890", "-9223372036854775809", "1.5", "0", "-1", "4",
        "1795341735", "1795341735000", "1795341735000000", "1795341735000000000", "5e-324",
        "99999999999999999999999999",
        "\"Infinity\"", "\"NaN\"", "\"-Infinity\"", "\"1e30\"", "\"2026-11-22T10:02:15Z\"", "\"9999-12-31\"",
        "\"0000-00-00\"", "\"54936299-03-02\"", "\"Review\"", "\"Client\"", "\"user\"", "\"Colis perdu.\"", "true",
        "null", "\"\"", "\"12345678901234567890/5\"", "\"4,5\"", "\"-5\"", "\"1795341735000000000\"",
        "\"99999999999999999999999999\"",
    ]
    static let keys = [
        "timestamp", "text", "sender", "role", "ts", "date", "@type", "reviewBody", "reviewRating", "ratingValue",
        "bestRating", "worstRating", "datePublished", "messages", "author", "content", "review", "@graph",
    ]

    private mutating func next() -> Int {
        defer { index += 1 }
        return index < choices.count ? Int(choices[index]) : 0
    }

    mutating func value(depth: Int = 0) -> String {
        let choice = next() % 10
        switch choice {
        case 0..<5:
            return Self.scalars[next() % Self.scalars.count]
        case 5 where depth < 5, 6 where depth < 5:
            return "[" + (0..<(next() % 4)).map { _ in value(depth: depth + 1) }.joined(separator: ", ") + "]"
        case 7 where depth < 5, 8 where depth < 5:
            let members = (0..<(next() % 4)).map { _ in
                "\"\(Self.keys[next() % Self.keys.count])\": \(value(depth: depth + 1))"
            }
            return "{" + members.joined(separator: ", ") + "}"
        case 9:
            let levels = 200 + next() * 8
            return String(repeating: "[", count: levels) + Self.scalars[next() % Self.scalars.count]
                + String(repeating: "]", count: levels)
        default:
            return Self.scalars[next() % Self.scalars.count]
        }
    }
}
