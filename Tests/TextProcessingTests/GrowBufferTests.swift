import Testing
import TextProcessing

/// The owner of the scorer's memory keeps value semantics and its contents: a scratch copied
/// between two tasks must not see the other's writes, and growing for a longer text must not lose
/// what the buffer held.
@Suite("GrowBuffer")
struct GrowBufferTests {
    @Test func aCopyIsNotChangedByALaterWriteToTheOriginal() {
        var original = GrowBuffer([1, 2, 3], blank: 0)
        let copy = original
        original.withMutableView(count: 3) { $0[1] = 20 }
        #expect(original.elements(count: 3) == [1, 20, 3])
        #expect(copy.elements(count: 3) == [1, 2, 3])
    }

    @Test func growingKeepsTheContentsAndFillsNewSlotsWithBlank() {
        var buffer = GrowBuffer([7, 8], blank: -1)
        let before = buffer.capacity
        buffer.prepare(count: before * 4 + 1)
        #expect(buffer.capacity >= before * 4 + 1)
        #expect(buffer.elements(count: 2) == [7, 8])
        #expect(buffer[buffer.capacity - 1] == -1)
    }

    @Test func aWriteAfterGrowingLandsInTheGrownStorage() {
        var buffer = GrowBuffer<UInt8>(blank: 0, capacity: 1)
        buffer.withMutableView(count: 300) { view in
            for index in view.indices { view[index] = UInt8(truncatingIfNeeded: index) }
        }
        #expect(buffer.elements(count: 300) == (0..<300).map { UInt8(truncatingIfNeeded: $0) })
        #expect(buffer.withView(count: 300) { $0.extracting(255..<258).map { $0 } } == [255, 0, 1])
    }

    @Test func aDecodedViewIsTheStringOfItsBytesWithIllFormedOnesRepaired() {
        let bytes = Array("xcafé".utf8) + [0xFF, 0x41]
        let buffer = GrowBuffer(bytes, blank: 0)
        let decoded = buffer.withView(count: bytes.count) { $0.extracting(1..<bytes.count).decodedString() }
        #expect(decoded == "café\u{FFFD}A")
        #expect(buffer.withView(count: bytes.count) { $0.extracting(2..<2).decodedString() } == "")
    }
}
