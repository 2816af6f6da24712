import Foundation
import Tagging
import VerbatimModel

/// The e-mail threads of a run, whose messages may lie in several files (a Maildir holds one message
/// per file, in no thread order), so that a follow-up with no theme of its own ("Toujours rien ?")
/// is filed under its whole thread's subject (`ConversationContext`).
///
/// Why this shape: units are consumed one by one in path order and a thread is known whole only
/// when every unit is read. A message that places itself is counted and written at once; only its
/// themes are kept, under its thread. A message that nothing of its own places waits, as the one
/// analysed record the run already had (its early-encoded row is dropped, not kept beside it), and
/// is counted and written after the last unit, placed by its thread. Only a reply waits (a message
/// naming another in `References` or `In-Reply-To`): a thread's first message has nothing earlier
/// to take a subject from, and most messages of a mailbox are such lone first messages. Chats and
/// survey responses, whose turns are all in one unit, are placed in their unit's task instead.
/// The waiting messages come out in the order they came, so the result is the same whatever the
/// thread count; their `verbatims.csv` rows follow those of the last unit.
///
/// Memory (issue 17): both what waits and the themes of every thread would grow with the mailbox
/// (a tenth of a 1 GB run's heap), so both go to `SpillFile`s in the staging folder: the waiting
/// records whole (the unit archive's record codec, which reads back every field exactly), the
/// themes as (thread key, placement, mentions). Only the thread keys of the waiting replies stay
/// in memory (8 bytes each); `release` rebuilds the subjects of those threads alone.
///
/// A thread's subject is its customer's: a message takes the subject of the messages its own sender
/// wrote in the thread. A thread key reused by unrelated senders (a mailer that stamps one
/// `Message-ID` on every message, copies of one template) then joins nothing, while a customer's
/// own thread, the usual case, is whole.
struct MailThreads {
    /// The spills' names in the staging folder (hidden: never reports).
    static let waitingName = ".replies.spill"
    static let mentionsName = ".threads.spill"

    /// The subject keys of the waiting replies.
    private var waitingKeys: Set<UInt64> = []
    /// Theme-less replies, in the order they came.
    private var waiting: SpillFile?
    /// The themes each self-placed message adds to its thread's subject, in the order they came.
    private var mentions: SpillFile?

    /// `record` when it can be counted now; `nil` when it waits for its thread (`release`). The
    /// spills start in `folder` when first needed.
    mutating func offer(_ record: AnalysedVerbatim, folder: URL) throws -> AnalysedVerbatim? {
        guard record.verbatim.channel == .email, let thread = record.verbatim.conversation else { return record }
        let key = Self.key(thread, of: record)
        if record.placement == .channel && record.verbatim.isReply {
            let spill = try waiting ?? SpillFile(folder: folder, name: Self.waitingName)
            waiting = spill
            try spill.append { $0.record(record) }
            waitingKeys.insert(key)
            return nil
        }
        // Only a turn placed by its words or its context adds to a subject (`ConversationSubject.add`).
        guard record.placement == .text || record.placement == .context, !record.themes.isEmpty else { return record }
        let spill = try mentions ?? SpillFile(folder: folder, name: Self.mentionsName)
        mentions = spill
        try spill.append { writer in
            writer.word(key)
            writer.bool(record.placement == .text)
            writer.array(record.themes) {
                $0.string($1.theme)
                $0.double($1.sentiment)
            }
        }
        return record
    }

    /// Hands the waiting messages to `body`, in the order they came, each placed by its thread's
    /// subject; removes the spills.
    mutating func release(_ context: ConversationContext, _ body: (AnalysedVerbatim) throws -> Void) throws {
        defer { self = MailThreads() }
        guard let waiting else { return }
        var subjects: [UInt64: ConversationSubject] = [:]
        let keys = waitingKeys
        try mentions?.replay(Self.mention) { mention in
            guard keys.contains(mention.key) else { return }
            subjects[mention.key, default: ConversationSubject()].add(mention.themes, placement: mention.placement)
        }
        mentions?.remove()
        try waiting.replay(Self.record) { record in
            let subject = record.verbatim.conversation.flatMap { subjects[Self.key($0, of: record)] }
            try body(context.place(record, in: subject.flatMap(context.touchpoint(of:))))
        }
        waiting.remove()
    }

    private static func record(_ reader: inout ArchiveReader) throws(UnitArchive.DecodingError) -> AnalysedVerbatim {
        try reader.record()
    }

    /// A spilled subject entry: the thread key, the turn's placement and its themes (what
    /// `ConversationSubject.add` reads of a turn).
    private static func mention(
        _ reader: inout ArchiveReader
    ) throws(UnitArchive.DecodingError) -> (key: UInt64, placement: Placement, themes: [ThemeMention]) {
        let key = try reader.word()
        let placement: Placement = try reader.bool() ? .text : .context
        let themes = try reader.array(minimumSize: 9) { reader throws(UnitArchive.DecodingError) in
            ThemeMention(theme: try reader.string(), sentiment: try reader.double())
        }
        return (key, placement, themes)
    }

    /// The key of `record`'s subject: its thread and its sender.
    private static func key(_ thread: String, of record: AnalysedVerbatim) -> UInt64 {
        // FNV-1a runs byte by byte: the hash of `thread + "\u{1F}" + customer`, with no string built.
        let seed = StableHash.value(of: "\u{1F}", seed: StableHash.value(of: thread))
        return StableHash.value(of: record.verbatim.customer ?? "", seed: seed)
    }
}
