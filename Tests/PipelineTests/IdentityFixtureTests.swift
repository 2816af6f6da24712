import Foundation
import Ingest
import Testing
import VerbatimModel

@testable import Pipeline

/// The identity test corpus (`Corpus/identity`, see its README): three people writing by e-mail,
/// chat and survey under different names, and a concierge's address all three give. What the
/// readers put on the verbatims must link each person's contacts and nobody else's, but for the
/// decoy, which the people stage's over-merge guard must ignore.
@Suite("Identity evidence: the three-people corpus")
struct IdentityFixtureTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Corpus/identity/corpus")

    /// The verbatims of `corpus`, read with the options a run prepares (configuration, lists).
    static func verbatims(of corpus: URL = corpus) throws -> [Verbatim] {
        let configuration = AnalyzeConfiguration(
            corpus: corpus, output: FileManager.default.temporaryDirectory, lexicons: AnalyzeRunTests.lexicons)
        let options = try AnalyzeRun.prepare(configuration).options
        return Ingestor.units(in: corpus).units.flatMap { Ingestor.read($0, options: options).verbatims }
    }

    /// Whose verbatim it is, by file (and by survey row).
    static func person(_ verbatim: Verbatim) -> String {
        let path = verbatim.source.path.lowercased()
        for name in ["claire", "james", "sophie"] where path.contains(name) { return name }
        if path.contains("whatsapp") { return "sophie" }
        return ["row 2": "claire", "row 3": "james", "row 4": "sophie"][verbatim.source.position] ?? "?"
    }

    @Test("Each person's contacts share evidence with their e-mail; no two people share any but the decoy")
    func links() throws {
        let verbatims = try Self.verbatims()
        let people = Dictionary(grouping: verbatims, by: Self.person)
        #expect(people.keys.sorted() == ["claire", "james", "sophie"])
        let decoy = entry("email", "conciergerie@residence-tilleuls.example", secret: IngestOptions().customerKeySecret)
        for (name, own) in people {
            #expect(Set(own.map(\.channel)) == [.email, .chat, .survey], "\(name) \(own.map(\.source))")
            let mail = Set(try #require(own.first { $0.channel == .email }).evidence).subtracting([decoy])
            for verbatim in own {
                #expect(!mail.isDisjoint(with: verbatim.evidence), "\(name): \(verbatim.source)")
            }
            let others = Set(verbatims.filter { Self.person($0) != name }.flatMap(\.evidence))
            #expect(Set(own.flatMap(\.evidence)).intersection(others) == [decoy], "\(name)")
        }
        #expect(people.values.allSatisfy { $0.contains { $0.evidence.contains(decoy) } })
    }

    @Test("corpora/sample: its three cross-channel people are linked in every channel (make_sample_people.py)")
    func samplePeople() throws {
        let sample = AnalyzeRunTests.lexicons.deletingLastPathComponent().appendingPathComponent("corpora/sample")
        let verbatims = try Self.verbatims(of: sample)
        let files = [
            "helene": [
                "2026-11-09-abat-jour-ecrase.eml", "2026-11-11-livechat-fr-21.txt", "relances_novembre_2026.csv|row 2",
            ],
            "oliver": [
                "2026-11-13-refund-return-whatsapp.eml", "WhatsApp Chat with +44 7700 900321.txt",
                "relances_novembre_2026.csv|row 3",
            ],
            "nadia": [
                "2026-11-16-paiement-double.eml", "2026-11-17-chat-fr-22.txt", "relances_novembre_2026.csv|row 4",
            ],
        ]
        for (name, places) in files {
            let own = verbatims.filter { verbatim in
                places.contains { place in
                    let parts = place.split(separator: "|")
                    return verbatim.source.path.hasSuffix(String(parts[0]))
                        && (parts.count == 1 || verbatim.source.position == parts[1])
                }
            }
            #expect(Set(own.map(\.channel)) == [.email, .chat, .survey], "\(name) \(own.map(\.source))")
            let mail = Set(try #require(own.first { $0.channel == .email }).evidence)
            #expect(own.allSatisfy { !mail.isDisjoint(with: $0.evidence) }, "\(name)")
        }
    }

    func entry(_ kind: String, _ identity: String, secret: String) -> String {
        kind + ":" + CustomerKeyer(secret: secret).key(for: identity)
    }
}
