import Foundation

/// The hand-written third-party lexicon samples of `Fixtures/` (see its README).
enum ThirdPartyFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let vader = "vader_lexicon_sample.txt"
    static let feel = "feel_sample.csv"
    static let nrc = "nrc_emolex_sample.txt"

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
}
