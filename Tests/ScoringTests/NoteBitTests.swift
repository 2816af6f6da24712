import Testing

@testable import Scoring

/// Each rule declares the `Notes` bit it sets in its own file; two rules sharing a bit would make
/// `explain` and the emotion filter misread an item.
@Suite("Note bits")
struct NoteBitTests {
    @Test("every note has its own bit, with the raw values of before the rules moved")
    func distinct() {
        let notes: [ScoringScratch.Notes] = [
            .negated, .partiallyNegated, .spokenNegation, .boosted, .caps, .elongated, .excess, .wish, .conditional,
            .question, .phrase, .stemmed, .restriction, .neverSo, .rating, .raisedNegation, .failure, .superseded,
            .asIntensifier,
        ]
        #expect(notes.map(\.rawValue) == (0..<19).map { UInt32(1) << UInt32($0) })
    }

    @Test("the implicit-complaint notes have their own bits, above the others")
    func implicitComplaints() {
        let notes: [ScoringScratch.Notes] = [.statedFailure, .waiting, .churn, .sarcasm, .courtesy, .brokenPromise]
        #expect(notes.map(\.rawValue) == (24..<30).map { UInt32(1) << UInt32($0) })
    }
}
