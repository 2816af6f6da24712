import Lexicons
import TextProcessing

extension ScoringScratch.Notes {
    /// A courtesy formula, which carries no opinion (`merci d'avance`, `best regards`).
    public static let courtesy = Self(rawValue: 1 << 28)
}

/// Courtesy formulas carry no opinion: greetings, thanks in advance, sign-offs and wishes (`Merci
/// d'avance`, `Cordialement`, `Best regards`, `Bonne journée`, `Have a nice day`) are the ritual
/// frame of a letter (Kerbrat-Orecchioni, *Les actes de langage dans le discours*, 2001, on
/// « rituels » of opening and closing), written the same whether the customer is pleased or not. Their
/// praise words (`merci`, `bonne`, `best`) made complaint e-mails positive; the rule silences them:
/// - `thanks` + `advance` within three words (`merci par avance`, `thanks in advance`), with the
///   `help` word that may follow it (`thanks in advance for your help`);
/// - a `closing` (`cordialement`, `regards`) and the praise word just before it (`best regards`);
/// - praise just before a `day` or time unit when only `wishing` words precede it in its clause
///   (`je vous souhaite une bonne journée`, `have a nice day`; not `we had a great day`);
/// - a `greeting` opening its sentence (`Chère Madame`);
/// - `thanks` + `help` (`merci de votre aide`, `thanks for your help`) only after a complaint: then
///   it asks for help; elsewhere it is genuine thanks.
/// - a discourse `marker` opening a clause before thanks (`bon merci quand même`, `well thanks
///   anyway`): the marker is no praise, and the thanks keep their own reading;
/// - `merci de` + an infinitive (`merci de me rappeler`): a polite request, no thanks.
///
/// Word list: `implicit-complaints.tsv`.
enum Courtesy {
    /// True when the text has the words of a formula (`found`: its tokens' kinds).
    static func mayApply(_ found: ImplicitKinds) -> Bool {
        !found.isDisjoint(with: [.closing, .greeting]) || found.isSuperset(of: [.thanks, .advance])
            || found.isSuperset(of: [.thanks, .marker]) || found.isSuperset(of: [.thanks, .link])
            || (!found.isDisjoint(with: [.wishing, .then]) && !found.isDisjoint(with: [.day, .unit, .long]))
    }

    /// Silences the formulas that are courtesy wherever they are.
    static func silenceFormulas(_ context: RuleContext) {
        for c in context.clauses.indices {
            let range = context.clauses[c].first..<context.clauses[c].end
            for k in range {
                let kinds = context.kinds(k)
                if kinds.contains(.marker) && k == range.lowerBound { silenceMarkers(from: k, in: range, context) }
                if kinds.isDisjoint(with: [.thanks, .closing, .day, .unit, .long, .greeting]) { continue }
                if kinds.contains(.thanks), let verb = request(after: k, in: range, context) {
                    // `bien` in `merci de bien vouloir` is the formula's, no praise either.
                    silence(k...(verb - 1), context)
                }
                if kinds.contains(.thanks), let end = find(.advance, after: k, in: range, context) {
                    // `… for your help` after it is the same request.
                    silence(k...(find(.help, after: end, in: range, context) ?? end), context)
                }
                if kinds.contains(.closing) { silence(max(range.lowerBound, k - 1)...k, context) }
                if !kinds.isDisjoint(with: [.day, .unit, .long]),
                    let praise = wishedPraise(before: k, in: range, context)
                {
                    silence(praise...k, context)
                }
                if kinds.contains(.greeting) && opensSentence(k, c, context) {
                    let next = context.kinds(k + 1, in: range).contains(.greeting)
                    if next || context.items[k].contribution > 0 { silence(k...k, context) }
                }
            }
        }
    }

    /// Silences `thanks` + `help` after a complaint: the letter's closing request, not thanks for
    /// help received (`Thanks for your help in DC!` opening a message stays praise).
    static func silenceHelpThanks(_ context: RuleContext) {
        guard let complaint = context.items.indices.first(where: { context.items[$0].contribution < 0 }) else {
            return
        }
        for c in context.clauses.indices where context.clauses[c].first > complaint {
            let range = context.clauses[c].first..<context.clauses[c].end
            for k in range where context.kinds(k).contains(.thanks) && context.items[k].contribution > 0 {
                if let end = find(.help, after: k, in: range, context) { silence(k...end, context) }
            }
        }
    }

    /// Silences the thanks that follow a stated failure or churn fact with no praise between them
    /// (`il manque un article dans ma commande. Merci`, `my card keeps being declined, thanks`,
    /// `merci de me le renvoyer`): they close a report of what went wrong, the ritual closing of a
    /// request (Kerbrat-Orecchioni, 2001), and thank for nothing that happened. Praise after the fact
    /// (`carte refusée, mais le SAV a été super, merci`) is the customer's verdict, and the thanks
    /// after it keep their reading; thanks before the fact are `Sarcasm`'s (`merci pour rien`).
    static func silenceClosingThanks(_ context: RuleContext) {
        let facts: ScoringScratch.Notes = [.statedFailure, .churn, .brokenPromise]
        guard let fact = context.items.indices.first(where: { !context.items[$0].notes.isDisjoint(with: facts) })
        else { return }
        for k in (fact + 1)..<context.items.count where context.items[k].contribution > 0 {
            // `thank you`, `merci beaucoup`: an expression that opens with thanks.
            guard context.firstTokenKinds(k).contains(.thanks) else {
                if ImplicitComplaint.isOpinion(k, context) { return }
                continue
            }
            silence(k...k, context)
        }
    }

