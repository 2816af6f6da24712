import Foundation
import Ingest
import PersonalData
import Testing

@testable import Pipeline

/// `phone_country` and `order_pattern` in `verbatim-config.tsv` (issue 18): read into the run's
/// options, and a wrong line stops the run with `file:line: what is wrong`.
@Suite("Identity evidence: verbatim-config.tsv keys")
struct IdentityConfigurationTests {
    /// `CorpusConfiguration.load` over a corpus folder holding only `rows` as its configuration.
    static func load(_ rows: [String]) throws -> CorpusConfiguration {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("identity-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let text = "# test\nkey\tvalue\n" + rows.map { $0 + "\n" }.joined()
        try Data(text.utf8).write(to: root.appendingPathComponent(CorpusConfiguration.fileName))
        return try CorpusConfiguration.load(corpus: root)
    }

    @Test("Without the keys, national numbers are no evidence and the default order form applies")
    func defaults() throws {
        let configuration = try Self.load(["company_domain\tshop.example"])
        #expect(configuration.phoneCountry == nil)
        #expect(configuration.orderPatterns.isEmpty)
    }

    @Test("phone_country names a plan; order_pattern may repeat", arguments: ["33", "+33", "0033"])
    func keys(country: String) throws {
        let configuration = try Self.load([
            "phone_country\t\(country)", "order_pattern\t" + #"CMD-\d{7}"#, "order_pattern\t" + #"commande (\d{9})"#,
        ])
        #expect(configuration.phoneCountry?.callingCode == "33")
        #expect(configuration.orderPatterns.map(\.source) == [#"CMD-\d{7}"#, #"commande (\d{9})"#])
    }

    @Test(
        "A wrong line is an error naming its line",
        arguments: [
            (["phone_country\t39"], "line 3", "phone_country '39'"),
            (["phone_country\t33", "phone_country\t32"], "line 4", "twice"),
            (["order_pattern\tcommande (\\d+"], "line 3", "no valid regular expression"),
            (["order_patern\tx"], "line 3", "order_pattern"),
        ])
    func errors(rows: [String], line: String, reason: String) {
        do {
            _ = try Self.load(rows)
            Issue.record("\(rows) was accepted")
        } catch {
            #expect("\(error)".contains("verbatim-config.tsv:\(line.dropFirst(5))"), "\(error)")
            #expect("\(error)".contains(reason), "\(error)")
        }
    }
}
