public import VerbatimModel

/// What a corpus file turned out to be: a unit to read, or the finding that says why not.
public enum FileRecognition: Sendable, Hashable {
    case unit(IngestUnit)
    case rejected(Finding)
}
