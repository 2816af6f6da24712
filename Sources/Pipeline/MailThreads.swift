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
/// to take a subject from, and most messages of a mailbox are such lone first messages. Memory so
/// grows with the run's theme-less replies and a few theme mentions per thread; chats and
/// survey responses, whose turns are all in one unit, are placed in their unit's task instead.
/// The waiting messages come out in the order they came, so the result is the same whatever the
/// thread count; their `verbatims.csv` rows follow those of the last unit.
///
/// A thread's subject is its customer's: a message takes the subject of the messages its own sender
/// wrote in the thread. A thread key reused by unrelated senders (a mailer that stamps one
/// `Message-ID` on every message, copies of one template) then joins nothing, while a customer's
/// own thread, the usual case, is whole.
struct MailThreads {
    /// Each thread's subject so far, by the stable hash of its key and its customer.
    private var subjects: [UInt64: ConversationSubject] = [:]
    /// Theme-less replies, in the order they came.
    private var waiting: [AnalysedVerbatim] = []

    /// `record` when it can be counted now; `nil` when it waits for its thread (`release`).
    mutating func offer(_ record: AnalysedVerbatim) -> AnalysedVerbatim? {
        guard record.verbatim.channel == .email, let key = record.verbatim.conversation else { return record }
        if record.placement == .channel && record.verbatim.isReply {
            waiting.append(record)
            return nil
        }
        subjects[Self.key(key, of: record), default: ConversationSubject()].add(record)
        return record
    }

    /// The waiting messages, in the order they came, each placed by its thread's subject; empties
    /// the buffer.
    mutating func release(_ context: ConversationContext) -> [AnalysedVerbatim] {
        let released = waiting.map { record in
            let subject = record.verbatim.conversation.flatMap { subjects[Self.key($0, of: record)] }
            return context.place(record, in: subject.flatMap(context.touchpoint(of:)))
        }
        waiting = []
        subjects = [:]
        return released
    }

    /// The key of `record`'s subject: its thread and its sender.
    private static func key(_ thread: String, of record: AnalysedVerbatim) -> UInt64 {
        // FNV-1a runs byte by byte: the hash of `thread + "\u{1F}" + customer`, with no string built.
        let seed = StableHash.value(of: "\u{1F}", seed: StableHash.value(of: thread))
        return StableHash.value(of: record.verbatim.customer ?? "", seed: seed)
    }
}
