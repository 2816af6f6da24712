/// One typed cell of a report, so that numbers are spelled for the dialect and text is quoted and
/// neutralised against formula injection, never the other way round.
public enum CSVCell: Sendable, Hashable {
    case text(String)
    case integer(Int)
    /// A number written with a fixed count of decimals.
    case decimal(Double, places: Int)
    case empty

    /// A text cell, or an empty one for `nil`.
    public static func optionalText(_ value: String?) -> CSVCell { value.map(CSVCell.text) ?? .empty }
    /// An integer cell, or an empty one for `nil`.
    public static func optionalInteger(_ value: Int?) -> CSVCell { value.map(CSVCell.integer) ?? .empty }
    /// A decimal cell, or an empty one for `nil` or a non-finite value.
    public static func optionalDecimal(_ value: Double?, places: Int) -> CSVCell {
        guard let value, value.isFinite else { return .empty }
        return .decimal(value, places: places)
    }
}
