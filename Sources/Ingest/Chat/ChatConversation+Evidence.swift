extension ChatConversation {
    /// The identity evidence of each customer speaker (by folded name) of one conversation: what all
    /// their turns hold, even those that are no verbatim (a turn that is only an order number or an
    /// address answers the agent's question: it is the best evidence there is), a speaker named by
    /// a phone number (WhatsApp shows the number of a contact not saved), the number a WhatsApp
    /// export's file name gives the customer, and `known`, the export's own fields. Every turn of a
    /// speaker carries the same evidence; two customers of one group chat keep their own.
    static func customerEvidence(
        _ turns: [ChatTurn], roles: [ChatRole], known: [String], exportName: WhatsAppExportName?,
        options: IngestOptions
    ) -> [String: [String]] {
        var speakers: [String: IdentityEvidence] = [:]
        var order: [String] = []
        for (turn, role) in zip(turns, roles) where role == .customer {
            let speaker = ChatNameMatcher.fold(turn.speaker)
            var evidence = speakers[speaker] ?? IdentityEvidence(options: options)
            if speakers[speaker] == nil {
                order.append(speaker)
                evidence.formUnion(known)
                evidence.scan(turn.speaker)
            }
            evidence.scan(turn.text)
            speakers[speaker] = evidence
        }
        // The file name names one party: the customer when there is only one, else the one it names.
        if let exportName {
            var named = IdentityEvidence(options: options)
            named.scan(WhatsAppExportName.stem(exportName.written))
            for speaker in order where order.count == 1 || exportName.isParty(speaker) {
                speakers[speaker]?.formUnion(named.sorted)
            }
        }
        return speakers.mapValues(\.sorted)
    }
}
