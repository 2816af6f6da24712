public import Foundation

/// Where the lexicon folder is when the user does not say (`--lexicons`).
///
/// A nightly cron job rarely runs from the repository: the default `./lexicons` alone made a run
/// from another folder score every verbatim neutral without a word. The default is searched, in
/// order: `./lexicons`, `$VERBATIM_LEXICONS`, then beside the executable and each folder above it
/// (`lexicons/`, then `share/verbatim/lexicons/`), which finds the repository's folder from
/// `.build/release/verbatim` and an installed copy from `PREFIX/bin/verbatim`. A folder counts
/// when it holds `fr/valence.tsv` and `en/valence.tsv`.
public enum LexiconFolder {
    /// The variable naming a lexicon folder for runs that do not pass `--lexicons`.
    public static let environmentVariable = "VERBATIM_LEXICONS"

    /// The folder to load: `explicit` when given (checked when loading), else the first candidate
    /// that holds both valence files, else `./lexicons` (whose load then says what is missing).
    ///
    /// The executable's location is asked for only when neither `./lexicons` nor the variable
    /// names a lexicon folder: on Linux, `Bundle.main` lists the executable's folder, which cost a
    /// run from the repository more start-up time than loading some of the lexicon files.
    public static func resolve(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: @autoclosure () -> URL? = Bundle.main.executableURL,
        currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    ) -> URL {
        if let explicit { return URL(fileURLWithPath: explicit, isDirectory: true) }
        let local = currentDirectory.appendingPathComponent("lexicons", isDirectory: true)
        if let found = named(local: local, environment: environment).first(where: isLexiconFolder) { return found }
        return executable().map(besides)?.first(where: isLexiconFolder) ?? local
    }

    /// The candidates named without the executable, in search order: `local`, then the variable.
    static func named(local: URL, environment: [String: String]) -> [URL] {
        var result = [local]
        if let named = environment[environmentVariable], !named.isEmpty {
            result.append(URL(fileURLWithPath: named, isDirectory: true))
        }
        return result
    }

    /// The candidates beside `executable` and in each folder above it, nearest first.
    static func besides(_ executable: URL) -> [URL] {
        var result: [URL] = []
        var folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        while true {
            result.append(folder.appendingPathComponent("lexicons", isDirectory: true))
            result.append(folder.appendingPathComponent("share/verbatim/lexicons", isDirectory: true))
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path || folder.path == "/" { break }
            folder = parent
        }
        return result
    }

    /// True when `folder` holds the French and English valence files.
    public static func isLexiconFolder(_ folder: URL) -> Bool {
        ["fr", "en"].allSatisfy { language in
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(language).appendingPathComponent("valence.tsv").path)
        }
    }
}
