import Foundation
import VerbatimModel

/// Normalises a star or score rating to 0…1 with the scale the page declares.
///
/// schema.org `Rating`: `bestRating` defaults to 5 and `worstRating` to 1 when absent
/// (https://schema.org/Rating). Values come as numbers or strings, sometimes with a decimal comma
/// (`4,5`) or as `4/5`, in which case the denominator is the best value.
enum ReviewRating {
    /// Outcome of a normalisation.
    enum Outcome: Equatable {
        case normalised(Double)
        case absent
        /// The value is not a number, or lies outside `worst…best`; the string says which.
        case invalid(String)
    }

    /// The widest scale read: stars (5), marks (10, 20) and percentages (100) fit with room to
    /// spare; a 20-digit `bestRating` is a broken page, not a scale.
    static let maximumBest: Double = 1_000

    static func normalise(value: String, best: String, worst: String) -> Outcome {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .absent }
        var bestValue = number(in: best) ?? 5
        let worstValue = number(in: worst) ?? 1
        var ratingText = Substring(trimmed)
        if let slash = trimmed.firstIndex(of: "/") {
            ratingText = trimmed[..<slash]
            if best.isEmpty, let denominator = number(in: String(trimmed[trimmed.index(after: slash)...])) {
                bestValue = denominator
            }
        }
        let shown = Finding.excerpt(trimmed, limit: 40)
        guard let rating = number(in: String(ratingText)) else {
            return .invalid("rating \"\(shown)\" is not a number")
        }
        // A run of 400 digits reads as infinity: no rating can be made of it.
        guard rating.isFinite, rating <= maximumBest else { return .invalid("rating \(shown) is beyond any scale") }
        guard bestValue.isFinite, worstValue.isFinite, bestValue <= maximumBest else {
            return .invalid(
                "rating scale \(format(worstValue))…\(format(bestValue)) beyond 0…\(format(maximumBest)), rating ignored"
            )
        }
        guard bestValue > worstValue else { return .invalid("rating scale \(worstValue)…\(bestValue) is empty") }
        // A 0 on a default 1…5 scale is a real site habit ("0 stars"); it is out of the declared
        // scale, so it is reported rather than silently clamped.
        guard rating >= worstValue, rating <= bestValue else {
            return .invalid("rating \(shown) outside \(format(worstValue))…\(format(bestValue))")
        }
        return .normalised((rating - worstValue) / (bestValue - worstValue))
    }

    /// The first decimal number in `text` (`4,5` and `4.5` alike; `--data-percent:0.80` → 0.8).
    static func number(in text: String) -> Double? {
        var digits = ""
        var seenSeparator = false
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if character == "." || character == ",", !digits.isEmpty, !seenSeparator {
                digits.append(".")
                seenSeparator = true
            } else if character == "-", digits.isEmpty {
                continue
            } else if !digits.isEmpty {
                break
            }
        }
        if digits.hasSuffix(".") { digits.removeLast() }
        return Double(digits)
    }

    /// `5` for 5.0, `4.5`, and `1.2345678901234567e+19` for a value no `Int` holds (`Int(exactly:)`:
    /// a 20-digit `bestRating` must not trap).
    static func format(_ value: Double) -> String {
        Int(exactly: value).map(String.init) ?? String(value)
    }
}
