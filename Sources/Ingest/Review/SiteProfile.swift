public import Foundation
import HTMLParsing
public import VerbatimModel

/// XPath selectors that read the visible review widget of one site or page layout, for pages whose
/// reviews are not (or not all) in schema.org markup.
///
/// Profiles are data: a UTF-8 TSV under `lexicons/sites/` that an analyst edits without
/// recompiling (format in the file's header comment). A profile applies to a page whose canonical
/// host ends with `host`, or for which the XPath `signature` selects something.
public struct SiteProfile: Sendable, Hashable {
    /// Short name written to the run's format column (`profile:marmiton`).
    public var name: String
    /// Host suffix such as `marmiton.org`; empty when only the signature decides.
    public var host: String
    /// XPath that must select something on the page; empty when only the host decides.
    public var signature: String
    /// XPath selecting one node per review.
    public var container: String
    /// XPath relative to the container for the review text.
    public var body: String
    /// XPath relative to the container for the review title (becomes the verbatim's context).
    public var title: String
    /// XPath relative to the container for the rating (`4`, `4/5`, `--data-percent:0.80`).
    public var rating: String
    /// XPath relative to the container for the date (any form `LooseDate` reads).
    public var date: String
    /// XPath relative to the container for the author's display name (hashed, never kept).
    public var author: String
    /// Best value of the rating scale (empty: 5, or the denominator of `4/5`).
    public var bestRating: String
    /// Worst value of the rating scale (empty: 1; `0` for a percentage written as 0…1).
    public var worstRating: String

    /// Builds a profile; tests and callers that keep profiles elsewhere use this.
    public init(
        name: String, host: String = "", signature: String = "", container: String, body: String, title: String = "",
        rating: String = "", date: String = "", author: String = "", bestRating: String = "", worstRating: String = ""
    ) {
        self.name = name
        self.host = host
        self.signature = signature
        self.container = container
        self.body = body
        self.title = title
        self.rating = rating
        self.date = date
        self.author = author
        self.bestRating = bestRating
        self.worstRating = worstRating
    }

    /// The columns of a profile file, in order.
    public static let columns = [
        "profile", "host", "signature", "container", "body", "title", "rating", "best", "worst", "date", "author",
    ]

    /// Parses a profile file. `#` lines are comments; the first other line is the header (it must
    /// name the columns above, in any order); a row with no name, no container or no body, or
    /// without a host or signature, is a finding.
    public static func parse(_ text: String, source: String) -> (profiles: [SiteProfile], findings: [Finding]) {
        var profiles: [SiteProfile] = []
        var findings: [Finding] = []
        var header: [String: Int]?
        for (offset, rawLine) in text.textLines().enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                SchemaOrgReviewCollector.trim(String($0))
            }
            guard let columns = header else {
                var map: [String: Int] = [:]
                for (index, cell) in cells.enumerated() { map[cell.lowercased()] = index }
                let missing = ["profile", "container", "body"].filter { map[$0] == nil }
                if !missing.isEmpty {
                    findings.append(
                        Finding(
                            source: source, position: "line \(offset + 1)",
                            reason: "site profile header lacks \(missing.joined(separator: ", "))", ordinal: offset))
                    return (profiles, findings)
                }
                header = map
                continue
            }
            func cell(_ name: String) -> String {
                guard let index = columns[name], index < cells.count else { return "" }
                return cells[index]
            }
            let profile = SiteProfile(
                name: cell("profile"), host: cell("host").lowercased(), signature: cell("signature"),
                container: cell("container"), body: cell("body"), title: cell("title"), rating: cell("rating"),
                date: cell("date"), author: cell("author"), bestRating: cell("best"), worstRating: cell("worst"))
            if profile.name.isEmpty || profile.container.isEmpty || profile.body.isEmpty
                || (profile.host.isEmpty && profile.signature.isEmpty)
            {
                findings.append(
                    Finding(
                        source: source, position: "line \(offset + 1)",
                        reason: "site profile needs profile, container, body and a host or signature", ordinal: offset))
                continue
            }
            if let invalid = profile.invalidExpression() {
                findings.append(
                    Finding(
                        source: source, position: "line \(offset + 1)",
                        reason: "site profile \(profile.name): invalid XPath \(invalid)", ordinal: offset))
                continue
            }
            profiles.append(profile)
        }
        return (profiles, findings)
    }

    /// The first selector libxml2 cannot compile, or `nil`: a typo in the file is reported when
    /// the file is loaded, not silently ignored on every page.
    func invalidExpression() -> String? {
        guard let probe = try? HTMLDocument(bytes: Array("<html><body><div></div></body></html>".utf8)) else {
            return nil
        }
        let fields = ["body": body, "title": title, "rating": rating, "date": date, "author": author]
        for expression in [signature, container] where !expression.isEmpty {
            do { _ = try probe.matches(expression) } catch { return expression }
        }
        do {
            _ = try probe.records(container: "//div", fields: fields)
        } catch {
            if case .invalidXPath(let expression) = error { return expression }
            return container
        }
        return nil
    }

    /// Reads every `*.tsv` file of `directory` (sorted by name, so the first matching profile is
    /// stable); a missing directory gives no profile and no finding.
    public static func load(from directory: URL) -> (profiles: [SiteProfile], findings: [Finding]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tsv") }
                .sorted()
        } catch {
            return ([], [])
        }
        var profiles: [SiteProfile] = []
        var findings: [Finding] = []
        for name in names {
            let url = directory.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path),
                let text = String(data: data, encoding: .utf8)
            else {
                findings.append(Finding(source: url.path, reason: "cannot read site profile file as UTF-8"))
                continue
            }
            let parsed = parse(text, source: url.path)
            profiles += parsed.profiles
            findings += parsed.findings
        }
        return (profiles, findings)
    }
}
