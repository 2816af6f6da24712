import Lexicons
import VerbatimModel

/// Decides the touchpoint a verbatim is filed under.
///
/// In order, the first that applies:
/// 1. the input's own step (`touchpointHint`, a survey's step column) when it names a touchpoint:
///    the customer answered about that step, whatever words they used;
/// 2. the themes of the text: the most negative theme's touchpoint, or when no theme is negative
///    the most positive one's: a verbatim is filed where it hurts most, and praise where it is
///    strongest; equal scores go to the earliest touchpoint of the journey, because an upstream
///    failure (a late parcel) usually causes the downstream one (a call to customer service);
/// 3. the same rule over themes found only in the context (email subject, review title), which
///    weigh less than the customer's own words;
/// 4. the journey's default touchpoint for the channel (`channels` column), when there is one (a
///    bare text scored by `verbatim score` has no channel);
/// 5. `other`.
struct TouchpointResolver: Sendable {
    let journey: Journey
    private let touchpointOfTheme: [String: Int]
    private let touchpointOfChannel: [Channel: Int]

    init(journey: Journey) {
        self.journey = journey
        var themes: [String: Int] = [:]
        var channels: [Channel: Int] = [:]
        for (index, touchpoint) in journey.touchpoints.enumerated() {
            for theme in touchpoint.themes { themes[theme] = index }
            for channel in touchpoint.channels { channels[channel] = index }
        }
        touchpointOfTheme = themes
        touchpointOfChannel = channels
    }

    /// The touchpoint id for a verbatim with these text and context themes.
    func touchpoint(hint: String?, themes: [ThemeMention], contextThemes: [ThemeMention], channel: Channel?) -> String {
        if let hint, let touchpoint = journey.touchpoint(forHint: hint) { return touchpoint.id }
        if let index = strongest(themes) ?? strongest(contextThemes) { return journey.touchpoints[index].id }
        if let channel, let index = touchpointOfChannel[channel] { return journey.touchpoints[index].id }
        return Journey.otherTouchpoint
    }

    /// The touchpoint index of the theme that decides, per rule 2.
    private func strongest(_ themes: [ThemeMention]) -> Int? {
        var best: (negative: Bool, strength: Double, index: Int)?
        for mention in themes {
            guard let index = touchpointOfTheme[mention.theme] else { continue }
            let candidate = (negative: mention.sentiment < 0, strength: abs(mention.sentiment), index: index)
            guard let current = best else {
                best = candidate
                continue
            }
            if (candidate.negative && !current.negative)
                || (candidate.negative == current.negative
                    && (candidate.strength > current.strength
                        || candidate.strength == current.strength && candidate.index < current.index))
            {
                best = candidate
            }
        }
        return best?.index
    }
}
