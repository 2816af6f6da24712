import Foundation
import Testing
import VerbatimModel

@testable import Pipeline

/// E-mail replies with no theme of their own wait on disk for their whole thread, and come back in
/// the order they came, each placed by its own thread's subject (issues 16 and 17).
@Suite struct MailThreadsTests {
    static let analyzer = Result { try VerbatimAnalyzer(lexicons: ForeignVerbatimTests.lexicons, journey: nil) }

    static func mail(_ path: String, thread: String, customer: String, text: String, reply: Bool) throws
        -> AnalysedVerbatim
    {
        let verbatim = Verbatim(
            source: SourceLocation(path: path, ordinal: 0, position: ""), channel: .email, customer: customer,
            conversation: thread, isReply: reply, text: text)
        return try analyzer.get().analyse(verbatim)
    }

    @Test("theme-less replies come back after the last unit, in their order, each placed by its thread")
    func repliesComeBackInOrderPlacedByTheirThread() throws {
        let folder = try AnalyzeRunTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let records = [
            try Self.mail("1.eml", thread: "t1", customer: "c1", text: "Toujours rien ?", reply: true),
            try Self.mail("2.eml", thread: "t2", customer: "c2", text: "Alors ?", reply: true),
            try Self.mail(
                "3.eml", thread: "t1", customer: "c1", text: "Ma commande n'est toujours pas livrée.", reply: false),
            try Self.mail(
                "4.eml", thread: "t2", customer: "c2", text: "Le remboursement est une catastrophe.", reply: false),
            // Another sender in thread t1: not the waiting customer's subject.
            try Self.mail(
                "5.eml", thread: "t1", customer: "c3", text: "Le remboursement est une catastrophe.", reply: false),
        ]
        #expect(records[0].placement == .channel && records[1].placement == .channel)
        var threads = MailThreads()
        let now = try records.map { try threads.offer($0, folder: folder) }
        #expect(now.map { $0 != nil } == [false, false, true, true, true])
        let waiting = folder.appendingPathComponent(MailThreads.waitingName)
        #expect(FileManager.default.fileExists(atPath: waiting.path))
        var released: [AnalysedVerbatim] = []
        try threads.release(try Self.analyzer.get().conversations) { released.append($0) }
        #expect(released.map(\.verbatim.source.path) == ["1.eml", "2.eml"])
        #expect(released.map(\.touchpoint) == ["delivery", "returns_refunds"])
        #expect(released.map(\.placement) == [.conversation, .conversation])
        // Every field but the placement reads back as it was analysed.
        #expect(released[0].verbatim == records[0].verbatim && released[0].sentiment == records[0].sentiment)
        #expect(!FileManager.default.fileExists(atPath: waiting.path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(MailThreads.mentionsName).path))
    }
}