    /// Silences the discourse markers that open a clause from `k` when thanks follow them (`bon
    /// merci quand même`, `bon ben merci`, `well thanks anyway`): there `bon`, `well` mark a turn
    /// of talk, here a resigned close, not praise (Schiffrin, *Discourse Markers*, 1987, on `well`;
    /// `bon` is its French counterpart). The thanks may open a phrase (`merci quand même`): its
    /// first token is read.
    private static func silenceMarkers(from k: Int, in range: Range<Int>, _ context: RuleContext) {
        var next = k + 1
        while range.contains(next) && context.kinds(next).contains(.marker) { next += 1 }
        guard range.contains(next) else { return }
        guard context.firstTokenKinds(next).contains(.thanks) else { return }
        silence(k...(next - 1), context)
    }

    /// The infinitive after the thanks at `k` when they open a polite request: `merci de` + an
    /// infinitive (`Merci de procéder au remboursement`, `merci de me rappeler`, `merci de bien
    /// vouloir …`), the French letter's imperative (Grevisse, *Le Bon Usage*, on « merci de » +
    /// infinitive as a request), which thanks for nothing yet done. Up to two short words (four
    /// letters at most: the unstressed pronouns `me`, `le`, `nous`, `vous`, and `bien`, `ne`, `pas`)
    /// or a negator may come before the infinitive; a longer word that is none ends the search
    /// (`merci de la rapidité`), and thanks for something done or given keep their reading (`merci
    /// d'avoir répondu`, `merci de votre retour`: kind `thanked`). Short words are told by length,
    /// not listed: as lexicon words, the commonest of French would cost every text a look-up role.
    private static func request(after k: Int, in range: Range<Int>, _ context: RuleContext) -> Int? {
        // `de`, `d'`, not `à` (`merci à Pierre` thanks a person): the link word that starts with `d`.
        guard context.kinds(k + 1, in: range).contains(.link), context.key(k + 1).first == 0x64 else { return nil }
        for verb in (k + 2)...(k + 4) {
            guard range.contains(verb), context.items[verb].kind != .punctuation,
                !context.kinds(verb).contains(.thanked)
            else { return nil }
            let key = context.key(verb)
            if isInfinitive(key) { return verb }
            if key.count > 4 && context.items[verb].entry.negator == 0 { return nil }
        }
        return nil
    }

    /// A French infinitive's ending (`-er`, `-ir`, `-re`, which `-oir` ends with too), on a word of
    /// four letters or more.
    private static func isInfinitive(_ key: BufferView<UInt8>) -> Bool {
        let n = key.count
        guard n >= 4 else { return false }
        let last = key[n - 1]
        let before = key[n - 2]
        return (last == 0x72 && (before == 0x65 || before == 0x69)) || (last == 0x65 && before == 0x72)
    }

    /// The first item of `kind` among the three after `k` in `range`.
    private static func find(_ kind: ImplicitKinds, after k: Int, in range: Range<Int>, _ context: RuleContext)
        -> Int?
    {
        ((k + 1)...(k + 3)).first { context.kinds($0, in: range).contains(kind) }
    }

    /// The praise word just before the day word `k` when only wishing words, articles and
    /// intensifiers come before it in its clause (`je vous souhaite une très bonne journée`; not
    /// `Happy Father's Day`, whose day is named).
    ///
    /// The praise word must be a wish's own (`bonne`, `good`: kind `wishing`) or follow a wishing
    /// word (`have a great day`): `Très belle soirée.`, `Lovely evening.` open a review.
    private static func wishedPraise(before k: Int, in range: Range<Int>, _ context: RuleContext) -> Int? {
        let praise = k - 1
        guard range.contains(praise), context.items[praise].contribution > 0 else { return nil }
        var wished = context.kinds(praise).contains(.wishing)
        for j in range.lowerBound..<praise where context.items[j].kind != .punctuation {
            if context.items[j].entry.boost != 0 { continue }
            let kinds = context.kinds(j)
            // `et`, `and` (`then`) open a wish as a wishing word does (`… et bonne journée`).
            if kinds.isDisjoint(with: [.wishing, .article, .then]) { return nil }
            if !kinds.isDisjoint(with: [.wishing, .then]) { wished = true }
        }
        return wished ? praise : nil
    }

    /// True when item `k` is the first word of its sentence.
    private static func opensSentence(_ k: Int, _ c: Int, _ context: RuleContext) -> Bool {
        var first = c
        while first > 0 && context.clauses[first - 1].sentence == context.clauses[c].sentence { first -= 1 }
        let start = context.clauses[first].first
        return !(start..<k).contains { context.items[$0].kind != .punctuation }
    }

    /// Zeroes the contributions of `items`, noting the formula.
    private static func silence(_ items: ClosedRange<Int>, _ context: RuleContext) {
        for k in items where context.items[k].contribution != 0 {
            ImplicitComplaint.set(k, 0, .courtesy, context)
        }
    }

    /// `explain`'s words for `courtesy`.
    static func explain(_ item: ScoringScratch.Item) -> String? {
        item.notes.contains(.courtesy) ? "courtesy formula: no opinion" : nil
    }
}
