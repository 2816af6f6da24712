import Lexicons
import TextProcessing

/// The classes of `implicit-complaints.tsv` a word belongs to, as bits: the implicit-complaint rules
/// (`ImplicitComplaint`, `Sarcasm`, `Courtesy`) match patterns over them (`since` + `unit`, `count` +
/// `times` …). Each word's bits sit in `WordIndex.implicitKinds`, by the record its token already
/// probed, so a text costs one load per token and no extra hash. 64 bits: the 32 of a `UInt32` were
/// all taken when `then` came.
struct ImplicitKinds: OptionSet, Sendable {
    let rawValue: UInt64

    init(rawValue: UInt64) { self.rawValue = rawValue }

    static let fact = Self(rawValue: 1 << 0)
    static let keeps = Self(rawValue: 1 << 1)
    static let link = Self(rawValue: 1 << 2)
    static let still = Self(rawValue: 1 << 3)
    static let nothing = Self(rawValue: 1 << 4)
    static let purpose = Self(rawValue: 1 << 5)
    /// A word after a pattern that undoes it: `pour rien au monde`, `promesse tenue`, `plus jamais
    /// ailleurs`, `colis bloqué … reparti`.
    static let undo = Self(rawValue: 1 << 6)
    static let promise = Self(rawValue: 1 << 7)
    static let asMarker = Self(rawValue: 1 << 8)
    /// A length of time of a week or more: what a step should never take (`trois semaines pour
    /// rembourser`), unlike hours and days (`livré en 2 jours`).
    static let long = Self(rawValue: 1 << 9)
    static let churn = Self(rawValue: 1 << 10)
    static let never = Self(rawValue: 1 << 11)
    static let more = Self(rawValue: 1 << 12)
    static let again = Self(rawValue: 1 << 13)
    static let since = Self(rawValue: 1 << 14)
    static let unit = Self(rawValue: 1 << 15)
    static let later = Self(rawValue: 1 << 16)
    static let only = Self(rawValue: 1 << 17)
    static let count = Self(rawValue: 1 << 18)
    static let article = Self(rawValue: 1 << 19)
    static let times = Self(rawValue: 1 << 20)
    static let ordinal = Self(rawValue: 1 << 21)
    static let twice = Self(rawValue: 1 << 22)
    static let per = Self(rawValue: 1 << 23)
    static let mock = Self(rawValue: 1 << 24)
    static let thanks = Self(rawValue: 1 << 25)
    static let advance = Self(rawValue: 1 << 26)
    static let help = Self(rawValue: 1 << 27)
    static let closing = Self(rawValue: 1 << 28)
    static let day = Self(rawValue: 1 << 29)
    static let wishing = Self(rawValue: 1 << 30)
    static let greeting = Self(rawValue: 1 << 31)
    /// A conjunction that brings in what came of a step (`et`, `puis`, `and`, `then`):
    /// `prévue lundi et rien`.
    static let then = Self(rawValue: 1 << 32)
    /// A discourse marker (`bon`, `ben`, `well`): opening a clause before thanks it is no praise
    /// (`bon merci quand même`, `well thanks anyway`).
    static let marker = Self(rawValue: 1 << 33)
    /// A word after `merci de` that makes it thanks for something given or done (`avoir`, `votre`);
    /// `merci de` + an infinitive is a polite request (`Courtesy`).
    static let thanked = Self(rawValue: 1 << 34)
    /// A verb reporting what the customer was told (`told`, `dit`): with a time, a promise that the
    /// next sentence may belie (`BrokenPromise`).
    static let told = Self(rawValue: 1 << 35)
    /// An adjective that stresses a length of time (`full`, `whole`, `longues`): between a count and
    /// the length it keeps it counted (`a whole week for express shipping`).
    static let whole = Self(rawValue: 1 << 36)
    /// An irony mark (the upside-down face 🙃): the praise of its sentence is not meant (`Sarcasm`).
    static let irony = Self(rawValue: 1 << 37)

    /// The `kind` column's names, in bit order.
    static let names = [
        "fact", "keeps", "link", "still", "nothing", "purpose", "undo", "promise", "as", "long", "churn",
        "never", "more", "again", "since", "unit", "later", "only", "count", "article", "times", "ordinal",
        "twice", "per", "mock", "thanks", "advance", "help", "closing", "day", "wishing", "greeting", "then",
        "marker", "thanked", "told", "whole", "irony",
    ]

    /// The kinds that start a pattern: a text with none of them is left alone after one pass over its
    /// tokens (the others — `pour`, `a`, `de` … — are too common to be worth a look on their own).
    static let anchors: Self = [
        .fact, .keeps, .still, .nothing, .promise, .churn, .never, .since, .unit, .long, .times, .twice, .mock,
        .thanks, .closing, .day, .greeting, .told, .irony,
    ]

    /// A length of time, short (`jours`) or long (`semaines`).
    static let durations: Self = [.unit, .long]

    /// The bit of the kind named `name` (a name of `names`).
    init(name: String) {
        let bit = Self.names.firstIndex(of: name) ?? 0
        self.init(rawValue: UInt64(1) << UInt64(bit))
    }

    /// The word list: one token per term, its kind.
    static let file = WordListFile(name: "implicit-complaints.tsv", columns: ["term", "kind"], kinds: names)

    /// Each row's key with its kind (both languages' rows: a key listed in both gets both kinds).
    static func rows(_ list: WordList) -> [(key: [UInt8], kinds: Self)] {
        list.rows.map { ($0.key, Self(name: $0.kind)) }
    }
}
