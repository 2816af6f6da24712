public import VerbatimModel

/// What the customer turns of one conversation say about the journey, taken together: the themes of
/// every turn that placed itself, gathered turn by turn (an e-mail thread's messages may come from
/// several files, so its subject grows as they are read).
///
/// Only turns placed by their own words or context add to it: a turn placed by its survey step
/// carries that step, not a subject, and a turn placed by its channel names nothing.
public struct ConversationSubject: Sendable, Hashable {
    /// Themes of turns placed by their own words, in the order the turns were added.
    public private(set) var themes: [ThemeMention] = []
    /// Themes of turns placed only by their context (an e-mail subject), which weigh less.
    public private(set) var contextThemes: [ThemeMention] = []

    /// A conversation whose turns are not read yet.
    public init() {}

    /// True when no turn has named a theme yet.
    public var isEmpty: Bool { themes.isEmpty && contextThemes.isEmpty }

    /// Adds what `turn` says, when it placed itself.
    public mutating func add(_ turn: AnalysedVerbatim) {
        add(turn.themes, placement: turn.placement)
    }

    /// Adds the themes of a turn placed as `placement`, when it placed itself.
    public mutating func add(_ turnThemes: [ThemeMention], placement: Placement) {
        switch placement {
        case .text: themes += turnThemes
        case .context: contextThemes += turnThemes
        case .hint, .channel, .conversation: break
        }
    }
}
