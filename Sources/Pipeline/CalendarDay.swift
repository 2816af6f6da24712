public import Foundation

/// Parses the dates given on the command line: `YYYY-MM-DD` (midnight UTC) or a full ISO 8601 time.
public enum CalendarDay {
    /// The date, or `nil` when `text` is not one.
    public static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: "-", maxSplits: 2)
        if text.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
        {
            var components = DateComponents()
            components.year = year
            components.month = month
            components.day = day
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
            guard let date = calendar.date(from: components),
                calendar.component(.day, from: date) == day
            else { return nil }
            return date
        }
        return ISO8601DateFormatter().date(from: text)
    }
}
