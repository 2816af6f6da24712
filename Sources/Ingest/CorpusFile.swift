public import Foundation

/// A file found under a corpus root, before its format is recognised.
public struct CorpusFile: Sendable, Hashable {
    /// Absolute location of the file. For a name that is not UTF-8 it shows the escaped name and
    /// cannot open the file: `path` does.
    public var url: URL
    /// Path relative to the corpus root, `/`-separated, with bytes that are not UTF-8 shown as `\xE9`.
    public var relativePath: String
    /// The absolute path as the kernel knows it: the bytes that open the file.
    public var path: [UInt8]

    public init(url: URL, relativePath: String) {
        self.url = url
        self.relativePath = relativePath
        path = Array(url.path.utf8)
    }

    /// A file named by its raw path bytes.
    public init(path: [UInt8], relativePath: String) {
        self.path = path
        self.relativePath = relativePath
        url = URL(fileURLWithPath: RawPath.display(path))
    }
}
