import Foundation
import VerbatimModel

/// Reads a CSV of customer-support tweets (`TweetColumns`) as the chat channel: one conversation
/// per thread, the thread named by its root, the first tweet reached by following
/// `in_response_to_tweet_id` (or the `response_tweet_id` lists) back while the parent is in the
/// file; a reply whose parent is missing starts its own thread.
///
/// `inbound` says who wrote each tweet: `True` is a customer, `False` the company's account, whose
/// tweets are counted as agent turns and named as the company side (unless `customer_name` names
/// the author). Turns of a thread are put in time order (`created_at`, Twitter's `Tue Oct 31
/// 22:10:47 +0000 2017` or ISO 8601); the `&amp;`, `&lt;` and `&gt;` the Twitter API writes in
/// text are decoded. A customer is keyed by author id, the same in every thread.
enum TweetThreadReader {
    static let format = "chat-csv (tweets)"

    /// One tweet as the file gives it.
    private struct Tweet {
        var id: String
        var line: Int
        var author: String
        var inbound: Bool?
        var text: String
        var created: String
        var parent: String?
        var replies: [String]
    }

    /// Reads the bytes of a whole tweet export.
    static func read(_ bytes: [UInt8], path: String, options: IngestOptions) -> IngestOutput {
        var output = IngestOutput(format: format)
        guard let (columns, delimiter) = TweetColumns.header(of: bytes[...]) else {
            output.findings.append(
                Finding(source: path, reason: "no tweet header (author_id, inbound, text, in_response_to_tweet_id)"))
            return output
        }
        let (tweets, unterminatedQuote) = self.tweets(
            bytes, delimiter: delimiter, columns: columns, path: path, into: &output)
        let customers = ChatNameMatcher(options.customerNames)
        for thread in threads(of: tweets) {
            var turns: [ChatTurn] = []
            for tweet in thread.tweets {
                var turn = turn(from: tweet)
                if tweet.inbound == false {
                    if customers.matches(tweet.author) {
                        turn.declaredRole = .customer
                    } else {
                        turn.declaredRole = .agent
                        output.attribute(
                            CompanyAttribution(
                                role: .agent, speaker: tweet.author, reason: "inbound False (company account)",
                                override: "customer_name\t\(tweet.author)"))
                    }
                }
                ChatJSONReader.noteUnreadableDate(of: turn, path: path, into: &output)
                turns.append(turn)
            }
            let ordered = turns.sorted {
                ($0.date?.timeIntervalSince1970 ?? -Double.infinity, $0.ordinal) < (
                    $1.date?.timeIntervalSince1970 ?? -Double.infinity, $1.ordinal
                )
            }
            let first = output.verbatims.endIndex
            ChatConversation.emit(
                ordered, path: path, conversation: "\(path)#\(thread.root)", options: options, into: &output)
            // An author id is one customer across threads, as an address is across mails: repeated
            // contacts are counted on it.
            let authors = Dictionary(thread.tweets.map { ($0.line, $0.author) }, uniquingKeysWith: { kept, _ in kept })
            for index in first..<output.verbatims.endIndex {
                guard let author = authors[output.verbatims[index].source.ordinal] else { continue }
                output.verbatims[index].customer = options.customerKeyer.key(for: "twitter:\(author)")
            }
        }
        output.findings += SurveyReader.unterminatedQuote(unterminatedQuote, lineBase: 0, path: path)
        return output
    }

