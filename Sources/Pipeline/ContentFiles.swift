import Foundation

/// What a configuration path (the lexicon folder, a journey, a mapping, an extra lexicon) stands for
/// when its content is hashed: nothing, one file, or every regular file below a folder in path
/// order, each with its path relative to the folder. Read by the manifest's content hashes and by
/// the cache's shaping hash, so that both see the same files in the same order.
enum ContentFiles {
    case missing
    case file(URL)
    case folder([(relativePath: Substring, url: URL)])

    /// The content of `url` as it stands now.
    init(_ url: URL) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            self = .missing
            return
        }
        guard isDirectory.boolValue else {
            self = .file(url)
            return
        }
        let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey])
        var files: [URL] = []
        while let file = enumerator?.nextObject() as? URL {
            if (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { files.append(file) }
        }
        self = .folder(
            files.sorted(by: { $0.path < $1.path }).map { (relativePath: $0.path.dropFirst(url.path.count), url: $0) })
    }
}
