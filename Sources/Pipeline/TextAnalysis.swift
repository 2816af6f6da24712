import Tagging
import VerbatimModel

/// Everything the analyser found in one text (`VerbatimAnalyzer.analyse(text:language:context:scratch:)`).
struct TextAnalysis {
    /// The language identified (or declared, for a text too short to tell); `und` for a foreign text.
    var language: Language
    var sentiment: SentimentResult
    /// Strongest first; none for a foreign text.
    var emotions: [EmotionScore]
    /// Themes, signals and touchpoint.
    var tags: Tagger.Tags
}
