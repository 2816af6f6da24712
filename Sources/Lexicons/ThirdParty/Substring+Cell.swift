import Foundation

extension Substring {
    /// The cell without surrounding spaces (and without a CSV pair of double quotes).
    var trimmed: String {
        var cell = trimmingCharacters(in: .whitespaces)
        if cell.count >= 2, cell.hasPrefix("\""), cell.hasSuffix("\"") {
            cell = String(cell.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
        }
        return cell
    }
}
