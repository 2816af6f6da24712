import Foundation
import Lexicons
import Testing
import VerbatimModel

/// Lint of every bundled theme, signal and journey file: they load, every theme has French and
/// English terms, every journey knows its themes, and no pattern means two themes in one journey.
struct ThemeLexiconLintTests {
    static let lexicons = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lexicons")

    static var journeyFiles: [URL] {
        let folder = lexicons.appendingPathComponent("journeys")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".tsv") }.sorted().map { folder.appendingPathComponent($0) }
    }

    static func themeLexicon() throws -> ThemeLexicon {
        try ThemeLexicon(directory: lexicons.appendingPathComponent("themes"))
    }

    @Test("every file starts with # comment lines describing it")
    func headers() throws {
        let folders = ["themes", "journeys", "signals"].map { Self.lexicons.appendingPathComponent($0) }
        var files: [URL] = []
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".tsv") {
                files.append(folder.appendingPathComponent(name))
            }
        }
        #expect(files.count >= 9)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let comments = text.split(separator: "\n").prefix { $0.hasPrefix("#") }
            #expect(comments.count >= 3, "\(file.lastPathComponent) needs a header describing its format and sources")
            #expect(
                comments.contains { $0.localizedCaseInsensitiveContains("source") },
                "\(file.lastPathComponent) cites no source")
        }
    }

    @Test("the taxonomy has at least 40 themes, each with French and English terms")
    func coverage() throws {
        let lexicon = try Self.themeLexicon()
        #expect(lexicon.themes.count >= 40)
        for theme in lexicon.themes {
            for language in [Language.fr, .en] {
                let count = lexicon.terms.filter {
                    $0.theme == theme.id && $0.language == language && $0.kind != .exclude
                }
                .count
                #expect(count >= 1, "theme \(theme.id) has no \(language) term")
            }
        }
    }

    @Test(
        "every bundled journey loads and every theme is filed somewhere",
        arguments: ["ecommerce", "transport", "hospitality", "saas", "telecom"])
    func journeyLoads(name: String) throws {
        let lexicon = try Self.themeLexicon()
        let url = Self.lexicons.appendingPathComponent("journeys").appendingPathComponent("\(name).tsv")
        let journey = try Journey(contentsOf: url, knownThemes: Set(lexicon.themes.map(\.id)))
        #expect(journey.touchpoints.count >= 4)
        #expect(journey.touchpoints.allSatisfy { !$0.themes.isEmpty })
    }

    @Test("every theme is used by at least one bundled journey")
    func everyThemeUsed() throws {
        let lexicon = try Self.themeLexicon()
        var used = Set<String>()
        for url in Self.journeyFiles {
            used.formUnion(try Journey(contentsOf: url, knownThemes: Set(lexicon.themes.map(\.id))).themes)
        }
        let unused = lexicon.themes.map(\.id).filter { !used.contains($0) }
        #expect(unused.isEmpty, "themes no journey files: \(unused)")
    }

    @Test("within one journey, no pattern reveals two themes")
    func noAmbiguousPattern() throws {
        let lexicon = try Self.themeLexicon()
        for url in Self.journeyFiles {
            let scope = try Journey(contentsOf: url, knownThemes: Set(lexicon.themes.map(\.id))).themes
            var owner: [String: ThemeTerm] = [:]
            for term in lexicon.terms where term.kind != .exclude && scope.contains(term.theme) {
                let key = "\(term.language.rawValue) \(Self.foldedElements(term.pattern))"
                if let first = owner[key], first.theme != term.theme {
                    Issue.record(
                        "\(url.lastPathComponent): '\(term.pattern)' is \(first.theme) (\(first.file):\(first.line)) and \(term.theme) (\(term.file):\(term.line))"
                    )
                }
                owner[key] = owner[key] ?? term
            }
        }
    }

    @Test("signal files load with the three signals of issue 6 in both languages")
    func signals() throws {
        let lexicon = try SignalLexicon(directory: Self.lexicons.appendingPathComponent("signals"))
        for signal in ["effort", "churn", "urgency"] {
            for language in [Language.fr, .en] {
                #expect(
                    lexicon.terms.contains { $0.signal == signal && $0.language == language && $0.kind != .exclude })
            }
        }
    }

    /// Pattern elements compared without accents (an `exact` and a `term` row may collide).
    static func foldedElements(_ pattern: ThemePattern) -> String {
        pattern.elements.map { element in
            switch element {
            case .word(let key), .accented(_, folded: let key): key
            case .prefix(let stem): stem + "*"
            case .number: "<number>"
            case .gap: "~"
            }
        }.joined(separator: " ")
    }
}
