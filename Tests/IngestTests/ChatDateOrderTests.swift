import Foundation
import Testing
import VerbatimModel

@testable import Ingest

/// Whether `03/04/19` is 3 April or 4 March is decided once per file, from all its dates.
@Suite("Chat: day/month order decided once per file")
struct ChatDateOrderTests {
    private func read(_ text: String) -> IngestOutput {
        ChatTranscriptReader.read(Array(text.utf8), path: "chats/wa.txt", options: shopOptions)
    }

    private func day(_ output: IngestOutput, _ index: Int) -> [Int]? {
        guard index < output.verbatims.count, let date = output.verbatims[index].date else { return nil }
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        return [parts.year ?? 0, parts.month ?? 0, parts.day ?? 0]
    }

    @Test(
        "A later date that only one order can read decides the order of every date of the file",
        arguments: [
            // `01/30/19` proves month first: line 1 is 2 January.
            ("01/02/19, 10:02 - Leah: Where is my parcel?\n01/30/19, 10:05 - Leah: Still nothing.", [2019, 1, 2]),
            // `30/01/19` proves day first: line 1 is 1 February.
            ("01/02/19, 10:02 - Léa: Où est mon colis ?\n30/01/19, 10:05 - Léa: Toujours rien.", [2019, 2, 1]),
            ("[01.02.19, 10:02:11] Léa: Où est mon colis ?\n[13.02.19, 10:05:00] Léa: Toujours rien.", [2019, 2, 1]),
            ("[02-01-2019 10:02] Leah: Where is my parcel?\n[02-13-2019 10:05] Leah: Still nothing.", [2019, 2, 1]),
        ])
    func provenOrder(transcript: String, firstDay: [Int]) {
        let output = read(transcript)
        #expect(output.verbatims.count == 2)
        #expect(day(output, 0) == firstDay)
        #expect(output.findings.isEmpty)
    }

    @Test(
        "Without proof, the order under which the messages keep going forward in time wins",
        arguments: [
            // Day first: 5 March then 4 April; month first would go back from 3 May to 4 April.
            ("05/03/19, 10:02 - Léa: Colis perdu.\n04/04/19, 10:05 - Léa: Toujours rien.", [2019, 3, 5]),
            // Month first: 5 March then 4 April; day first would go back from 3 May to 4 April.
            ("03/05/19, 10:02 - Léa: Colis perdu.\n04/04/19, 10:05 - Léa: Toujours rien.", [2019, 3, 5]),
        ])
    func chronology(transcript: String, firstDay: [Int]) {
        #expect(day(read(transcript), 0) == firstDay)
    }

    @Test(
        "Without proof nor chronology, the locale of the layout decides: month first for the US layout only",
        arguments: [
            ("3/4/19, 2:09 PM - Leah: Where is my parcel?", [2019, 3, 4]),
            ("[3/4/19, 2:09:11 PM] Leah: Where is my parcel?", [2019, 3, 4]),
            ("03/04/2019 à 14:09 - Léa: Où est mon colis ?", [2019, 4, 3]),
            ("03/04/19, 14:09 - Léa: Où est mon colis ?", [2019, 4, 3]),
            ("03/04/19, 2:09 pm - Leah: Where is my parcel?", [2019, 4, 3]),
            ("03.04.19, 14:09 - Léa: Où est mon colis ?", [2019, 4, 3]),
            ("[03/04/2019 2:09:00 p. m.] Léa: ¿Dónde está mi paquete?", [2019, 4, 3]),
        ])
    func localeFallback(transcript: String, firstDay: [Int]) {
        #expect(day(read(transcript), 0) == firstDay)
    }

    @Test("A date no calendar has, in a file whose order is proven, is a warning; the turn is kept undated")
    func impossibleDate() {
        let output = read("30/01/19, 10:02 - Léa: Colis perdu.\n31/02/19, 10:05 - Léa: Toujours rien.")
        #expect(output.verbatims.map(\.text) == ["Colis perdu.", "Toujours rien."])
        #expect(day(output, 0) == [2019, 1, 30])
        #expect(output.verbatims[1].date == nil)
        #expect(output.findings.count == 1)
        #expect(output.findings.first?.severity == .warning)
        #expect(output.findings.first?.position == "line 2")
        #expect(output.findings.first?.reason.contains("31/02/19") == true)
    }

    @Test("Dates proving both orders are a warning; the file is read with the fallback order")
    func conflictingProofs() {
        let output = read(
            "13/01/19, 10:02 - Léa: Colis perdu.\n01/14/19, 10:05 - Léa: Toujours rien.\n02/03/19, 10:06 - Léa: Alors ?"
        )
        #expect(output.verbatims.count == 3)
        #expect(
            output.findings.contains {
                $0.severity == .warning && $0.reason.contains("line 1") && $0.reason.contains("line 2")
            })
        // Both orders keep time order; day first, the locale fallback: the month-first line is undated.
        #expect(day(output, 0) == [2019, 1, 13])
        #expect(output.verbatims[1].date == nil)
        #expect(day(output, 2) == [2019, 3, 2])
    }

    @Test("Year-first dates are never in doubt and prove nothing about the others")
    func yearFirst() {
        let output = read("[2019-04-16 02:09] Léa: Colis perdu.\n[2019/04/17 14:09] Léa: Toujours rien.")
        #expect(day(output, 0) == [2019, 4, 16])
        #expect(day(output, 1) == [2019, 4, 17])
    }

    @Test("A time-only log keeps the day its header names")
    func timeOnlyLog() {
        let output = read("Conversation du 03/04/2026\n(10:02) Client : Où est mon colis ?")
        #expect(output.verbatims.first?.date == CivilTime.date(year: 2026, month: 4, day: 3, hour: 10, minute: 2))
        #expect(output.findings.isEmpty)
    }
}