    /// The tweets of the data records, and the line of a quote left open; a record without author,
    /// direction or text is a finding. The parsed records, every cell of the file, live only here.
    private static func tweets(
        _ bytes: [UInt8], delimiter: Unicode.Scalar, columns: TweetColumns, path: String,
        into output: inout IngestOutput
    ) -> ([Tweet], Int?) {
        let parsed = CSVParser(delimiter: delimiter).parse(SurveyTextDecoder.decode(bytes).text)
        let records = parsed.records.drop { $0.fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }.dropFirst()
        var tweets: [Tweet] = []
        tweets.reserveCapacity(records.count)
        for record in records {
            let fields = record.fields
            if fields.count == 1, fields[0].allSatisfy(\.isWhitespace) { continue }
            func cell(_ column: Int?) -> String {
                guard let column, column < fields.count else { return "" }
                return fields[column].trimmingSpaces
            }
            guard max(columns.author, columns.inbound, columns.text) < fields.count else {
                output.findings.append(
                    Finding(
                        source: path, position: "row \(record.line)",
                        reason: "tweet row of \(fields.count) fields without author, inbound or text",
                        ordinal: record.line))
                continue
            }
            let id = tweetID(cell(columns.id))
            tweets.append(
                Tweet(
                    id: id.isEmpty ? "row \(record.line)" : id, line: record.line, author: cell(columns.author),
                    inbound: inbound(cell(columns.inbound)), text: fields[columns.text], created: cell(columns.date),
                    parent: Optional(tweetID(cell(columns.inReplyTo))).flatMap { $0.isEmpty ? nil : $0 },
                    replies: cell(columns.replies).split(separator: ",").map { tweetID(String($0)) }.filter {
                        !$0.isEmpty
                    }))
        }
        return (tweets, parsed.unterminatedQuoteLine)
    }

    /// The threads of `tweets`, each named by its root's id, in the order their first tweet comes in the file.
    private static func threads(of tweets: [Tweet]) -> [(root: String, tweets: [Tweet])] {
        var present: Set<String> = []
        var parentOf: [String: String] = [:]
        for tweet in tweets {
            present.insert(tweet.id)
            if let parent = tweet.parent, parentOf[tweet.id] == nil { parentOf[tweet.id] = parent }
        }
        for tweet in tweets {
            for reply in tweet.replies where parentOf[reply] == nil { parentOf[reply] = tweet.id }
        }
        var roots: [String: String] = [:]
        var order: [String] = []
        var groups: [String: [Tweet]] = [:]
        for tweet in tweets {
            let root = root(of: tweet.id, parentOf: parentOf, present: present, known: &roots)
            if groups[root] == nil { order.append(root) }
            groups[root, default: []].append(tweet)
        }
        return order.map { ($0, groups[$0] ?? []) }
    }

    /// The first tweet of `id`'s thread found in the file; a loop of replies stops at the tweet met twice.
    private static func root(
        of id: String, parentOf: [String: String], present: Set<String>, known: inout [String: String]
    ) -> String {
        var chain: [String] = []
        var seen: Set<String> = []
        var current = id
        var found: String?
        while found == nil, seen.insert(current).inserted {
            if let root = known[current] {
                found = root
                break
            }
            chain.append(current)
            guard let parent = parentOf[current], present.contains(parent) else { break }
            current = parent
        }
        let root = found ?? current
        for link in chain { known[link] = root }
        return root
    }

    private static func turn(from tweet: Tweet) -> ChatTurn {
        let date = MailDateParser.parse(tweet.created) ?? ChatTimestamp.date(from: tweet.created)
        // Written but unread: a date no format reads is said, the tweet kept undated.
        let unreadable = date == nil && tweet.created.contains(where: \.isNumber) ? tweet.created : nil
        return ChatTurn(
            ordinal: tweet.line, position: "row \(tweet.line)", speaker: tweet.author,
            declaredRole: tweet.inbound == true ? .customer : nil, text: decodeEntities(tweet.text), date: date,
            unreadableDate: unreadable)
    }

    /// `True`/`False` as the export writes them (and `1`/`0`, `yes`/`no`); `nil` for anything else.
    private static func inbound(_ cell: String) -> Bool? {
        switch CaseFolding.fold(cell) {
        case "true", "1", "yes", "t": return true
        case "false", "0", "no", "f": return false
        default: return nil
        }
    }

    /// An id as written, without the `.0` a spreadsheet or a dataframe adds to whole numbers.
    private static func tweetID(_ cell: String) -> String {
        let trimmed = cell.trimmingSpaces
        return trimmed.hasSuffix(".0") && trimmed.dropLast(2).allSatisfy(\.isNumber)
            ? String(trimmed.dropLast(2)) : trimmed
    }

    /// The three entities the Twitter API escapes in tweet text, in one pass (`&amp;lt;` is `&lt;`).
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[ampersand...]
            if let (entity, character) = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">")].first(where: {
                rest.hasPrefix($0.0)
            }) {
                result += character
                rest = rest.dropFirst(entity.count)
            } else {
                result += "&"
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }
}
