public import Foundation
public import VerbatimModel

/// The word lists of `lexicons/identity/`: what is never a person's identity evidence.
///
/// - `generic-addresses.tsv`: local parts of role and relay mailboxes (`noreply`, `postmaster`) and,
///   written `@domain`, relay domains whose every address stands for someone else (a marketplace's
///   buyer relay). Such an address is shared by many people, or by none in particular.
/// - `not-order-prefixes.tsv`: capitals before a number that make it no order number (`TSA 70011`,
///   `ISO 14001`).
///
/// Both are `entry<TAB>note` after `#` comment lines and a header row, read as the speaker lists are
/// (`SpeakerLexicon.parse`).
public struct IdentityLexicon: Sendable, Hashable {
    /// Generic local parts, lowercased.
    public var genericLocalParts: Set<String>
    /// Relay domains, lowercased, without `@`.
    public var relayDomains: [String]
    /// Capital prefixes that are no order number's.
    public var notOrderPrefixes: Set<String>

    public static let genericAddressesFile = "generic-addresses.tsv"
    public static let notOrderPrefixesFile = "not-order-prefixes.tsv"

    public init(genericLocalParts: Set<String> = [], relayDomains: [String] = [], notOrderPrefixes: Set<String> = []) {
        self.genericLocalParts = genericLocalParts
        self.relayDomains = relayDomains
        self.notOrderPrefixes = notOrderPrefixes
    }

    /// Adds the entries of `generic-addresses.tsv`: local parts, and `@domain`s (`@marketplace.amazon.*`:
    /// that name under a short public suffix, as the webmail list writes it).
    public mutating func addAddresses(_ entries: [String]) {
        for entry in entries.map({ CaseFolding.lower($0) }) {
            if entry.hasPrefix("@") {
                relayDomains.append(String(entry.dropFirst()))
            } else {
                genericLocalParts.insert(entry)
            }
        }
    }

    /// Whether `address` (lowercased) is a generic or relay address: its local part, or that local
    /// part up to a `+`, `-`, `.` or `_` followed by anything (`noreply-fr`, `no-reply+123`), is
    /// listed, or its domain is (or is below) a relay domain.
    public func isGeneric(_ address: String) -> Bool {
        let local = MailAddress.localPart(of: address)
        let domain = MailAddress.domain(of: address)
        if MailboxInference.isWebmail(domain, relayDomains) { return true }
        if genericLocalParts.contains(local) { return true }
        var cut = local.endIndex
        while let separator = local[..<cut].lastIndex(where: { "+-._".contains($0) }) {
            if genericLocalParts.contains(String(local[..<separator])) { return true }
            cut = separator
        }
        return false
    }

    /// Reads the lists of `directory` (`lexicons/identity`); a missing folder or file gives empty
    /// lists, a bad row a finding.
    public static func load(from directory: URL) -> (lexicon: IdentityLexicon, findings: [Finding]) {
        var lexicon = IdentityLexicon()
        var findings: [Finding] = []
        for name in [genericAddressesFile, notOrderPrefixesFile] {
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
                continue
            }
            let parsed = SpeakerLexicon.parse(String(decoding: data, as: UTF8.self), source: "identity/\(name)")
            findings += parsed.findings
            if name == genericAddressesFile {
                lexicon.addAddresses(parsed.entries)
            } else {
                lexicon.notOrderPrefixes.formUnion(parsed.entries)
            }
        }
        return (lexicon, findings)
    }
}
