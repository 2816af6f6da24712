import Foundation

@testable import Ingest

/// The repository's speaker lists (`lexicons/speakers`), loaded as a run loads them: tests read the
/// lists a user edits, never a copy.
let repositorySpeakers = SpeakerLexicon.load(
    from: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lexicons/speakers"))

extension IngestOptions {
    /// These options with the repository's speaker lists, as `AnalyzeRun` prepares them.
    func withRepositorySpeakers() -> IngestOptions {
        var options = self
        options.speakers = repositorySpeakers.lexicon
        return options
    }
}
