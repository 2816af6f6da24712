import Aggregation
import Foundation
import Pipeline
import Testing

/// `verbatim eval` measures what the analyser predicts: the same language, foreign-language
/// detection and score as `analyze` and `score`, read from the same kind of text table.
@Suite struct EvalRunnerTests {
    /// Evaluates `table` written to a temporary file.
    static func evaluate(_ table: String) throws -> EvalRunner.Result {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("eval-\(UUID().uuidString).tsv")
        try Data(table.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let analyzer = try VerbatimAnalyzer(lexicons: ForeignVerbatimTests.lexicons, journey: nil)
        return try EvalRunner(analyzer: analyzer).evaluate(file)
    }

    @Test func aGermanRowIsPredictedNeutralUnderUnd() throws {
        let result = try Self.evaluate(
            "id\tlabel\ttext\n"
                + "1\tneg\tDie Lieferung ist leider noch nicht da und ich warte seit einer Woche auf mein Geschenk.\n"
                + "2\tneg\tLa livraison n'est toujours pas arrivée, je suis très déçue.\n"
                + "3\tbof\tUne ligne sans label connu.\n")
        #expect(result.perLanguage.keys.sorted() == ["fr", "und"])
        #expect(result.perLanguage["und"]?.count(gold: .neg, predicted: .neu) == 1)
        #expect(result.perLanguage["fr"]?.count(gold: .neg, predicted: .neg) == 1)
        #expect(result.skipped == 1)
    }

    @Test func anEmptyFileHasEmptyMatricesAndAFileWithoutLabelIsRefused() throws {
        #expect(try Self.evaluate("").overall.total == 0)
        let error = #expect(throws: TextTableError.self) { try Self.evaluate("id\ttext\n1\tbonjour\n") }
        #expect("\(error.map { "\($0)" } ?? "")".contains("'label'"))
    }
}
