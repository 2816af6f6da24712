/// What a generation run wrote, per channel.
struct CorpusSummary: Sendable {
    /// Files and bytes written.
    var files = 0
    var bytes = 0
    /// Units per channel: mail messages (mbox + .eml), chat conversations, reviews, survey rows.
    var messages = 0
    var conversations = 0
    var reviews = 0
    var surveyRows = 0

    /// Adds another job's counts.
    mutating func add(_ other: CorpusSummary) {
        files += other.files
        bytes += other.bytes
        messages += other.messages
        conversations += other.conversations
        reviews += other.reviews
        surveyRows += other.surveyRows
    }
}
