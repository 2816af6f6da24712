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
/// is counted and written after the last unit, placed by its thread. Memory so grows with the
/// run's theme-less e-mails and a few theme mentions per thread, never with the rest; chats and
/// survey responses, whose turns are all in one unit, are placed in their unit's task instead.
/// The waiting messages come out in the order they came, so the result is the same whatever the
/// thread count; their `verbatims.csv` rows follow those of the last unit.
struct MailThreads {
    /// Each thread's subject so far, by the thread key's stable hash.
    private var subjects: [UInt64: ConversationSubject] = [:]
    /// Theme-less messages of a thread, in the order they came.
    private var waiting: [AnalysedVerbatim] = []

    /// `record` when it can be counted now; `nil` when it waits for its thread (`release`).
    mutating func offer(_ record: AnalysedVerbatim) -> AnalysedVerbatim? {
        guard record.verbatim.channel == .email, let key = record.verbatim.conversation else { return record }
        if record.placement == .channel {
            waiting.append(record)
            return nil
        }
        subjects[StableHash.value(of: key), default: ConversationSubject()].add(record)
        return record
    }

    /// The waiting messages, in the order they came, each placed by its thread's subject; empties
    /// the buffer.
    mutating func release(_ context: ConversationContext) -> [AnalysedVerbatim] {
        let released = waiting.map { record in
            let subject = record.verbatim.conversation.flatMap { subjects[StableHash.value(of: $0)] }
            return context.place(record, in: subject.flatMap(context.touchpoint(of:)))
        }
        waiting = []
        subjects = [:]
        return released
    }
}
