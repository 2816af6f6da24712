/// Emotions a CX team tracks (Ekman's basic emotions adapted to customer service: frustration and
/// worry split from anger and fear, trust/relief added; see docs and the Q°emotion notes in
/// `cx-anchors.md`).
public enum Emotion: String, Sendable, Hashable, CaseIterable, Comparable {
    case anger
    case frustration
    case worry
    case sadness
    case disgust
    case joy
    case surprise
    case trust

    public static func < (lhs: Emotion, rhs: Emotion) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One emotion found in a verbatim, with its intensity in 0…1.
public struct EmotionScore: Sendable, Hashable {
    public var emotion: Emotion
    public var intensity: Double

    public init(emotion: Emotion, intensity: Double) {
        self.emotion = emotion
        self.intensity = intensity
    }
}
