/// Writes one plain-text chat transcript in one of the four layouts the ingest readers accept:
/// `[hh:mm] Name:` under a dated header, `[dd/mm/yyyy hh:mm:ss] Name:`, and WhatsApp exports in French
/// (`dd/mm/yyyy à hh:mm - Nom:`) and English (`dd/mm/yyyy, hh:mm - Name:`).
///
/// Conversations open with the bot about a third of the time; some loops (the bot repeats the same answer
/// three times), some escalate to a human, some are transferred between two agents.
struct ChatWriter: Sendable {
    /// The text source.
    let composer: VerbatimComposer

    private enum Layout: Int, CaseIterable { case bracket, dated, whatsappFR, whatsappEN }

    private struct Clock {
        var day: Int
        var minutes: Int
        var seconds = 0
    }

    /// Appends one conversation to `out`.
    func write(_ rng: inout SplitMix64, into out: inout [UInt8]) {
        let lang: CorpusLanguage = rng.percent(50) ? .fr : .en
        let layout = Layout(rawValue: rng.below(4)) ?? .bracket
        var clock = Clock(day: rng.int(in: 1...30), minutes: rng.int(in: 8 * 60...21 * 60))
        let bank = composer.bank
        let customer = rng.pick(bank.firstNames)
        let topic = Topic.draw(&rng)
        if layout == .bracket {
            out.append(lang == .fr ? "Conversation du " : "Chat transcript - ")
            appendDate(clock.day, into: &out)
            out.append("\n\n")
        }
        var agentIndex = rng.below(bank.agentChatNames.count)
        if rng.percent(35) {
            line(layout, lang, &clock, bank.botName, into: &out) {
                $0.append(
                    lang == .fr
                        ? "Bonjour, je suis Lumi, l'assistant virtuel. Comment puis-je vous aider ?"
                        : "Hi, I'm Lumi, your virtual assistant. How can I help?")
            }
            line(layout, lang, &clock, customer, into: &out) { composer.sentence(lang, topic, &rng, into: &$0) }
            let loops = rng.percent(50) ? 3 : 1
            let answer = rng.pick(bank.botAnswers[lang.rawValue])
            for repeatIndex in 0..<loops {
                line(layout, lang, &clock, bank.botName, into: &out) { $0.append(answer) }
                if repeatIndex + 1 < loops {
                    line(layout, lang, &clock, customer, into: &out) {
                        composer.sentence(lang, repeatIndex == 1 ? .chatbot : topic, &rng, into: &$0)
                    }
                }
            }
            system(
                layout, lang, &clock,
                lang == .fr
                    ? "\(shortName(agentIndex)) a rejoint la conversation"
                    : "\(shortName(agentIndex)) joined the conversation", into: &out)
        }
        line(layout, lang, &clock, bank.agentChatNames[agentIndex], into: &out) {
            $0.append(
                lang == .fr
                    ? "Bonjour \(customer), que puis-je faire pour vous ?" : "Hello \(customer), how can I help?")
        }
        let turns = rng.int(in: 2...6)
        for turn in 0..<turns {
            line(layout, lang, &clock, customer, into: &out) {
                composer.comment(
                    lang, turn == 0 ? topic : Topic.draw(&rng), &rng, separator: rng.percent(15) ? 0x0A : 0x20,
                    into: &$0)
            }
            if turn == 1 && rng.percent(20) {
                let next = (agentIndex + 1) % bank.agentChatNames.count
                system(
                    layout, lang, &clock,
                    lang == .fr
                        ? "\(shortName(agentIndex)) a transféré la conversation à \(bank.agentChatNames[next])"
                        : "\(shortName(agentIndex)) transferred the conversation to \(bank.agentChatNames[next])",
                    into: &out)
                agentIndex = next
            }
            line(layout, lang, &clock, bank.agentChatNames[agentIndex], into: &out) {
                $0.append(
                    lang == .fr
                        ? rng.pick([
                            "Je regarde tout de suite.", "Je suis désolée pour ce désagrément.",
                            "C'est noté, je m'en occupe.", "Merci pour votre patience.",
                        ])
                        : rng.pick([
                            "Let me check that for you.", "I'm sorry about this.", "Noted, I'm on it.",
                            "Thanks for your patience.",
                        ]))
            }
        }
    }

    private func shortName(_ agentIndex: Int) -> String {
        composer.bank.agents[agentIndex]
    }

    private func appendDate(_ day: Int, into out: inout [UInt8]) {
        out.append(number: day, width: 2)
        out.append("/11/2026")
    }

    private func appendTime(_ clock: Clock, into out: inout [UInt8]) {
        out.append(number: (clock.minutes / 60) % 24, width: 2)
        out.append(UInt8(ascii: ":"))
        out.append(number: clock.minutes % 60, width: 2)
    }

    private func prefix(_ layout: Layout, _ clock: Clock, into out: inout [UInt8]) {
        switch layout {
        case .bracket:
            out.append(UInt8(ascii: "["))
            appendTime(clock, into: &out)
            out.append("] ")
        case .dated:
            out.append(UInt8(ascii: "["))
            appendDate(clock.day, into: &out)
            out.append(UInt8(ascii: " "))
            appendTime(clock, into: &out)
            out.append(UInt8(ascii: ":"))
            out.append(number: clock.seconds, width: 2)
            out.append("] ")
        case .whatsappFR:
            appendDate(clock.day, into: &out)
            out.append(" à ")
            appendTime(clock, into: &out)
            out.append(" - ")
        case .whatsappEN:
            appendDate(clock.day, into: &out)
            out.append(", ")
            appendTime(clock, into: &out)
            out.append(" - ")
        }
    }

    private func line(
        _ layout: Layout, _ lang: CorpusLanguage, _ clock: inout Clock, _ speaker: String,
        into out: inout [UInt8], text: (inout [UInt8]) -> Void
    ) {
        // Time moves on by 15 s to 3 min per turn; derived from the clock itself so that the text
        // closure can keep using the caller's generator.
        let step = 15 + (clock.minutes &* 37 &+ clock.seconds &* 11) % 165
        clock.seconds += step
        clock.minutes += clock.seconds / 60
        clock.seconds %= 60
        prefix(layout, clock, into: &out)
        out.append(speaker)
        out.append(": ")
        text(&out)
        out.append(0x0A)
    }

    private func system(
        _ layout: Layout, _ lang: CorpusLanguage, _ clock: inout Clock, _ text: String, into out: inout [UInt8]
    ) {
        clock.seconds += 5
        clock.minutes += clock.seconds / 60
        clock.seconds %= 60
        switch layout {
        case .bracket:
            out.append("*** \(text) ***\n")
        case .dated:
            prefix(layout, clock, into: &out)
            out.append("*** \(text) ***\n")
        case .whatsappFR, .whatsappEN:
            prefix(layout, clock, into: &out)
            out.append(text)
            out.append(0x0A)
        }
    }
}
