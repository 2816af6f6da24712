/// How a verbatim's touchpoint was decided, in the order `TouchpointResolver` tries the rules.
///
/// The conversation context reads it: a turn that nothing of its own placed (`channel`), or that
/// only the contact channel it names placed, takes its conversation's touchpoint (`conversation`);
/// a turn that names a journey step or a product keeps its placement.
public enum Placement: String, Sendable, Hashable, CaseIterable {
    /// The input's own step (a survey's step column).
    case hint
    /// The themes of the customer's own words.
    case text
    /// Themes found only around the text (an e-mail subject, a review title).
    case context
    /// Nothing of its own: the journey's default for the channel, or `other`.
    case channel
    /// Inherited from the themes of the other customer turns of its conversation or thread.
    case conversation
}
