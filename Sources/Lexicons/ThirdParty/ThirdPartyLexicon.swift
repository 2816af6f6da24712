import Foundation
public import VerbatimModel

/// A third-party lexicon file read at run time (`--extra-lexicon`): its terms on Verbatim's scales and
/// a finding per line that was skipped.
///
/// Reading never stops at a bad line; only a file that cannot be read, or whose format cannot be
/// told, is an error (the run stops with exit status 4, as for a broken lexicon folder).
public struct ThirdPartyLexicon: Sendable {
    /// The file as the user named it, used in findings, `lexicon stats` and `explain`.
    public var source: String
    /// The format it was read as (detected or given).
    public var format: ThirdPartyFormat
    /// The language whose lexicon the terms join.
    public var language: Language
    /// Terms read, in file order.
    public var entries: [ThirdPartyEntry]
    /// One warning per skipped line.
    public var findings: [Finding]
    /// Non-blank lines read.
    public var lines: Int

    /// Reads `text`. `format` and `language` override detection (format from the first lines,
    /// language from the format's published language).
    public init(text: String, source: String, format: ThirdPartyFormat? = nil, language: Language? = nil)
        throws(LexiconError)
    {
        guard let format = format ?? ThirdPartyFormat.detect(in: text) else {
            let line = ThirdPartyLines(text).first { _ in true }?.number ?? 1
            throw .malformed(
                file: source, line: line,
                reason: "cannot tell the format (expected VADER \(ThirdPartyFormat.vader.rowShape), FEEL "
                    + "\(ThirdPartyFormat.feel.rowShape) or NRC \(ThirdPartyFormat.nrc.rowShape)); "
                    + "name it with --extra-lexicon-format vader|feel|nrc")
        }
        let reading: ThirdPartyReading
        switch format {
        case .vader: reading = VADERReader.read(text, source: source)
        case .feel: reading = FEELReader.read(text, source: source)
        case .nrc: reading = NRCEmoLexReader.read(text, source: source)
        }
        self.source = source
        self.format = format
        self.language = language ?? format.defaultLanguage
        self.entries = reading.entries
        self.findings = reading.findings
        self.lines = reading.lines
    }

    /// Reads the file `reference` points at. A file that is not UTF-8 is read as Windows-1252 (the
    /// Latin-1 superset a French spreadsheet saves, with `œ`) with a warning.
    public init(_ reference: ExtraLexiconReference) throws(LexiconError) {
        let data: Data
        do {
            data = try Data(contentsOf: reference.url)
        } catch {
            throw .unreadable(
                file: reference.source, reason: "cannot read the extra lexicon: \(error.localizedDescription)")
        }
        var warning: Finding?
        let text: String
        if let utf8 = String(data: data, encoding: .utf8) {
            text = utf8
        } else if let windows = String(data: data, encoding: .windowsCP1252) ?? String(data: data, encoding: .isoLatin1)
        {
            text = windows
            warning = Finding(
                source: reference.source, reason: "not valid UTF-8; read as Windows-1252", severity: .warning)
        } else {
            throw .unreadable(file: reference.source, reason: "not valid UTF-8")
        }
        try self.init(text: text, source: reference.source, format: reference.format, language: reference.language)
        if let warning { findings.insert(warning, at: 0) }
    }
}
