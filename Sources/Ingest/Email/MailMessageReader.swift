import Foundation
import VerbatimModel

/// Reads one RFC 5322 message into a customer verbatim, or says why it is skipped or rejected.
///
/// Shared by `EmlReader` (one file, one message) and `MboxReader` (many messages per file).
enum MailMessageReader {
    /// What became of one message.
    enum Outcome: Sendable {
        case verbatim(Verbatim)
        case skipped(SkipReason)
        /// Written by the company: skipped as `attribution.role`, and whom it was taken for, and why.
        case company(CompanyAttribution)
        /// Could not be read as a message; the reason goes to errors.csv.
        case rejected(String)
    }

    /// Adds what became of the message at `location` to `output`: its verbatim, its skip count, or
    /// findings for the rejection and the warnings.
    static func record(
        _ outcome: Outcome, warnings: [String], at location: SourceLocation, into output: inout IngestOutput
    ) {
        for warning in warnings {
            output.findings.append(
                Finding(
                    source: location.path, position: location.position, reason: warning, severity: .warning,
                    ordinal: location.ordinal))
        }
        switch outcome {
        case .verbatim(let verbatim):
            output.verbatims.append(verbatim)
        case .skipped(let reason):
            output.skip(reason)
        case .company(let attribution):
            output.skip(attribution.role)
            output.attribute(attribution)
        case .rejected(let reason):
            output.findings.append(
                Finding(source: location.path, position: location.position, reason: reason, ordinal: location.ordinal))
        }
    }

    /// Reads the message in `bytes[range]` found at `location`; `warnings` are reasons for
    /// warning findings (unknown charsets).
    static func read(
        _ bytes: [UInt8], range: Range<Int>, location: SourceLocation, options: IngestOptions
    ) -> (outcome: Outcome, warnings: [String]) {
        let headers = MailHeaders(parsing: bytes, in: range)
        guard !headers.fields.isEmpty else {
            return (.rejected("no mail header found"), [])
        }
        guard headers.fields.contains(where: { knownHeaders.contains($0.name) }) else {
            return (.rejected("not a mail message: none of From, Date, Subject, Message-ID, To found"), [])
        }

        let sender = self.sender(headers, bytes, options: options)
        if let reason = skipReason(headers: headers, bytes: bytes, sender: sender, options: options) {
            if reason == .agent, let sender, let attribution = companyAttribution(for: sender, options: options) {
                return (.company(attribution), [])
            }
            return (.skipped(reason), [])
        }

        var extractor = MimeBodyExtractor(bytes: bytes)
        let body = headers.bodyStart..<max(headers.bodyStart, range.upperBound)
        let raw = extractor.text(headers: headers, body: body)
        var warnings = Self.warnings(of: extractor, messageStart: range.lowerBound)
        let lines = MailBodyCleaner.splitLines(raw)
        let folded = lines.map(MailBodyCleaner.fold)
        let history = MailBodyCleaner.historyStart(folded)
        let lists = options.mailLists
        let helpdesk = HelpdeskReply.scan(
            lines: lines, folded: folded, historyStart: history, lists: lists,
            sender: HelpdeskReply.Sender(address: sender, options: options, lists: lists))
        if let reason = helpdesk.reason, let attribution = helpdeskAttribution(reason, sender: sender, options: options)
        {
            return (.company(attribution), warnings)
        }
        let text = MailBodyCleaner.clean(
            lines: lines, folded: folded, historyAt: min(history, helpdesk.customerTextEnd ?? history))
        guard !text.isEmpty else {
            return (.skipped(.empty), warnings)
        }

        let date = self.date(headers, bytes, warnings: &warnings)
        let subject = headers.value("subject", in: bytes).map { stripReplyPrefixes(collapsingSpaces($0)) }
        let (customer, evidence) = identity(sender, headers, bytes, texts: [text, subject], options: options)
        let verbatim = Verbatim(
            source: location,
            channel: .email,
            date: date,
            customer: customer,
            conversation: conversationKey(headers: headers, bytes: bytes),
            evidence: evidence,
            isReply: isReply(headers: headers, bytes: bytes),
            text: text,
            context: subject?.isEmpty == false ? subject : nil,
            declaredLanguage: headers.rawValue("content-language", in: bytes).flatMap { Language(tag: $0) }
        )
        return (.verbatim(verbatim), warnings)
    }

    /// Headers of which a message holds at least one.
    private static let knownHeaders: Set<String> = [
        "from", "date", "subject", "message-id", "to", "content-type", "received", "sender", "mime-version",
        "return-path",
    ]

