import Foundation
import Scoring

/// The repository's `lexicons/` folder, found from this file's path (tests run from any directory).
enum RepositoryLexicons {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lexicons", isDirectory: true)

    /// One scorer for the whole test run (loading is the slow part).
    static let scorer: SentimentScorer? = try? SentimentScorer(lexiconDirectory: directory)
}
