import Lexicons
import VerbatimModel

/// Decides the touchpoint a verbatim is filed under.
///
/// In order, the first that applies:
/// 1. the input's own step (`touchpointHint`, a survey's step column) when it names a touchpoint:
///    the customer answered about that step, whatever words they used;
/// 2. the journey-step themes of the text: the most negative theme's touchpoint, or when no theme
///    is negative the most positive one's: a verbatim is filed where it hurts most, and praise where
///    it is strongest; equal scores go to the step named first, the topic the customer opens with,
///    the steps named after it being the circumstances (`retour reçu chez vous selon la poste,
///    remboursement : rien` is a refund, not a delivery; a conversation's first turn states its
///    subject). A step the text only concedes, judged the other way before a contrast whose part
///    judges another step as the whole verbatim does (`Concession`: `slow delivery but the
///    bookcase is perfect`), is set aside. One exception: when every step theme of the text is praised and a contact-channel
///    theme is blamed (`livraison rapide mais SAV injoignable`), the contact channel is where it hurts;
/// 3. the journey-step themes of the context (email subject, review title), same rule: a subject
///    naming the refund says what a body that only tells of phone calls is about;
/// 4. the contact-channel themes (`contact_themes` of the journey: phone, e-mail, chat, chatbot, an
///    agent) of the text, then of the context: how the customer reached the company decides only
///    when nothing says which step of the journey they reached it about (`j'ai appelé trois fois
///    pour mon remboursement` is a refund complaint, `j'ai appelé trois fois, personne ne répond`
///    a customer service one);
/// 5. the journey's default touchpoint for the channel (`channels` column), when there is one (a
///    bare text scored by `verbatim score` has no channel);
/// 6. the fallback themes (`fallback_themes` of the journey: a wait left unnamed, `still nothing
///    after a week`), first mentioned first: a default like the channel's, placed as one;
/// 7. `other`.
struct TouchpointResolver: Sendable {
    let journey: Journey
    /// Each filed theme's touchpoint index, and whether it is a contact channel there.
    private let touchpointOfTheme: [String: (index: Int, isContact: Bool)]
    private let touchpointOfChannel: [Channel: Int]
    /// Ids of the touchpoints that file only contact-channel themes (customer service): a turn filed
    /// there by those themes alone says how the customer wrote, not what about.
    private let contactTouchpoints: Set<String>
    /// Each fallback theme's touchpoint index (`fallback_themes` of the journey).
    private let touchpointOfFallback: [String: Int]

    /// A theme counts as praised or blamed beyond this |sentiment|: the neutral band of the
    /// scorer's labels (VADER's published ±0.05, Hutto & Gilbert 2014), so that a step theme in a
    /// flat, factual clause (`mon remboursement, j'ai appelé trois fois`) never yields to a contact.
    static let praiseFloor = 0.05

    init(journey: Journey) {
        self.journey = journey
        var themes: [String: (index: Int, isContact: Bool)] = [:]
        var channels: [Channel: Int] = [:]
        var fallbacks: [String: Int] = [:]
        for (index, touchpoint) in journey.touchpoints.enumerated() {
            for theme in touchpoint.themes where !touchpoint.fallbackThemes.contains(theme) {
                themes[theme] = (index, touchpoint.contactThemes.contains(theme))
            }
            for theme in touchpoint.fallbackThemes { fallbacks[theme] = index }
            for channel in touchpoint.channels { channels[channel] = index }
        }
        touchpointOfTheme = themes
        touchpointOfChannel = channels
        touchpointOfFallback = fallbacks
        contactTouchpoints = Set(
            journey.touchpoints.filter { !$0.themes.isEmpty && $0.themes.allSatisfy($0.contactThemes.contains) }
                .map(\.id))
    }

    /// True when `themes` name no journey step and filed their verbatim at `touchpoint` as a contact
    /// channel only (`j'ai appelé lundi`, `I've just emailed it`).
    func isContactOnly(touchpoint: String, themes: [ThemeMention]) -> Bool {
        contactTouchpoints.contains(touchpoint) && !themes.contains { isStep($0.theme) }
    }

