public import Foundation
public import Lexicons
import TextProcessing

/// Every word list the rules read, loaded once with the lexicons (`SentimentScorer.init`), never
/// per text.
///
/// Both languages' files are merged and read for every text, whatever its language: so they were
/// applied when they were Swift literals, and a French review quoting `5 stars` or an English
/// one with `jamais aussi` still reads the same. Each rule declares its file (`file`, `unitsFile`
/// …) and what it makes of the rows; this type only gathers them.
public final class RuleWordLists: Sendable {
    /// Every declared list, for the loader and the lint test.
    static let files: [WordListFile] = [
        NegationScope.file, NegRaising.file, NeverSo.file, Rating.wordsFile, Rating.numbersFile,
        SentimentEngine.verbSuffixFile, ImplicitKinds.file,
    ]

    /// `NegationScope.file`: `or`, `ni`.
    let scopeExtenders: KeyList
    /// `NegRaising.file`: `think`, `pense`.
    let negRaising: KeyList
    /// `NeverSo.file`, by kind.
    let never: KeyList
    let neverSoAuxiliaries: KeyList
    let neverSo: KeyList
    /// `Rating.wordsFile` and `Rating.numbersFile`.
    let rating: Rating.Words
    /// `SentimentEngine.verbSuffixFile`: `ed`, `ing`, in the order the stemmer tries them.
    let verbSuffixes: KeyList
    /// `ImplicitKinds.file`: each key with its implicit-complaint classes (indexed by `WordIndex`).
    let implicitKinds: [(key: [UInt8], kinds: ImplicitKinds)]

    /// The lists `RuleContext.itemKey` compares item keys with.
    enum List {
        case scopeExtender, negRaising, never, neverSoAuxiliary, neverSo
    }

    /// True when `key` is in `list`. The list is read inside this method: handing a list's array to
    /// a caller retained and released it at each look-up.
    @inline(__always) func contains(_ list: List, _ key: BufferView<UInt8>) -> Bool {
        switch list {
        case .scopeExtender: scopeExtenders.contains(key)
        case .negRaising: negRaising.contains(key)
        case .never: never.contains(key)
        case .neverSoAuxiliary: neverSoAuxiliaries.contains(key)
        case .neverSo: neverSo.contains(key)
        }
    }

    /// The lists under `directory` (the `lexicons/` folder).
    public convenience init(directory: URL) throws(LexiconError) {
        var lists: [String: WordList] = [:]
        for file in Self.files { lists[file.name] = try WordList(file, directory: directory) }
        // The rules' other lexicon role: every negator kind must be one a rule declares.
        try Negators.checkKinds(directory: directory)
        self.init(lists)
    }

    /// The lists by file name; a missing one is empty.
    init(_ lists: [String: WordList]) {
        func list(_ file: WordListFile) -> WordList { lists[file.name] ?? WordList() }
        scopeExtenders = list(NegationScope.file).keys()
        negRaising = list(NegRaising.file).keys()
        let neverSoRows = list(NeverSo.file)
        never = neverSoRows.keys("never")
        neverSoAuxiliaries = neverSoRows.keys("auxiliary")
        neverSo = neverSoRows.keys("so")
        rating = Rating.Words(list(Rating.wordsFile), numbers: list(Rating.numbersFile))
        verbSuffixes = list(SentimentEngine.verbSuffixFile).keys()
        implicitKinds = ImplicitKinds.rows(list(ImplicitKinds.file))
    }

    /// No list: the scorer of lexicons built from in-memory tables (tests), which likewise have only
    /// the rows they were given.
    public static let empty = RuleWordLists([:])
}
