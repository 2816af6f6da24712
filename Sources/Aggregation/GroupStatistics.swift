public import VerbatimModel

/// Running measures of one group of verbatims (a touchpoint, or a touchpoint × theme cell).
///
/// Built by adding analysed verbatims one by one in a stable order, so memory does not grow with the
/// corpus (only the few example candidates are kept) and the result is the same whatever the thread
/// count that produced the records.
public struct GroupStatistics: Sendable {
    /// Verbatims with text.
    public private(set) var count = 0
    public private(set) var positive = 0
    public private(set) var negative = 0
    public private(set) var neutral = 0
    public private(set) var mixed = 0
    public private(set) var sentimentSum = 0.0
    /// NPS answers, including survey responses that left no comment.
    public private(set) var nps = NPSTally()
    /// CSAT answers on 1–5 and how many were 4 or 5.
    public private(set) var csatCount = 0
    public private(set) var csatSatisfied = 0
    /// CES answers, summed on a 1–7 equivalent, and how many were on the easy side.
    public private(set) var cesCount = 0
    public private(set) var cesSum7 = 0.0
    public private(set) var cesEasy = 0
    /// Verbatims carrying each CX signal.
    public private(set) var signalCounts: [String: Int] = [:]
    /// Distinct people (`PersonDirectory`) who wrote the group's verbatims, and those of them who
    /// used two channels or more on it; set once people are known (touchpoint groups only).
    public private(set) var people = 0
    public private(set) var multiChannelPeople = 0
    /// Mentions of each theme, and how many of them were negative.
    public private(set) var themeMentions: [String: Int] = [:]
    public private(set) var themeNegative: [String: Int] = [:]
    /// Verbatims showing each emotion.
    public private(set) var emotionCounts: [Emotion: Int] = [:]
    /// The most negative and the most positive quotable verbatims seen so far.
    public private(set) var negativeExamples = ExampleShortlist(capacity: 2, preferNegative: true)
    public private(set) var positiveExamples = ExampleShortlist(capacity: 2, preferNegative: false)

    /// A theme or sentiment counts as negative below this score; VADER's ±0.05 compound threshold
    /// (Hutto & Gilbert 2014), which the scorer's labels also use.
    public static let negativeThreshold = -0.05

    /// The conversation whose scores were counted last: a survey response gives one verbatim per
    /// answered question, each carrying the response's scores, and they arrive one after the other
    /// (records come sorted by source), so its scores count once per group.
    private var lastScoredConversation: String?

    public init() {}

    /// Adds one analysed verbatim. Verbatims without text (a survey response with scores only)
    /// count for the survey metrics only; the scores of several verbatims of one response (same
    /// `conversation`, in a row) count once.
    public mutating func add(_ record: AnalysedVerbatim) {
        add(record, aspect: nil)
    }

    /// Adds `record` to a touchpoint × theme cell: it counts as `record.aspect(mention)` reads
    /// (the sentiment of the clause naming the theme, the theme alone), without copying the record
    /// for every theme it names: the aggregation step runs on one thread, in the run's order.
    public mutating func add(_ record: AnalysedVerbatim, aspect mention: ThemeMention?) {
        let conversation = record.verbatim.conversation
        let sameResponse = conversation != nil && conversation == lastScoredConversation
        lastScoredConversation = conversation
        if !sameResponse { addScores(record.verbatim.scores) }
        guard !record.verbatim.text.isEmpty else { return }
        addText(record, aspect: mention)
    }

    /// Counts `signal` on one more verbatim with text of the group: a signal known only once every
    /// record is consumed (`repeat-contact` and `channel-switch` depend on the whole run's people).
    public mutating func addLateSignal(_ signal: String) {
        signalCounts[signal, default: 0] += 1
    }

    /// Sets the group's people counts.
    public mutating func setPeople(_ people: Int, multiChannel: Int) {
        self.people = people
        multiChannelPeople = multiChannel
    }

    /// Share of the group's people who used two channels or more on it, 0…1.
    public var multiChannelShare: Double? { people > 0 ? Double(multiChannelPeople) / Double(people) : nil }

    /// The label of a theme's clause score: the scorer's thresholds, without `mixed` (one clause).
    public static func aspectLabel(for score: Double) -> SentimentLabel {
        if score < negativeThreshold { return .negative }
        if score > -negativeThreshold { return .positive }
        return .neutral
    }

