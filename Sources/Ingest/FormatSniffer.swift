/// Recognises an input file's format from its first bytes, then from its extension, by asking each
/// reader's own grammar in a fixed order, so that what is recognised as a format is what its reader
/// reads as one.
///
/// Content first, because corpus folders are full of `.txt` mailboxes and extension-less Maildir
/// files; the extension only breaks ties for content that looks like nothing in particular. The
/// grammars live beside their readers (`Sources/Ingest/README.md`); this type only orders them.
enum FormatSniffer {
    /// How many leading bytes are looked at; enough for a mail header block or a CSV header.
    static let sampleSize = 8192

    /// One reader's "does this look like me": the format it reads, `nil` when it does not.
    typealias Recogniser = @Sendable (FormatSample) -> InputFormat?

    /// The recognisers, strongest evidence first; the first that answers decides.
    ///
    /// 1. A UTF-16 byte-order mark: Excel's "Unicode text", a survey by nature.
    /// 2. A `From ` line opening a mailbox, then a mail header block: mail whatever follows (a body
    ///    may hold brackets, times or commas).
    /// 3. An HTML page, before the chat grammars (a page can quote `[10:02]`).
    /// 4. A JSON export: a leading `[` or `{` that opens no chat stamp (`[10:02] Léa:` is a chat).
    /// 5. A CSV header naming the support-tweet columns, before the transcript grammar (a tweet
    ///    row can start with a date and a time).
    /// 6. Chat transcript lines under the transcript reader's line grammar.
    /// 7. A file in a Maildir folder: a message, even without a header block the sniffer knows.
    /// 8. The extension, with the survey grammar as the weakest evidence of all.
    static let recognisers: [Recogniser] = [
        SurveyReader.recogniseUnicodeText,
        MboxBoundary.recogniseMailbox,
        MailHeaders.recogniseMessage,
        ReviewPageReader.recognisePage,
        ChatJSONReader.recogniseExport,
        TweetColumns.recogniseExport,
        ChatTranscriptReader.recogniseTranscript,
        MailHeaders.recogniseMaildirFile,
        recogniseByExtension,
    ]

    /// The format of a file whose first bytes are `sample`, named `relativePath`; `nil` when
    /// nothing is recognised.
    static func format(of sample: ArraySlice<UInt8>, relativePath: String) -> InputFormat? {
        let sample = FormatSample(sample, relativePath: relativePath)
        for recognise in recognisers {
            if let format = recognise(sample) { return format }
        }
        return nil
    }

    /// "Delimited text" is the weakest evidence of all (any prose with commas has some): a known
    /// extension wins over it, so a malformed `.eml` goes to the mail reader, which says what is
    /// wrong with it, instead of being read as a survey.
    @Sendable static func recogniseByExtension(_ sample: FormatSample) -> InputFormat? {
        switch sample.fileExtension {
        case "eml", "msg": return .eml
        case "mbox", "mbx": return .mbox
        case "html", "htm", "xhtml": return .reviewHTML
        case "json", "jsonl", "ndjson": return .chatJSON
        case "csv", "tsv": return SurveyReader.provesSurvey(sample.bytes, minimumColumns: 1) ? .survey : nil
        default: return SurveyReader.provesSurvey(sample.bytes, minimumColumns: 2) ? .survey : nil
        }
    }

    /// Whether `sample` opens a mailbox (`From ` line) or a message (a header block). Such a file
    /// is mail whatever follows: a message may carry parts in any charset, even NUL bytes in a
    /// `binary` part, which would otherwise make it look like binary data.
    static func opensAMessage(_ sample: ArraySlice<UInt8>) -> Bool {
        let sample = FormatSample(sample, relativePath: "")
        return sample.bytes.starts(with: Array("From ".utf8)) || MailHeaders.looksLikeHeaderBlock(sample.headLines)
    }
}
