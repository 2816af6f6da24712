import Foundation
import Lexicons
import TextProcessing

/// What the rule of a negator decided about the negator's own item.
enum NegatorOutcome {
    /// The negator did its work; its own item scores nothing (no valence, or a particle).
    case consumed
    /// Score the item as any word (a negator with a valence of its own, or one that did not apply).
    case scored
    /// A resolving verb that is itself negated (`didn't fix`): scored as a failure.
    case negatedResolution
}

/// The negator rules, and the one list of them: which rule handles each negator kind of
/// `negators.tsv`.
///
/// A kind is data: each rule declares the kinds it handles with their parameters (`kinds`), and a
/// lexicon entry holds its kind's number in `table`. A new kind that behaves like an existing rule
/// with other parameters is one row of the rule's `kinds` and the rows of `negators.tsv`; a new
/// behaviour is its rule file, a case of `NegatorRule` and its line in `apply` and `table` here.
enum Negators {
    /// Every kind, by number: element 0 is "no negator" (`LexiconEntry.negator` is 0).
    static let table: [NegatorKind] =
        [NegatorKind("", .none)] + ParticleNegation.kinds + NegationScope.kinds + PartialNegation.kinds
        + Resolution.kinds

    /// What the rules read of each kind of `table`, by number: trivial values, so that reading one
    /// on the hot path copies bytes and retains no name.
    static let behaviours: [NegatorBehaviour] = table.map(\.behaviour)

    /// The kind names of `table`, which `SentimentLexicon.renumberingNegators` maps entries to.
    static let names: [String] = table.map(\.name)

    /// Hands the negator at `k` to its rule.
    @inline(__always)
    static func apply(
        _ k: Int, _ entry: LexiconEntry, _ state: inout ClauseState, _ context: RuleContext
    ) -> NegatorOutcome {
        let kind = behaviours[Int(entry.negator)]
        switch kind.rule {
        case .particle:
            ParticleNegation.open(k, &state, context)
            return .consumed
        case .scope: return NegationScope.open(k, entry, kind, &state, context)
        case .afterNe: return ParticleNegation.closeAfterNe(&state) ? .consumed : .scored
        case .restriction: return ParticleNegation.restrict(&state) ? .consumed : .scored
        case .resolves: return Resolution.apply(k, entry, kind, &state)
        case .partial: return PartialNegation.open(entry, kind, &state)
        case .none: return .scored
        }
    }

    /// Checks the `kind` column of `negators.tsv` in each language folder under `directory`: a kind
    /// no rule declares is an error naming its file and line (the lexicon loader only interns names).
    static func checkKinds(directory: URL) throws(LexiconError) {
        for language in ["fr", "en"] {
            let url = directory.appendingPathComponent(language, isDirectory: true).appendingPathComponent(
                "negators.tsv")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            try checkKinds(TSVTable(contentsOf: url, displayName: "\(language)/negators.tsv"))
        }
    }

    /// The same for one table.
    static func checkKinds(_ table: TSVTable) throws(LexiconError) {
        guard let column = table.columns.firstIndex(of: "kind") else { return }
        for row in table.rows where !names.dropFirst().contains(row[column]) {
            throw .malformed(
                file: table.file, line: row.line,
                reason:
                    "negator kind '\(row[column])' is handled by no rule (\(names.dropFirst().joined(separator: ", ")))"
            )
        }
    }
}

/// The negator rule a kind goes to: the cases of `Negators.apply`.
enum NegatorRule: UInt8, Sendable {
    case none, particle, scope, afterNe, restriction, partial, resolves
}

/// A negator kind of `negators.tsv` as a rule declares it: its name in the file and its behaviour.
struct NegatorKind: Sendable {
    /// The spelling in the `kind` column.
    let name: String
    let behaviour: NegatorBehaviour

    init(_ name: String, _ rule: NegatorRule, window: Int = 0, raises: Bool = false, closesParticle: Bool = false) {
        self.name = name
        behaviour = NegatorBehaviour(rule: rule, window: window, raises: raises, closesParticle: closesParticle)
    }
}

/// The rule of a negator kind and the rule's parameters for it.
struct NegatorBehaviour: Sendable {
    let rule: NegatorRule
    /// How many words the scope the kind opens covers (scope rules).
    let window: Int
    /// Neg-raising applies after it (`NegRaising`: full negators only).
    let raises: Bool
    /// It closes a pending `ne` (`ParticleNegation`).
    let closesParticle: Bool
}