    private mutating func addScores(_ scores: SurveyScores) {
        if let answer = scores.nps { nps.add(answer) }
        if let answer = scores.csat, (1...5).contains(answer) {
            csatCount += 1
            // CSAT = share of 4–5 on a 5-point scale ("top-two box").
            if answer >= 4 { csatSatisfied += 1 }
        }
        if let answer = scores.ces, let scale = scores.cesScale, scale > 1, (1...scale).contains(answer) {
            cesCount += 1
            cesSum7 += 1 + Double(answer - 1) * 6 / Double(scale - 1)
            // Easy = the top of the agreement scale: 5–7 of 7 (Gartner CES 2.0 "% agree"), 4–5 of 5.
            if answer >= (scale == 7 ? 5 : scale - 1) { cesEasy += 1 }
        }
    }

    private mutating func addText(_ record: AnalysedVerbatim, aspect: ThemeMention?) {
        count += 1
        let score = aspect?.sentiment ?? record.sentiment.score
        sentimentSum += score
        switch aspect.map({ Self.aspectLabel(for: $0.sentiment) }) ?? record.sentiment.label {
        case .positive: positive += 1
        case .negative: negative += 1
        case .neutral: neutral += 1
        case .mixed: mixed += 1
        }
        for signal in record.signals { signalCounts[signal, default: 0] += 1 }
        if let aspect {
            tally(aspect)
        } else {
            for mention in record.themes { tally(mention) }
        }
        for emotion in record.emotions { emotionCounts[emotion.emotion, default: 0] += 1 }
        negativeExamples.offer(record, aspect: aspect)
        positiveExamples.offer(record, aspect: aspect)
    }

    private mutating func tally(_ mention: ThemeMention) {
        themeMentions[mention.theme, default: 0] += 1
        if mention.sentiment < Self.negativeThreshold { themeNegative[mention.theme, default: 0] += 1 }
    }

    public var negativeShare: Double? { count > 0 ? Double(negative) / Double(count) : nil }
    public var positiveShare: Double? { count > 0 ? Double(positive) / Double(count) : nil }
    public var mixedShare: Double? { count > 0 ? Double(mixed) / Double(count) : nil }
    /// Wilson 95 % lower bound of the negative share.
    public var negativeShareLowerBound: Double? { Statistics.wilsonLowerBound(successes: negative, of: count) }
    /// % positive − % negative, in −100…100 (Chattermill's "net sentiment").
    public var netSentiment: Double? { count > 0 ? 100 * Double(positive - negative) / Double(count) : nil }
    public var meanSentiment: Double? { count > 0 ? sentimentSum / Double(count) : nil }
    /// CSAT in %, top-two box.
    public var csat: Double? { csatCount > 0 ? 100 * Double(csatSatisfied) / Double(csatCount) : nil }
    /// Mean CES on the 1–7 scale (5-point answers rescaled linearly), higher is easier.
    public var cesMean: Double? { cesCount > 0 ? cesSum7 / Double(cesCount) : nil }
    /// Share of easy answers in %.
    public var cesEasyShare: Double? { cesCount > 0 ? 100 * Double(cesEasy) / Double(cesCount) : nil }

    /// Themes ranked as irritants: most negative mentions first, then most mentions, then name.
    public func topThemes(_ limit: Int) -> [(theme: String, negative: Int, mentions: Int)] {
        themeMentions.map { (theme: $0.key, negative: themeNegative[$0.key] ?? 0, mentions: $0.value) }
            .sorted { ($1.negative, $1.mentions, $0.theme) < ($0.negative, $0.mentions, $1.theme) }
            .prefix(limit)
            .map { $0 }
    }

    /// The most frequent emotion, ties broken by name.
    public var topEmotion: (emotion: Emotion, count: Int)? {
        emotionCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }.map { ($0.key, $0.value) }
    }

    /// A group "hurts" when its mean sentiment is negative, or at least this share of it is negative:
    /// then its quotes show the pain, even if happy customers are more numerous.
    public static let hurtingShare = 0.25

    /// Representative quotes: the most negative ones where the group hurts, else the most positive.
    public var examples: [AnalysedVerbatim] {
        let hurting = (meanSentiment ?? 0) < 0 || (negativeShare ?? 0) >= Self.hurtingShare
        let chosen = hurting ? negativeExamples.items : positiveExamples.items
        return chosen.isEmpty ? (hurting ? positiveExamples.items : negativeExamples.items) : chosen
    }
}
