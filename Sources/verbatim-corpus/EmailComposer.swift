/// Writes one RFC 5322 support email (headers and MIME body) from generated text.
///
/// The mix follows what a support mailbox holds: mostly customer mail in UTF-8 8bit or
/// quoted-printable, some base64, Latin-1 and Windows-1252, multipart/alternative with an HTML part,
/// replies quoting the shop's previous answer, agent replies from the company domain and auto-replies.
struct EmailComposer: Sendable {
    /// The text source.
    let composer: VerbatimComposer
    /// Seed folded into Message-IDs so that two corpora with different seeds do not share ids.
    let seed: UInt64

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let zones = ["+0100", "+0100", "+0100", "+0000", "+0000", "-0500", "-0800", "+0200"]
    private static let domains = ["example.com", "example.fr", "example.org", "example.net"]
    private static let phones = ["06 12 34 56 78", "07 98 76 54 32", "+44 7700 900123", "06 11 22 33 44"]

    /// Appends one message; `stream` and `index` make its Message-ID unique and let it reply to message
    /// `index - 1` of the same stream.
    func compose(stream: Int, index: Int, _ rng: inout SplitMix64, into out: inout [UInt8]) {
        let lang: CorpusLanguage = rng.percent(50) ? .fr : .en
        let topic = Topic.draw(&rng)
        let kind = rng.below(100)  // < 8 agent reply, < 10 auto-reply, else customer
        let day = rng.int(in: 1...30)
        var name: [UInt8] = []
        let local = composer.customer(&rng, into: &name)
        let domain = rng.pick(Self.domains)
        let support =
            lang == .fr
            ? "Service client Maison Lumen <service-client@lumen-shop.example>"
            : "Maison Lumen Support <support@lumen-shop.example>"
        let bank = composer.bank

        // Headers.
        let agent = rng.pick(bank.agents)
        if kind < 8 {
            out.append("From: \"\(agent) (Maison Lumen)\" <\(agent.lowercased())@lumen-shop.example>\n")
            out.append("To: ")
            MIMEEncoder.headerWord(String(decoding: name, as: UTF8.self), base64: false, into: &out)
            out.append(" <")
            out.append(contentsOf: local)
            out.append("@\(domain)>\n")
        } else {
            out.append("From: ")
            MIMEEncoder.headerWord(String(decoding: name, as: UTF8.self), base64: rng.percent(30), into: &out)
            out.append(" <")
            out.append(contentsOf: local)
            out.append("@\(domain)>\nTo: \(support)\n")
        }
        out.append("Subject: ")
        let subject = rng.pick(bank.subjects[lang.rawValue][topic.rawValue])
        let isReply = index > 0 && rng.percent(25)
        if isReply { out.append(lang == .fr && rng.percent(50) ? "RE: " : "Re: ") }
        if kind >= 8 && kind < 10 { out.append(lang == .fr ? "Réponse automatique : " : "Automatic reply: ") }
        MIMEEncoder.headerWord(subject, base64: rng.percent(25), into: &out)
        out.append("\nDate: \(Self.weekdays[(day - 1) % 7]), ")
        out.append(number: day, width: 2)
        out.append(" Nov 2026 ")
        out.append(number: rng.int(in: 7...22), width: 2)
        out.append(UInt8(ascii: ":"))
        out.append(number: rng.below(60), width: 2)
        out.append(UInt8(ascii: ":"))
        out.append(number: rng.below(60), width: 2)
        out.append(" \(rng.pick(Self.zones))\nMessage-ID: <g\(seed).\(stream).\(index)@\(domain)>\n")
        if isReply {
            out.append("In-Reply-To: <g\(seed).\(stream).\(index - 1)@\(domain)>\n")
            out.append("References: <g\(seed).\(stream).\(index - 1)@\(domain)>\n")
        }
        if kind >= 8 && kind < 10 { out.append("Auto-Submitted: auto-replied\nX-Autoreply: yes\n") }
        out.append("MIME-Version: 1.0\n")

        // Body, composed in UTF-8 first.
        var body: [UInt8] = []
        body.append(rng.pick(bank.greetings[lang.rawValue]))
        body.append("\n\n")
        if kind < 8 {
            body.append(lang == .fr ? "Merci pour votre message. " : "Thank you for your message. ")
            body.append(
                lang == .fr
                    ? "Je suis désolée pour la gêne occasionnée, je m'en occupe.\n"
                    : "I'm sorry for the trouble, I'm on it.\n")
        } else if kind < 10 {
            body.append(
                lang == .fr
                    ? "Je suis absent jusqu'au 30 novembre, avec un accès limité à mes e-mails.\n"
                    : "I am out of the office until 30 November with limited access to email.\n")
        } else {
            if rng.percent(60) {
                composer.render(rng.pick(bank.context[lang.rawValue]), lang, &rng, into: &body)
                body.append(UInt8(ascii: "\n"))
            }
            composer.comment(lang, topic, &rng, separator: 0x0A, into: &body)
            body.append("\n")
            if rng.percent(40) {
                composer.comment(lang, Topic.draw(&rng), &rng, into: &body)
                body.append("\n")
            }
            if rng.percent(10) {
                body.append(lang == .fr ? "Mon numéro : " : "My number: ")
                body.append(rng.pick(Self.phones))
                body.append("\n")
            }
            body.append("\n")
            body.append(rng.pick(bank.closings[lang.rawValue]))
        }
        body.append("\n\n")
        if kind < 8 {
            body.append(lang == .fr ? "Belle journée," : "Kind regards,")
        } else {
            body.append(rng.pick(bank.signatures[lang.rawValue]))
        }
        body.append("\n")
        if kind < 8 {
            body.append("\(agent)\nMaison Lumen\n")
        } else {
            body.append(contentsOf: name)
            body.append("\n")
        }
        if isReply && kind >= 10 {
            body.append(
                lang == .fr
                    ? "\nLe \(day) nov. 2026 à 10:12, \(support) a écrit :\n> Bonjour,\n> Nous avons bien reçu votre demande et revenons vers vous rapidement.\n"
                    : "\nOn \(Self.weekdays[(day - 1) % 7]), \(day) Nov 2026 at 10:12, \(support) wrote:\n> Hello,\n> We have received your request and will get back to you shortly.\n"
            )
        }

        // Transfer encoding and charset.
        let variant = rng.below(100)
        if variant < 40 {
            out.append("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n")
            out.append(contentsOf: body)
        } else if variant < 65 {
            out.append("Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n")
            MIMEEncoder.quotedPrintable(body, into: &out)
        } else if variant < 75 {
            out.append("Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n")
            MIMEEncoder.base64(body, into: &out)
        } else if variant < 90 {
            let charset: SingleByteCharset = variant < 83 ? .latin1 : .windows1252
            var encoded: [UInt8] = []
            charset.encode(body, into: &encoded)
            if variant % 2 == 0 {
                out.append("Content-Type: text/plain; charset=\(charset.mimeName)\nContent-Transfer-Encoding: 8bit\n\n")
                out.append(contentsOf: encoded)
            } else {
                out.append(
                    "Content-Type: text/plain; charset=\(charset.mimeName)\nContent-Transfer-Encoding: quoted-printable\n\n"
                )
                MIMEEncoder.quotedPrintable(encoded, into: &out)
            }
        } else {
            appendAlternative(body, boundary: "=_lumen_\(stream)_\(index)", into: &out)
        }
        if out.last != 0x0A { out.append(0x0A) }
    }

    /// multipart/alternative with the text part in quoted-printable and an HTML rendering of it.
    private func appendAlternative(_ body: [UInt8], boundary: String, into out: inout [UInt8]) {
        out.append("Content-Type: multipart/alternative; boundary=\"\(boundary)\"\n\n")
        out.append("This is a multi-part message in MIME format.\n\n--\(boundary)\n")
        out.append("Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n")
        MIMEEncoder.quotedPrintable(body, into: &out)
        out.append(
            "\n--\(boundary)\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n")
        var html: [UInt8] = []
        html.append("<html><head><style>p{margin:0 0 1em}</style></head><body>\n<p>")
        for byte in body {
            if byte == 0x0A {
                html.append("<br>\n")
            } else {
                html.append(html: [byte])
            }
        }
        html.append("</p>\n</body></html>\n")
        MIMEEncoder.quotedPrintable(html, into: &out)
        out.append("\n--\(boundary)--\n")
    }
}