    /// What the body extraction warns about: unknown charsets, MIME nested too deep.
    private static func warnings(of extractor: MimeBodyExtractor, messageStart: Int) -> [String] {
        var warnings = extractor.unknownCharsets.map { "unknown charset '\($0)'; decoded as UTF-8 or windows-1252" }
        if let offset = extractor.tooDeepAt {
            warnings.append(
                "MIME nesting deeper than \(MimeBodyExtractor.maximumDepth) levels at byte \(offset - messageStart) "
                    + "of the message; innermost text part kept")
        }
        return warnings
    }

    /// The customer's address: `From` (or `Sender`), except that a contact form sends from the
    /// company's own address with the customer in `Reply-To`.
    private static func sender(_ headers: MailHeaders, _ bytes: [UInt8], options: IngestOptions) -> String? {
        let from = (headers.rawValue("from", in: bytes) ?? headers.rawValue("sender", in: bytes))
            .flatMap(MailAddress.address(in:))
        if let from, isCompany(from, options: options),
            let replyTo = headers.rawValue("reply-to", in: bytes).flatMap(MailAddress.address(in:)),
            replyTo.containsBytes("@"), !isCompany(replyTo, options: options)
        {
            return replyTo
        }
        return from
    }

    /// The `Date` header's date; an unreadable one is a warning and the message is kept undated.
    private static func date(_ headers: MailHeaders, _ bytes: [UInt8], warnings: inout [String]) -> Date? {
        let dateHeader = headers.rawValue("date", in: bytes)?.trimmingSpaces ?? ""
        let date = dateHeader.isEmpty ? nil : MailDateParser.parse(dateHeader)
        if date == nil, !dateHeader.isEmpty {
            warnings.append("unreadable Date header \"\(Finding.excerpt(dateHeader))\"; message kept undated")
        }
        return date
    }

    /// Why a message is not a customer's, from its headers alone (RFC 3834 for auto-replies,
    /// RFC 3464/6522 for delivery reports, RFC 2076 `Precedence` for bulk mail).
    static func skipReason(headers: MailHeaders, bytes: [UInt8], sender: String?, options: IngestOptions) -> SkipReason?
    {
        let contentType = HeaderParameters(headers.rawValue("content-type", in: bytes) ?? "").token
        if contentType == "multipart/report" || contentType == "message/delivery-status" { return .bounce }
        if let sender {
            let local = MailAddress.localPart(of: sender)
            if local == "mailer-daemon" || local == "postmaster" || local.hasBytePrefix("mailer-daemon") {
                return .bounce
            }
        }
        if let autoSubmitted = headers.rawValue("auto-submitted", in: bytes)?.lowered,
            !autoSubmitted.hasBytePrefix("no"), !autoSubmitted.isEmpty
        {
            return .autoReply
        }
        if headers.has("x-autoreply") || headers.has("x-autorespond") {
            return .autoReply
        }
        if isAutoSubject(headers, bytes) { return .autoReply }
        if let precedence = headers.rawValue("precedence", in: bytes)?.lowered,
            ["bulk", "list", "junk"].contains(precedence)
        {
            return .bulk
        }
        if headers.has("list-unsubscribe") || headers.has("list-id") { return .bulk }
        if let sender, isCompany(sender, options: options) { return .agent }
        return nil
    }

    /// Subjects that out-of-office replies put first, in the clients' French and English wording.
    private static let autoSubjects = [
        "auto:", "automatic reply", "autoreply", "auto-reply", "out of office", "réponse automatique",
        "reponse automatique", "absence du bureau", "message d'absence",
    ]

    private static func isAutoSubject(_ headers: MailHeaders, _ bytes: [UInt8]) -> Bool {
        guard let subject = headers.value("subject", in: bytes)?.lowered else { return false }
        return autoSubjects.contains { subject.hasBytePrefix($0) }
    }

    /// True when `address` is at a company domain (or a subdomain), or is a listed company address.
    static func isCompany(_ address: String, options: IngestOptions) -> Bool {
        companyAttribution(for: address, options: options) != nil
    }

