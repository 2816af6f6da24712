/// Every tunable of the scorer, with where it comes from.
///
/// The rule shapes follow VADER (Hutto & Gilbert, "VADER: A Parsimonious Rule-based Model for
/// Sentiment Analysis of Social Media Text", ICWSM 2014), whose constants were set from human
/// judgements; the French rules (two-part negation, spoken negation, `trop`) follow standard French
/// grammar (Grevisse, *Le Bon Usage*, negation chapter). Constants marked "Verbatim" are ours, set
/// from the meaning of the scale, not fitted to any data set.
public enum SentimentRules {
    /// Multiplier of a negated valence (VADER `N_SCALAR` = -0.74: "not good" is about as negative as
    /// "bad" is, but weaker than the opposite extreme).
    public static let negationFactor: Float = -0.74
    /// Multiplier of a partially negated valence (`peu aimable`, `moins cher`, `hardly`): the
    /// polarity flips and the strength halves (Verbatim; VADER treats these as dampeners of -0.293
    /// on a ~2 valence, i.e. about half).
    public static let partialNegationFactor: Float = -0.5
    /// How many words after a negator its scope reaches (VADER checks the three words before a
    /// sentiment word).
    public static let negationWindow = 3
    /// How many words after `ne` its closing particle (`pas`, `plus`, `que`…) may come (French puts
    /// at most a verb, clitics and an auxiliary between them: "ne me l'a pas").
    public static let particleWindow = 6
    /// Decay of an intensifier's boost with its distance to the word (VADER: 1, 0.95, 0.9).
    public static let boostDecay: [Float] = [1.0, 0.95, 0.9]
    /// `boostDecay[distance]` without the array (read for every word with a valence: a global
    /// array costs a lazy-initialisation check and a retain there).
    @inline(__always) static func boostDecay(at distance: Int) -> Float {
        distance == 0 ? 1.0 : distance == 1 ? 0.95 : 0.9
    }
    /// `boostDecay.count`.
    static let boostDecayReach = 3
    /// Added to the magnitude of a word in ALL CAPS when the text is not all caps (VADER `C_INCR`).
    public static let capsBoost: Float = 0.733
    /// Added to the magnitude of a word with repeated letters (`nuuul`): like one intensifier
    /// (VADER `B_INCR` = 0.293).
    public static let elongationBoost: Float = 0.293
    /// Added per `!` (up to four) to a clause's magnitude (VADER's exclamation amplifier).
    public static let exclamationBoost: Float = 0.292
    /// Most `!` that count.
    public static let maxExclamations = 4
    /// Valence given to "too X" when X is bad in excess (`trop cher`, `too slow`): as negative as a
    /// clear complaint word, ±1.5 on the -4…+4 scale (Verbatim).
    public static let excessPenalty: Float = 1.5
    /// Boost of `trop`/`too` before a positive word (`trop bien`, spoken French intensifier).
    public static let excessAsIntensifier: Float = 0.4
    /// Clause weights around `but`/`mais` (VADER: 0.5 before, 1.5 after).
    public static let beforeContrastWeight = 0.5
    /// See `beforeContrastWeight`.
    public static let afterContrastWeight = 1.5
    /// Multiplier of positive valence in a hypothesis (`si vous cherchez un bon restaurant`, `if you
    /// want a great camera`): a hypothesis about something good does not assert it. SO-CAL
    /// (Taboada et al. 2011) blocks sentiment in such "irrealis" contexts; we follow it for praise.
    public static let conditionalFactor: Float = 0
    /// Multiplier of positive valence after a modal or hedge (`this might be the best`, `I would buy
    /// it again`, `c'est peut-être le meilleur`): the marker lowers the speaker's commitment without
    /// cancelling it, so praise is halved like a complaint (`irrealisNegativeFactor`; Verbatim:
    /// reviews hedge their praise far more often than they imagine it).
    public static let hedgeFactor: Float = 0.5
    /// Multiplier of negative valence in a conditional or a question: customers' questions about a
    /// problem report it (`pourquoi personne ne répond ?`), so complaints are halved, not blocked
    /// (Verbatim, from customer-service usage).
    public static let irrealisNegativeFactor: Float = 0.5
    /// Multiplier of positive valence in a wish or regret (`j'aurais aimé un accueil plus chaleureux`):
    /// the praise names what was missing (Verbatim: reversed, halved).
    public static let wishFactor: Float = -0.5
    /// Multiplier of positive valence in a question (`le produit est-il bon ?`): a question about
    /// something good does not assert it (SO-CAL's irrealis blocking, Taboada et al. 2011).
    public static let questionFactor: Float = 0
    /// Weight of negative contributions: people use positive words more freely than negative ones
    /// (the "positivity bias", Boucher & Osgood 1969), so a lexicon scorer under-reads complaints;
    /// SO-CAL (Taboada et al., "Lexicon-Based Methods for Sentiment Analysis", Computational
    /// Linguistics 37(2), 2011) weighs negative expressions ×1.5 for that reason. We use its value.
    public static let negativeWeight: Float = 1.5
    /// Weight of the opening and closing sentences of a text of three sentences or more: reviews and
    /// e-mails state their verdict there (a review's first line is its title; Taboada & Grieve,
    /// "Analyzing Appraisal Automatically", AAAI Spring Symposium 2004, found the end of a review
    /// the most telling and weighted it up). Verbatim uses 1.5, the weight of a clause after `but`.
    public static let edgeSentenceWeight = 1.5
    /// Fewest sentences for `edgeSentenceWeight` to apply.
    public static let edgeSentenceMinimum = 3
    /// VADER's normalisation constant: score = x / sqrt(x² + alpha).
    public static let normalisationAlpha = 15.0
    /// |score| below this is neutral: VADER's published threshold (compound ±0.05, Hutto & Gilbert
    /// 2014, and the vaderSentiment README).
    public static let neutralBand = 0.05
    /// A verbatim is `mixed` when both its positive and its negative weighted clause mass reach this
    /// (one clear word each, ±1 on the scale) …
    public static let mixedMinimumMass = 1.0
    /// … and the weaker side is at least this fraction of the stronger one (Verbatim).
    public static let mixedBalance = 0.8
    /// Scales an explicit rating is read on (`x/5`, `x/10`, `x/20` French school marks, `x/100`).
    public static let ratingScales: [Double] = [5, 10, 20, 100]
    /// The rating (as a fraction of its scale) that reads as neutral: 3 of 5 stars, the middle
    /// of the usual 1–5 star scale, is the conventional "average" verdict (Verbatim).
    public static let ratingMidpoint = 0.6
    /// Valence per unit of rating fraction away from the midpoint: 5/5 and 1/5 reach ±3, a strong
    /// word on the -4…+4 scale, 4/5 and 2/5 ±1.5 (Verbatim, from the meaning of the scale).
    public static let ratingSlope = 7.5
    /// Largest valence of a rating.
    public static let ratingCap = 3.0
}

extension SentimentRules {
    /// Valence of a failure stated as a fact with no opinion word (`ImplicitComplaint`: `ma carte est
    /// rejetée`, `toujours rien`): that of a feature that does not do its job in `failures.tsv`
    /// (Verbatim).
    public static let statedFailureValence: Float = -1.5
    /// Valence of a wait or a repetition stated as a fact (`depuis une semaine`, `called 3 times`):
    /// that of `depuis 0 semaines` in `cx-expressions.tsv`, weaker than a failure (Verbatim).
    public static let waitingValence: Float = -1.2
    /// Valence of an intent to leave (`plus jamais`, `je résilie`): that of `aller voir ailleurs` in
    /// `cx-expressions.tsv` (Verbatim).
    public static let churnValence: Float = -2.0
}
