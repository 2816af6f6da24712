public import Foundation

/// A file found under a corpus root, before its format is recognised.
public struct CorpusFile: Sendable, Hashable {
    /// Absolute location of the file.
    public var url: URL
    /// Path relative to the corpus root, `/`-separated.
    public var relativePath: String

    public init(url: URL, relativePath: String) {
        self.url = url
        self.relativePath = relativePath
    }
}
