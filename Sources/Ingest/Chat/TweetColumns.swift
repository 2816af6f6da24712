/// The header of a CSV of customer-support tweets, the shape of the Kaggle "Customer Support on
/// Twitter" corpus (`tweet_id, author_id, inbound, created_at, text, response_tweet_id,
/// in_response_to_tweet_id`): who wrote each tweet, whether it came in from a customer, and which
/// tweet it answers. One grammar for `FormatSniffer` and `TweetThreadReader`, so a file is
/// recognised as tweets exactly when the reader can read it as tweets.
///
/// Required: `author_id`, `inbound`, `text`, and a thread link (`in_response_to_tweet_id` or
/// `response_tweet_id`). Header cells are matched folded and trimmed, in any order.
struct TweetColumns: Equatable {
    var id: Int?
    var author: Int
    var inbound: Int
    var text: Int
    var date: Int?
    /// The tweet a row answers.
    var inReplyTo: Int?
    /// The tweets answering a row (a comma-separated list of ids).
    var replies: Int?

    /// The columns of a header row, `nil` when it is not a tweet export's.
    init?(header: [String]) {
        let names = header.map { CaseFolding.fold($0).trimmingSpaces }
        func column(_ name: String) -> Int? { names.firstIndex(of: name) }
        guard let author = column("author_id"), let inbound = column("inbound"), let text = column("text") else {
            return nil
        }
        inReplyTo = column("in_response_to_tweet_id")
        replies = column("response_tweet_id")
        guard inReplyTo != nil || replies != nil else { return nil }
        self.author = author
        self.inbound = inbound
        self.text = text
        id = column("tweet_id")
        date = column("created_at")
    }

    /// The columns named by the first non-blank line of `sample` (a file's first bytes, a UTF-8
    /// byte-order mark allowed) and the delimiter that line is written with, `nil` when that line is
    /// not a tweet export's header.
    static func header(of sample: ArraySlice<UInt8>) -> (columns: TweetColumns, delimiter: Unicode.Scalar)? {
        var bytes = sample
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        while let first = bytes.first, first == 0x0A || first == 0x0D || first == 0x20 { bytes = bytes.dropFirst() }
        let line = String(decoding: bytes.prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
        let delimiter = CSVParser.sniffDelimiter(line)
        guard let record = CSVParser(delimiter: delimiter).parse(line).records.first,
            let columns = TweetColumns(header: record.fields)
        else { return nil }
        return (columns, delimiter)
    }

    /// The tweet reader's "does this look like me", asked by `FormatSniffer`: a CSV of support
    /// tweets is a chat, by the header grammar its reader reads.
    @Sendable static func recogniseExport(_ sample: FormatSample) -> InputFormat? {
        header(of: sample.bytes) != nil ? .chatCSV : nil
    }
}