    /// The touchpoint id for a verbatim with these text and context themes.
    func touchpoint(hint: String?, themes: [ThemeMention], contextThemes: [ThemeMention], channel: Channel?) -> String {
        resolve(hint: hint, themes: themes, contextThemes: contextThemes, channel: channel).touchpoint
    }

    /// True when `theme` files a verbatim as a journey step (not a contact channel, not out of scope).
    func isStep(_ theme: String) -> Bool {
        touchpointOfTheme[theme].map { !$0.isContact } ?? false
    }

    /// The touchpoint id and the rule that decided it (`Placement`), so that the conversation
    /// context knows which turns placed themselves without re-deriving this order. `conceded`
    /// themes (`Concession`: granted before a contrast whose part argues for another step) are set
    /// aside in rule 2.
    func resolve(
        hint: String?, themes: [ThemeMention], contextThemes: [ThemeMention], channel: Channel?,
        conceded: Set<String> = []
    ) -> (touchpoint: String, placement: Placement) {
        if let hint, let touchpoint = journey.touchpoint(forHint: hint) { return (touchpoint.id, .hint) }
        let argued = conceded.isEmpty ? themes : themes.filter { !conceded.contains($0.theme) }
        if let (index, placement) = placement(themes: argued, contextThemes: contextThemes) {
            return (journey.touchpoints[index].id, placement)
        }
        if let channel, let index = touchpointOfChannel[channel] { return (journey.touchpoints[index].id, .channel) }
        // A fallback is a default too (`.channel`): nothing of the text names what it is about, so in
        // a conversation the turn follows its subject.
        if let index = (themes + contextThemes).lazy.compactMap({ touchpointOfFallback[$0.theme] }).first {
            return (journey.touchpoints[index].id, .channel)
        }
        return (Journey.otherTouchpoint, .channel)
    }

    /// The touchpoint index the themes decide, per rules 2 to 4, and whether the text's themes or
    /// only the context's did; nil when no theme is filed.
    private func placement(themes: [ThemeMention], contextThemes: [ThemeMention]) -> (Int, Placement)? {
        if let step = strongest(themes, contact: false) {
            if step.leastSentiment >= Self.praiseFloor, let contact = strongest(themes, contact: true),
                contact.sentiment <= -Self.praiseFloor
            {
                return (contact.index, .text)
            }
            return (step.index, .text)
        }
        if let step = strongest(contextThemes, contact: false) { return (step.index, .context) }
        if let contact = strongest(themes, contact: true) { return (contact.index, .text) }
        return strongest(contextThemes, contact: true).map { ($0.index, .context) }
    }

    /// The theme that decides among the step (or contact) themes of `mentions`: the most negative,
    /// else the most positive, ties to the one mentioned first (`mentions` are in order of first
    /// mention: the topic comes before its circumstances, Lambrecht 1994 on topic–comment, as in
    /// `AspectScorer`); with the least sentiment among them.
    private func strongest(
        _ mentions: [ThemeMention], contact: Bool
    ) -> (index: Int, sentiment: Double, leastSentiment: Double)? {
        var best: (negative: Bool, strength: Double, index: Int, sentiment: Double)?
        var least = Double.infinity
        for mention in mentions {
            guard let (index, isContact) = touchpointOfTheme[mention.theme], isContact == contact else { continue }
            least = min(least, mention.sentiment)
            let candidate = (
                negative: mention.sentiment < 0, strength: abs(mention.sentiment), index: index,
                sentiment: mention.sentiment
            )
            guard let current = best else {
                best = candidate
                continue
            }
            if (candidate.negative && !current.negative)
                || (candidate.negative == current.negative && candidate.strength > current.strength)
            {
                best = candidate
            }
        }
        return best.map { (index: $0.index, sentiment: $0.sentiment, leastSentiment: least) }
    }
}