    /// Whom `address` was taken for when it is the company's: a configured `company_domain` (or
    /// address), else the mailbox domain inferred from the headers (`options.mailbox`); `nil` for
    /// a customer, and always for a configured `customer_domain` (or address), which vetoes both.
    static func companyAttribution(for address: String, options: IngestOptions) -> CompanyAttribution? {
        let domain = MailAddress.domain(of: address)
        func holds(_ entry: String) -> Bool {
            entry.containsBytes("@") ? entry == address : MailboxInference.isInside(domain, entry)
        }
        if isConfiguredCustomer(address, options: options) { return nil }
        // A configured company wins: inference is not run then (see `AnalyzeRun`), nor used here.
        if !options.companyDomains.isEmpty {
            return options.companyDomains.first(where: holds).map {
                CompanyAttribution(role: .agent, speaker: $0, reason: "configured company_domain")
            }
        }
        return options.mailbox.domain(of: address).map {
            CompanyAttribution(
                role: .agent, speaker: $0.domain, reason: "mailbox domain inferred: \($0.reason)",
                override: "customer_domain\t\($0.domain)")
        }
    }

    /// True when `address` is at a configured `customer_domain` (or is a listed customer address),
    /// which vetoes every company decision.
    static func isConfiguredCustomer(_ address: String, options: IngestOptions) -> Bool {
        let domain = MailAddress.domain(of: address)
        return options.customerDomains.contains {
            $0.containsBytes("@") ? $0 == address : MailboxInference.isInside(domain, $0)
        }
    }

    /// The attribution of a helpdesk reply recognised by its text (`HelpdeskReply`, `reason`),
    /// named after the sender's domain unless that is a webmail domain (then no one's); `nil` when
    /// the sender is a configured `customer_domain`, which vetoes it.
    static func helpdeskAttribution(_ reason: String, sender: String?, options: IngestOptions) -> CompanyAttribution? {
        if let sender, isConfiguredCustomer(sender, options: options) { return nil }
        let domain = sender.map(MailAddress.domain(of:)) ?? ""
        let named = !domain.isEmpty && !MailboxInference.isWebmail(domain, options.mailLists.webmailDomains)
        return CompanyAttribution(
            role: .agent, speaker: named ? domain : "helpdesk reply", reason: reason,
            override: named ? "customer_domain\t\(domain)" : "")
    }

    /// The thread root: first `References` id, else `In-Reply-To`, else the message's own id; hashed
    /// so that no address-like id reaches the reports.
    static func conversationKey(headers: MailHeaders, bytes: [UInt8]) -> String? {
        for name in ["references", "in-reply-to", "message-id"] {
            if let value = headers.rawValue(name, in: bytes), let id = firstMessageID(value) {
                return StableHash.hex(of: id)
            }
        }
        return nil
    }

    /// Whether the message answers another: it names one in `References` or `In-Reply-To`.
    static func isReply(headers: MailHeaders, bytes: [UInt8]) -> Bool {
        ["references", "in-reply-to"].contains { name in
            headers.rawValue(name, in: bytes).flatMap(firstMessageID) != nil
        }
    }

    private static func firstMessageID(_ value: String) -> String? {
        if let open = value.firstIndex(of: "<"), let close = value[open...].firstIndex(of: ">") {
            let id = value[value.index(after: open)..<close].trimmingSpaces
            return id.isEmpty ? nil : id
        }
        let bare = value.split(separator: " ").first.map(String.init)?.trimmingSpaces
        return bare?.isEmpty == false ? bare : nil
    }

    /// The subject without `Re:`, `RE :`, `Fwd:`, `TR:`, `AW:` prefixes, which carry no theme.
    static func stripReplyPrefixes(_ subject: String) -> String {
        var rest = Substring(subject.trimmingSpaces)
        var changed = true
        while changed {
            changed = false
            // Only the first few letters decide; lowercase just those.
            let head = CaseFolding.lower(rest.prefix(4))
            for prefix in ["re", "fwd", "fw", "tr", "aw", "wg", "réf", "ref"] {
                guard rest.count > prefix.count, head.hasBytePrefix(prefix) else { continue }
                var after = rest.dropFirst(prefix.count)
                // `Re[2]:` counters.
                if after.first == "[", let close = after.firstIndex(of: "]") {
                    after = after[after.index(after: close)...]
                }
                while after.first == " " || after.first == "\u{A0}" { after = after.dropFirst() }
                if after.first == ":" {
                    rest = Substring(after.dropFirst().trimmingSpaces)
                    changed = true
                }
            }
        }
        return String(rest)
    }

    /// Runs of white space as one space (folded subjects keep the indentation of their second line).
    static func collapsingSpaces(_ text: String) -> String {
        var out = ""
        var lastWasSpace = false
        for character in text {
            let isSpace = character == " " || character == "\t"
            if !(isSpace && lastWasSpace) { out.append(isSpace ? " " : character) }
            lastWasSpace = isSpace
        }
        return out
    }
}
