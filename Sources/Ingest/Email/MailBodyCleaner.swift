/// Keeps only what the customer wrote in a mail body: quoted history, signatures and legal
/// disclaimers are cut so that they are neither counted twice nor scored as the customer's words.
///
/// The markers are the ones the big mail clients write (Gmail, Outlook, Apple Mail, Thunderbird,
/// in their French and English localisations), collected from their reply templates.
enum MailBodyCleaner {
    /// The customer's own text in `body` (LF or CRLF line breaks), trimmed, with runs of blank
    /// lines collapsed.
    static func clean(_ body: String) -> String {
        let lines = splitLines(body)
        let folded = lines.map(fold)
        return clean(lines: lines, folded: folded, historyAt: historyStart(folded))
    }

    /// The first line of the quoted history (`startsHistory`), or the line count when there is none.
    static func historyStart(_ folded: [String]) -> Int {
        folded.indices.first { startsHistory(folded, at: $0) } ?? folded.count
    }

    /// `clean` on a body already split by `splitLines` and folded by `fold`, whose quoted history
    /// is known to start at line `end` (`historyStart`, or a helpdesk's reply-above-this-line marker
    /// below the customer's words, found by `HelpdeskReply`: the customer typed above it, as asked,
    /// and the tool's reply follows): nothing from there on is kept.
    static func clean(lines: [Substring], folded: [String], historyAt end: Int) -> String {
        var kept: [Substring] = []
        var index = 0
        while index < min(lines.count, end) {
            let line = folded[index]
            if startsSignature(lines, folded, at: index, keptSoFar: kept) || startsDisclaimer(line) {
                break
            }
            if line.hasBytePrefix(">") || line.hasBytePrefix("|>") {
                index += 1
                continue
            }
            kept.append(lines[index])
            index += 1
        }
        var out: [Substring] = []
        var blank = true
        for line in kept {
            let isBlank = line.trimmingSpaces.isEmpty
            if isBlank {
                if !blank { out.append("") }
            } else {
                out.append(line)
            }
            blank = isBlank
        }
        while let last = out.last, last.isEmpty { out.removeLast() }
        return out.joined(separator: "\n").trimmingSpaces
    }

