public import Foundation
public import Lexicons
import Scoring
import Tagging
public import VerbatimModel

extension VerbatimAnalyzer {
    /// Loads the lexicons under `lexicons`, overlays the third-party lexicons `extraLexicons` (in
    /// order; ours win, then earlier files) and loads the journey. A third-party file that cannot
    /// be read, or whose format cannot be told, throws; its bad lines become `extraLexiconFindings`.
    public init(lexicons: URL, journey: URL?, extraLexicons: [ExtraLexiconReference]) throws {
        var extras: [ThirdPartyLexicon] = []
        for reference in extraLexicons { extras.append(try ThirdPartyLexicon(reference)) }
        try self.init(lexicons: lexicons, journey: journey, loadedExtraLexicons: extras)
    }

    /// The same with the third-party lexicons already read (the CLI reads them first, to report a
    /// file it cannot read as `analyze` does).
    public init(lexicons: URL, journey: URL?, loadedExtraLexicons extras: [ThirdPartyLexicon]) throws {
        let loaded = try SentimentScorer.loading(lexiconDirectory: lexicons, extraLexicons: extras)
        scorer = loaded.scorer
        tagger = try Tagger(lexiconDirectory: lexicons, journey: journey)
        conversations = ConversationContext(tagger: tagger)
        extraLexiconOverlays = loaded.overlays
        personalDataContext = try PersonalDataContextList(directory: lexicons)
    }

    /// The lines skipped in the third-party lexicons, as warnings for `errors.csv`.
    public var extraLexiconFindings: [Finding] { extraLexiconOverlays.flatMap(\.findings) }
}
