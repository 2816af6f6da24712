import Foundation

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
        guard let rating = number(in: String(ratingText)) else { return .invalid("rating \"\(trimmed)\" is not a number") }
        guard bestValue > worstValue else { return .invalid("rating scale \(worstValue)…\(bestValue) is empty") }
        // A 0 on a default 1…5 scale is a real site habit ("0 stars"); it is out of the declared
        // scale, so it is reported rather than silently clamped.
        guard rating >= worstValue, rating <= bestValue else {
            return .invalid("rating \(trimmed) outside \(format(worstValue))…\(format(bestValue))")
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
            } else if (character == "." || character == ","), !digits.isEmpty, !seenSeparator {
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

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
