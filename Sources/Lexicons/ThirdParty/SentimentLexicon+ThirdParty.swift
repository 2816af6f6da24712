import TextProcessing
import VerbatimModel

extension SentimentLexicon {
    /// Adds the terms of `extra` that this lexicon does not define yet (see `ThirdPartyOverlay` for
    /// the precedence) and records their source for `explain`. Terms the tokenizer keeps nothing
    /// of (a zero-width space) are findings; the lexicon's language is not checked against `extra.language`,
    /// the caller routes each file (`SentimentScorer`).
    public mutating func overlay(_ extra: ThirdPartyLexicon) -> ThirdPartyOverlay {
        var report = ThirdPartyOverlay(source: extra.source, format: extra.format, language: extra.language)
        report.lines = extra.lines
        report.terms = extra.entries.count
        report.findings = extra.findings
        var buffer = TokenBuffer()
        for item in extra.entries {
            guard item.isUseful else {
                report.empty += 1
                continue
            }
            let keys = Self.keys(of: item.term, using: &buffer)
            guard !keys.isEmpty else {
                report.findings.append(
                    Finding(
                        source: extra.source, position: "line \(item.line)", reason: "term '\(item.term)' has no token",
                        severity: .warning, ordinal: item.line))
                continue
            }
            let key = keys.joined(separator: " ")
            if thirdPartySources[key] != nil {
                report.shadowedByExtra += 1
                continue
            }
            if let existing = entry(keys: keys), existing.isMeaningful {
                report.shadowedByOurs += 1
                continue
            }
            update(keys: keys) { entry in
                if let valence = item.valence {
                    entry.valence = valence
                    entry.hasValence = true
                }
                for emotion in item.emotions {
                    entry.addEmotion(emotion, intensity: ThirdPartyEntry.flaggedEmotionIntensity)
                }
            }
            thirdPartySources[key] = extra.source
            report.added += 1
        }
        report.findings.sort()
        return report
    }

    /// The extra lexicon a term key (token keys joined by one space) came from, `nil` for our own.
    public func thirdPartySource(ofKey key: String) -> String? { thirdPartySources[key] }

    /// The entry of already tokenized keys.
    private func entry(keys: [String]) -> LexiconEntry? {
        if keys.count == 1 { return words.find(keys[0]).map { wordEntries[$0] } }
        return phrases.find(keys.joined(separator: " ")).map { phraseEntries[$0] }
    }
}
