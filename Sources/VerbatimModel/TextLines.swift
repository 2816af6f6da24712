extension StringProtocol {
    /// The lines of a text, split at `\n` and at `\r\n`: Swift reads `\r\n` as one `Character`, so a
    /// split on `"\n"` alone would see a file saved on Windows as one long line.
    public func textLines(omittingEmptySubsequences: Bool = false) -> [SubSequence] {
        split(omittingEmptySubsequences: omittingEmptySubsequences, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }
}
