import Foundation
import Lexicons
import VerbatimModel

/// The `lexicon stats` section of the third-party lexicons of one language: what each file read,
/// added, and left to our entries or an earlier file, and its skipped lines.
struct ExtraLexiconStats {
    let overlays: [ThirdPartyOverlay]

    /// Bad lines listed per file (all of them are counted).
    static let findingsListed = 10

    private static func row(_ label: String, _ value: Int) -> String {
        "    \(label.padding(toLength: 26, withPad: " ", startingAt: 0)) \(value)"
    }

    func print() {
        guard !overlays.isEmpty else { return }
        Swift.print("  extra lexicons (our entries win for terms both define; earlier files win over later ones):")
        for overlay in overlays {
            Swift.print("  \(overlay.source) (\(overlay.format.rawValue)):")
            Swift.print(Self.row("lines read", overlay.lines))
            Swift.print(Self.row("terms read", overlay.terms))
            Swift.print(Self.row("terms added", overlay.added))
            Swift.print(Self.row("shadowed by ours", overlay.shadowedByOurs))
            Swift.print(Self.row("given by an earlier file", overlay.shadowedByExtra))
            Swift.print(Self.row("no valence or emotion", overlay.empty))
            Swift.print(Self.row("bad lines skipped", overlay.findings.count))
            for finding in overlay.findings.prefix(Self.findingsListed) {
                Swift.print("      \(finding.position): \(finding.reason)")
            }
            if overlay.findings.count > Self.findingsListed {
                Swift.print("      … and \(overlay.findings.count - Self.findingsListed) more")
            }
        }
    }
}
