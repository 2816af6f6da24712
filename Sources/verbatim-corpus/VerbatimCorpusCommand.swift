import Foundation

/// `verbatim-corpus`: writes the deterministic benchmark corpus used by `make bench`.
@main
enum VerbatimCorpusCommand {
    static func main() {
        let options: GeneratorOptions
        switch GeneratorOptions.parse(Array(CommandLine.arguments.dropFirst())) {
        case .success(let parsed): options = parsed
        case .failure(let error):
            FileHandle.standardError.write(
                Data((error.message + (error.isHelp ? "\n" : "\n\n" + GeneratorOptions.usage + "\n")).utf8))
            exit(error.isHelp ? 0 : 64)
        }
        let start = Date()
        do {
            switch options.mode {
            case .corpus(let megabytes):
                try writeCorpus(CorpusPlan(totalBytes: megabytes << 20), options: options, start: start)
            case .smallFiles(let files):
                try writeCorpus(CorpusPlan(smallFiles: files), options: options, start: start)
            case .shortSentences(let count):
                let handle: FileHandle
                if options.out == "-" {
                    handle = FileHandle.standardOutput
                } else {
                    guard FileManager.default.createFile(atPath: options.out, contents: nil),
                        let opened = FileHandle(forWritingAtPath: options.out)
                    else {
                        report("cannot create \(options.out)")
                        exit(73)
                    }
                    handle = opened
                }
                let writer = ShortSentenceWriter(composer: VerbatimComposer(bank: PhraseBank()), seed: options.seed)
                let bytes = try writer.write(count: count, to: handle)
                try handle.synchronize()
                report(
                    "wrote \(count) sentences, \(bytes) bytes in \(String(format: "%.2f", Date().timeIntervalSince(start))) s"
                )
            }
        } catch {
            report("verbatim-corpus: \(error)")
            exit(74)
        }
    }

    /// Writes the files of `plan` into the output folder and says what was written.
    private static func writeCorpus(_ plan: CorpusPlan, options: GeneratorOptions, start: Date) throws {
        let summary = try CorpusGenerator(seed: options.seed)
            .generate(into: URL(fileURLWithPath: options.out), plan: plan)
        let seconds = Date().timeIntervalSince(start)
        let mib = Double(summary.bytes) / 1_048_576
        report(
            "wrote \(summary.files) files, \(String(format: "%.1f", mib)) MiB in \(String(format: "%.2f", seconds)) s "
                + "(\(String(format: "%.0f", mib / max(seconds, 0.001))) MiB/s): \(summary.messages) mail messages, "
                + "\(summary.conversations) chats, \(summary.reviews) reviews, \(summary.surveyRows) survey rows"
        )
    }

    private static func report(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
