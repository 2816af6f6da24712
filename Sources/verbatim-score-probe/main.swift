import Foundation
import Pipeline

// `verbatim-score-probe LEXICONS FILE`: `verbatim score FILE`, output discarded, in a plain
// synchronous process, for `make bench` to count its instructions with valgrind's callgrind.
//
// An instruction count does not move with the neighbours of a shared VM, where the same `score`
// run takes from 1.2 s to 2 s from one minute to the next; it tells whether a change made the
// scorer do less. `verbatim` itself cannot be counted: valgrind stops at the worker threads its
// asynchronous command runner starts, and this process starts none.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: verbatim-score-probe LEXICONS FILE\n".utf8))
    exit(2)
}
do {
    let analyzer = try VerbatimAnalyzer(lexicons: URL(fileURLWithPath: arguments[1], isDirectory: true), journey: nil)
    let input = open(arguments[2], O_RDONLY)
    let output = open("/dev/null", O_WRONLY)
    guard input >= 0, output >= 0 else {
        FileHandle.standardError.write(Data("verbatim-score-probe: cannot open \(arguments[2])\n".utf8))
        exit(1)
    }
    let rows = try ScoreStream(analyzer: analyzer).run(input: input, name: arguments[2], output: output)
    print(rows)
} catch {
    FileHandle.standardError.write(Data("verbatim-score-probe: \(error)\n".utf8))
    exit(1)
}
