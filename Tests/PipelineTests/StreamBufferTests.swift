import Foundation
import Testing

@testable import Pipeline

/// The byte buffer behind `verbatim score`: the cells it finds and the numbers it writes are the
/// output an analyst's spreadsheet reads.
@Suite struct StreamBufferTests {
    /// The buffer's bytes as text.
    static func text(_ buffer: borrowing StreamBuffer) -> String { buffer.string(0..<buffer.count) }

    @Test func scoresAreRoundedHalfAwayFromZeroAndNaNIsAnEmptyCell() {
        var buffer = StreamBuffer(capacity: 4)
        for value in [0.12346, -0.12346, 0.99996, -0.00001, 12.5, Double.nan, .infinity] {
            buffer.append(fixed: value)
            buffer.append(byte: 0x7C)
        }
        buffer.append(fixed: 0.125, digits: 2)
        #expect(Self.text(buffer) == "0.1235|-0.1235|1.0000|0.0000|12.5000|||0.13")
    }

    @Test func cellsOfALineWithShortRowsTabsAndACarriageReturn() {
        var buffer = StreamBuffer(capacity: 8)
        let line = "id-1\tune phrase assez longue pour le mot à mot\t\tfr\r"
        buffer.append(line)
        var cells = [Range<Int>](repeating: 0..<0, count: 5)
        let count = buffer.cells(of: 0..<buffer.count, into: &cells)
        let texts = cells.map { range in buffer.string(range) }
        #expect(count == 4)
        #expect(texts == ["id-1", "une phrase assez longue pour le mot à mot", "", "fr", ""])
    }

    @Test func aRowLongerThanTheBufferGrowsIt() {
        var buffer = StreamBuffer(capacity: 2)
        let long = String(repeating: "très long ", count: 1000)
        buffer.append(long)
        buffer.append(integer: 1_234_567)
        #expect(buffer.capacity >= buffer.count)
        #expect(Self.text(buffer) == long + "1234567")
    }
}
