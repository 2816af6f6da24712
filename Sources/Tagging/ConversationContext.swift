import Lexicons
public import VerbatimModel

/// The subject of a chat conversation or an e-mail thread, and the turns that take it (issue 16,
/// "Conversation context").
///
/// The subject is the touchpoint the journey's own rule (`TouchpointResolver`) gives to the themes of
/// all its customer turns together: the most negative journey-step theme over the conversation, its
/// subject lines weighing less, equal scores going to the step named first (the turn that opened
/// the conversation says what it is about: a return dropped at a parcel point, then "toujours rien",
/// is a refund chat, not a delivery one). A turn that nothing of its own placed (no theme in its words or
/// context, no survey step: "toujours rien ?", "still nothing after a week") is a follow-up of that
/// subject and takes its touchpoint (`Placement.conversation`). So does a turn that names only the
/// channel it used and was filed at customer service for it (`je n'ai toujours pas reçu votre mail`,
/// `I phoned on Monday`): contact channels decide only when nothing names a journey step, and in a
/// conversation the other turns do (the journey's rule, `TouchpointResolver`). A turn that names a
/// step keeps its own placement, and a conversation of one turn is unchanged.
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

    /// True when `turn` follows its conversation's subject: nothing of its own placed it, or only
    /// the contact channel it names did.
    func follows(_ turn: AnalysedVerbatim) -> Bool {
        turn.placement == .channel
            || turn.placement == .text && resolver.isContactOnly(touchpoint: turn.touchpoint, themes: turn.themes)
    }

    /// `turn` as a turn of a conversation filed under `touchpoint`: moved there when nothing of its
    /// own placed it or only its contact channel did, unchanged otherwise.
    public func place(_ turn: AnalysedVerbatim, in touchpoint: String?) -> AnalysedVerbatim {
        guard let touchpoint, follows(turn), touchpoint != turn.touchpoint || turn.placement == .channel else {
            return turn
        }
        var placed = turn
        placed.touchpoint = touchpoint
        placed.placement = .conversation
        return placed
    }

    /// The turns of one conversation, in their order, each placed by the conversation's subject.
    public func place(conversation turns: [AnalysedVerbatim]) -> [AnalysedVerbatim] {
        guard turns.count > 1, turns.contains(where: follows) else { return turns }
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