    /// The lines of `text`, split on LF, CRLF or CR by UTF-8 byte (splitting by `Character` runs
    /// grapheme breaking over the whole body, and `\r\n` is a single `Character`).
    static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(text[lineStart..<index])
                var next = bytes.index(after: index)
                if byte == 0x0D, next != bytes.endIndex, bytes[next] == 0x0A { next = bytes.index(after: next) }
                index = next
                lineStart = next
            } else {
                index = bytes.index(after: index)
            }
        }
        lines.append(text[lineStart..<bytes.endIndex])
        return lines
    }

    /// Lowercased, trimmed, with no-break spaces as spaces and Markdown-ish bold stars dropped, so that
    /// `*De :* Service client` and `Le 3 mars, X a écrit :` (French typography) match plainly.
    static func fold(_ line: Substring) -> String {
        var folded = CaseFolding.lower(line)
        if folded.utf8.contains(UInt8(ascii: "*")) || folded.utf8.contains(0xA0) || folded.utf8.contains(0x09) {
            var out = String.UnicodeScalarView()
            for scalar in folded.unicodeScalars {
                switch scalar {
                case "\u{A0}", "\u{202F}", "\t": out.append(" ")
                case "*": continue
                default: out.append(scalar)
                }
            }
            folded = String(out)
        }
        return folded.trimmingSpaces
    }

    // MARK: Quoted history

    private static let separatorWords = ["original", "origine", "forward", "transf", "réexpédié", "reexpedie"]
    private static let forwardHeads = [
        "begin forwarded message", "début du message réexpédié", "debut du message reexpedie",
        "début du message transféré",
    ]

    static func startsHistory(_ folded: [String], at index: Int) -> Bool {
        let line = folded[index]
        if line.isEmpty { return false }
        // `-----Original Message-----`, `-----Message d'origine-----`, `---------- Forwarded message ---------`.
        if line.hasBytePrefix("---") || line.hasBytePrefix("___") {
            if separatorWords.contains(where: { line.containsBytes($0) }) { return true }
            // Outlook: a rule of underscores right before a `From:`/`De :` block.
            if line.allSatisfy({ $0 == "_" }), line.utf8.count >= 10, let next = nextNonEmpty(folded, after: index),
                startsOutlookBlock(folded, at: next)
            {
                return true
            }
        }
        if forwardHeads.contains(where: { line.hasBytePrefix($0) }) { return true }
        // Attribution lines, possibly wrapped over two lines by the client.
        if line.hasBytePrefix("on ") || line.hasBytePrefix("le ") {
            let joined = index + 1 < folded.count ? line + " " + folded[index + 1] : line
            if line.hasBytePrefix("on ") && (isWroteEnd(line) || isWroteEnd(joined)) { return true }
            if line.hasBytePrefix("le ") && (isEcritEnd(line) || isEcritEnd(joined)) { return true }
        }
        // `<marie@example.fr> a écrit :` alone on a line after a wrapped date.
        if isEcritEnd(line) && line.utf8.count < 200 && (line.containsBytes("@") || line.hasBytePrefix("a écrit")) {
            return true
        }
        return startsOutlookBlock(folded, at: index)
    }

    private static func isWroteEnd(_ text: String) -> Bool {
        text.utf8.count < 300 && (text.hasSuffix("wrote:") || text.hasSuffix("wrote :") || text.hasSuffix("writes:"))
    }

    private static func isEcritEnd(_ text: String) -> Bool {
        text.utf8.count < 300
            && (text.hasSuffix("a écrit :") || text.hasSuffix("a écrit:") || text.hasSuffix("a ecrit :")
                || text.hasSuffix("a ecrit:") || text.hasSuffix("a écrit"))
    }

    private static let fromHeads = ["from:", "from :", "de :", "de:"]
    private static let sentHeads = ["sent:", "sent :", "envoyé :", "envoyé:", "date:", "date :", "envoye :"]
    private static let toHeads = ["to:", "to :", "à :", "à:", "a :", "subject:", "subject :", "objet :", "objet:"]

    /// An Outlook reply header: `From:`/`De :` followed within a few lines by `Sent:`/`Envoyé :`/`Date:`
    /// and `To:`/`À :`/`Subject:`/`Objet :`.
    static func startsOutlookBlock(_ folded: [String], at index: Int) -> Bool {
        let line = folded[index]
        guard fromHeads.contains(where: { line.hasBytePrefix($0) }) else { return false }
        var sawSent = false
        var sawTo = false
        var probe = index + 1
        while probe < folded.count, probe <= index + 6 {
            let next = folded[probe]
            if sentHeads.contains(where: { next.hasBytePrefix($0) }) { sawSent = true }
            if toHeads.contains(where: { next.hasBytePrefix($0) }) { sawTo = true }
            probe += 1
        }
        return sawSent && sawTo
    }

    private static func nextNonEmpty(_ folded: [String], after index: Int) -> Int? {
        var probe = index + 1
        while probe < folded.count {
            if !folded[probe].isEmpty { return probe }
            probe += 1
        }
        return nil
    }

    // MARK: Signatures

    private static let deviceLines = [
        "envoyé de mon ", "envoyé depuis ", "envoyé à partir de ", "envoye de mon ", "envoye depuis ", "sent from my ",
        "sent from outlook", "sent from mail for", "sent from yahoo", "sent from samsung", "sent via ",
        "get outlook for ",
        "téléchargez outlook", "télécharger outlook", "obtenir outlook pour",
    ]

    /// Closing formulas after which only a name, a title and contact lines follow.
    private static let closings: Set<String> = [
        "cordialement", "bien cordialement", "très cordialement", "tres cordialement", "cdlt", "cdt",
        "bien à vous", "bien a vous", "bàv", "salutations", "sincères salutations", "meilleures salutations",
        "salutations distinguées", "respectueusement", "amicalement", "bonne journée", "bonne soirée",
        "best regards", "kind regards", "warm regards", "regards", "best wishes", "sincerely", "yours sincerely",
        "yours faithfully", "cheers", "best", "thanks", "many thanks", "thank you", "merci", "merci d'avance",
        "merci par avance", "en vous remerciant",
    ]

    static func startsSignature(_ lines: [Substring], _ folded: [String], at index: Int, keptSoFar: [Substring]) -> Bool
    {
        let raw = lines[index]
        if raw == "-- " || raw == "--" { return true }
        let line = folded[index]
        if line.utf8.count < 80, deviceLines.contains(where: { line.hasBytePrefix($0) }) { return true }
        var bare = line
        while let last = bare.last, last == "," || last == "." || last == "!" || last == " " { bare.removeLast() }
        guard closings.contains(bare) else { return false }
        // A closing that is the whole message is the message ("Merci !"), not a signature.
        guard keptSoFar.contains(where: { !$0.allSatisfy { $0 == " " || $0 == "\t" } }) else { return false }
        var following = 0
        var probe = index + 1
        while probe < folded.count {
            let next = folded[probe]
            if startsHistory(folded, at: probe) || startsDisclaimer(next) { break }
            if !next.isEmpty {
                following += 1
                if following > 6 || next.utf8.count > 70 { return false }
            }
            probe += 1
        }
        return true
    }

    // MARK: Disclaimers

    private static let disclaimerHeads = [
        "this e-mail and any", "this email and any", "this message and any", "this message is confidential",
        "this e-mail is confidential", "this email is confidential", "this communication is confidential",
        "confidentiality notice", "disclaimer", "ce message et toutes les pièces", "ce message et les pièces",
        "ce message et ses pièces", "ce message est confidentiel", "ce courriel et", "ce courriel est confidentiel",
        "ce message électronique", "ce e-mail et", "avis de confidentialité", "le présent message",
        "please consider the environment", "pensez à l'environnement", "merci de penser à l'environnement",
        "afin de contribuer au respect de l'environnement", "n'imprimez ce", "think before you print",
        "pas à pas, agissons au quotidien",
    ]

    static func startsDisclaimer(_ line: String) -> Bool {
        if disclaimerHeads.contains(where: { line.hasBytePrefix($0) }) { return true }
        return line.containsBytes("confidenti")
            && (line.containsBytes("intended recipient") || line.containsBytes("destinataire")
                || line.containsBytes("addressee"))
    }
}
