import Foundation

/// Writes a line to standard error (the summary and diagnostics never mix with report data on stdout).
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
