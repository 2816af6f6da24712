/// Command-line options of `verbatim-corpus` (plain parsing: the target has no dependencies).
struct GeneratorOptions: Sendable, Equatable {
    /// What to write.
    enum Mode: Sendable, Equatable {
        /// A corpus folder of about this many MiB.
        case corpus(megabytes: Int)
        /// A TSV of this many short sentences.
        case shortSentences(count: Int)
        /// A drop folder of this many small files (`CorpusPlan(smallFiles:)`).
        case smallFiles(count: Int)
    }

    /// Output folder (corpus) or file (`-` for stdout, short sentences).
    var out: String
    var mode: Mode
    /// PRNG seed; the default makes `make bench` runs comparable.
    var seed: UInt64 = 20_261_126

    /// Usage text.
    static let usage = """
        usage: verbatim-corpus --out DIR --megabytes N [--seed S]
               verbatim-corpus --short-sentences N --out FILE|- [--seed S]
               verbatim-corpus --small-files N --out DIR [--seed S]

        Writes a deterministic Maison Lumen benchmark corpus (mbox, .eml, chat .txt, review .html,
        survey .csv in two dialects) of about N MiB, a TSV (id, lang, text) of N short sentences
        for `verbatim score`, or a drop folder of N small files (single e-mails, chats, review
        pages of 3 reviews, survey exports of a few responses). Same arguments, same bytes.
        """

    /// Parses `arguments` (without the program name); returns a message on bad usage.
    static func parse(_ arguments: [String]) -> Result<GeneratorOptions, UsageError> {
        var out: String?
        var megabytes: Int?
        var sentences: Int?
        var smallFiles: Int?
        var seed: UInt64?
        var index = 0
        while index < arguments.count {
            let flag = arguments[index]
            if flag == "-h" || flag == "--help" { return .failure(UsageError(message: usage, isHelp: true)) }
            guard index + 1 < arguments.count else {
                return .failure(UsageError(message: "missing value after \(flag)"))
            }
            let value = arguments[index + 1]
            switch flag {
            case "--out": out = value
            case "--megabytes":
                guard let number = Int(value), number > 0 else {
                    return .failure(UsageError(message: "--megabytes needs a positive integer, got \(value)"))
                }
                megabytes = number
            case "--short-sentences":
                guard let number = Int(value), number >= 0 else {
                    return .failure(UsageError(message: "--short-sentences needs a count, got \(value)"))
                }
                sentences = number
            case "--small-files":
                guard let number = Int(value), number > 0 else {
                    return .failure(UsageError(message: "--small-files needs a positive count, got \(value)"))
                }
                smallFiles = number
            case "--seed":
                guard let number = UInt64(value) else {
                    return .failure(UsageError(message: "--seed needs an unsigned integer, got \(value)"))
                }
                seed = number
            default:
                return .failure(UsageError(message: "unknown option \(flag)"))
            }
            index += 2
        }
        guard let out else { return .failure(UsageError(message: "--out is required")) }
        let mode: Mode
        switch (megabytes, sentences, smallFiles) {
        case (let size?, nil, nil): mode = .corpus(megabytes: size)
        case (nil, let count?, nil): mode = .shortSentences(count: count)
        case (nil, nil, let count?): mode = .smallFiles(count: count)
        default:
            return .failure(
                UsageError(message: "give exactly one of --megabytes, --short-sentences and --small-files"))
        }
        var options = GeneratorOptions(out: out, mode: mode)
        if let seed { options.seed = seed }
        return .success(options)
    }
}

/// A command-line mistake, or the help text.
struct UsageError: Error, Sendable {
    /// What to print.
    let message: String
    /// True for `--help` (exit 0).
    var isHelp = false
}
