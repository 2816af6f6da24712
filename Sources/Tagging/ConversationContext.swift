import Lexicons
public import VerbatimModel

/// The subject of a chat conversation or an e-mail thread, and the turns that take it (issue 16,
/// "Conversation context").
///
/// The subject is the touchpoint the journey's own rule (`TouchpointResolver`) gives to the themes of
/// all its customer turns together: the most negative journey-step theme over the conversation, its
/// subject lines weighing less. A turn that nothing of its own placed (no theme in its words or
/// context, no survey step: "toujours rien ?", "still nothing after a week") is a follow-up of that
/// subject and takes its touchpoint (`Placement.conversation`); a turn that names a theme keeps its
/// own placement, and a conversation of one turn is unchanged.
///
/// Only the touchpoint moves. The follow-up's `themes` stay its own: `themes.csv` counts the
/// mentions customers wrote, and counting the subject's themes again for every follow-up would
/// inflate the themes a long chat repeats.
public struct ConversationContext: Sendable {
    let resolver: TouchpointResolver

    /// The context under `tagger`'s journey.
    public init(tagger: Tagger) {
        resolver = TouchpointResolver(journey: tagger.journey)
    }

    /// The conversation's touchpoint, `nil` when none of its turns places it by themes.
    public func touchpoint(of subject: ConversationSubject) -> String? {
        guard !subject.isEmpty else { return nil }
        let touchpoint = resolver.touchpoint(
            hint: nil, themes: subject.themes, contextThemes: subject.contextThemes, channel: nil)
        return touchpoint == Journey.otherTouchpoint ? nil : touchpoint
    }

    /// `turn` as a turn of a conversation filed under `touchpoint`: moved there when nothing of its
    /// own placed it, unchanged otherwise.
    public func place(_ turn: AnalysedVerbatim, in touchpoint: String?) -> AnalysedVerbatim {
        guard let touchpoint, turn.placement == .channel else { return turn }
        var placed = turn
        placed.touchpoint = touchpoint
        placed.placement = .conversation
        return placed
    }

    /// The turns of one conversation, in their order, each placed by the conversation's subject.
    public func place(conversation turns: [AnalysedVerbatim]) -> [AnalysedVerbatim] {
        guard turns.count > 1, turns.contains(where: { $0.placement == .channel }) else { return turns }
        var subject = ConversationSubject()
        for turn in turns { subject.add(turn) }
        let touchpoint = touchpoint(of: subject)
        return turns.map { place($0, in: touchpoint) }
    }

    /// The records of one input in their order, each conversation among them placed by its subject
    /// (`place(conversation:)`); records without a conversation key, and those `keep` says to leave
    /// (e-mails, whose threads span files and are placed once the whole run is read), are unchanged.
    public func place(
        records: [AnalysedVerbatim], keep: (AnalysedVerbatim) -> Bool = { _ in false }
    ) -> [AnalysedVerbatim] {
        var members: [String: [Int]] = [:]
        for (index, record) in records.enumerated() {
            guard let key = record.verbatim.conversation, !keep(record) else { continue }
            members[key, default: []].append(index)
        }
        var placed = records
        for indices in members.values where indices.count > 1 {
            let turns = place(conversation: indices.map { records[$0] })
            for (index, turn) in zip(indices, turns) { placed[index] = turn }
        }
        return placed
    }
}
