public import Foundation
import TextProcessing
import VerbatimModel

/// A customer journey: ordered touchpoints and the themes, channels and survey step names that
/// lead to each, loaded from a file under `lexicons/journeys/` (or any file `--journey` names).
///
/// Columns: `order` (integer), `touchpoint` (identifier), `label_fr`, `label_en` (at least one),
/// `themes`, `channels`, `hints` (comma-separated lists, may be empty), and the optional
/// `contact_themes`: themes naming how the customer reached the company (phone, e-mail, chat,
/// chatbot, an agent), which file a verbatim only when no journey-step theme does; a file without
/// the column has none, every theme being a step as before the column existed; and the optional
/// `fallback_themes`: themes that place a verbatim only when nothing else does, not even the
/// channel default (a wait left unnamed). Validation rejects, with the
/// file and line: unknown themes (with a suggestion), a theme filed under two touchpoints, a channel
/// defaulting to two touchpoints, duplicate orders or ids, and the reserved id `other`, which every
/// journey gets last for verbatims nothing places.
public struct Journey: Sendable {
    /// The reserved touchpoint for verbatims that nothing places.
    public static let otherTouchpoint = "other"

    /// File name the journey was read from (errors and the manifest use it).
    public var file: String
    /// Touchpoints sorted by `order`; `other` is not among them.
    public var touchpoints: [JourneyTouchpoint]
    /// Hint keys (id, labels, hints, folded by `hintKey`) to an index in `touchpoints`.
    private var hintIndex: [String: Int] = [:]

    /// Reads and validates the journey file at `url` against the known theme ids.
    public init(contentsOf url: URL, knownThemes: Set<String>) throws(LexiconError) {
        let table = try TSVTable(contentsOf: url, displayName: url.relativePath)
        try self.init(table: table, knownThemes: knownThemes)
    }

    /// Validates a parsed journey table against the known theme ids.
    public init(table: TSVTable, knownThemes: Set<String>) throws(LexiconError) {
        file = table.file
        var validation = try JourneyRowValidation(table: table, knownThemes: knownThemes)
        var touchpoints: [JourneyTouchpoint] = []
        for row in table.rows {
            touchpoints.append(try validation.touchpoint(row))
        }
        guard !touchpoints.isEmpty else {
            throw .malformed(file: table.file, line: 1, reason: "the journey has no touchpoint")
        }
        self.touchpoints = touchpoints.sorted { $0.order < $1.order }
        try indexHints()
    }

    /// Fills `hintIndex`; a name or hint naming two touchpoints is an error.
    private mutating func indexHints() throws(LexiconError) {
        for (index, touchpoint) in touchpoints.enumerated() {
            for name in [touchpoint.id, touchpoint.labelFR, touchpoint.labelEN] + touchpoint.hints {
                let key = Self.hintKey(name)
                guard !key.isEmpty else { continue }
                if let owner = hintIndex[key], owner != index {
                    throw .malformed(
                        file: file, line: touchpoint.line,
                        reason: "name or hint '\(name)' of touchpoint \(touchpoint.id) already names touchpoint "
                            + touchpoints[owner].id)
                }
                hintIndex[key] = index
            }
        }
    }

    /// The touchpoint a survey step names (`Livraison`, `delivery`, `Order`), matched on its id,
    /// labels and hints with case, accents, spaces, `_` and `-` ignored.
    public func touchpoint(forHint hint: String) -> JourneyTouchpoint? {
        hintIndex[Self.hintKey(hint)].map { touchpoints[$0] }
    }

    /// The comparison key of a step name: folded, every run of non-alphanumerics one space.
    public static func hintKey(_ name: String) -> String {
        asciiHintKey(name) ?? foldedHintKey(name)
    }

    /// `hintKey` of an ASCII name, on its bytes (`nil` otherwise): it runs for every survey
    /// response, and walking `Character`s was most of its cost. `JourneyTests` checks it against
    /// `foldedHintKey`.
    static func asciiHintKey(_ name: String) -> String? {
        var key: [UInt8] = []
        key.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                if pendingSpace && !key.isEmpty { key.append(0x20) }
                key.append(lower)
                pendingSpace = false
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// `hintKey` of any name: folded (`TextFolding`), then letters and digits kept.
    static func foldedHintKey(_ name: String) -> String {
        var key = ""
        var pendingSpace = false
        for character in TextFolding.fold(name) {
            if character.isLetter || character.isNumber {
                if pendingSpace && !key.isEmpty { key.append(" ") }
                key.append(character)
                pendingSpace = false
            } else {
                pendingSpace = true
            }
        }
        return key
    }

    /// Every theme some touchpoint files, journey step or contact channel.
    public var themes: Set<String> { Set(touchpoints.flatMap(\.themes)) }

    /// The themes that name a contact channel rather than a journey step (`contact_themes`).
    public var contactThemes: Set<String> { Set(touchpoints.flatMap(\.contactThemes)) }

    /// Splits a comma-separated cell, trimming blanks and dropping empty items.
    static func list(_ cell: String) -> [String] {
        cell.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
