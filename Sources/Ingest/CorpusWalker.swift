import Foundation
import VerbatimModel

/// Finds input files under a corpus root and recognises their format. STUB: extension-only for now.
enum CorpusWalker {
    static func units(in root: URL) -> (units: [IngestUnit], findings: [Finding]) {
        ([], [])
    }

    static func bytes(of unit: IngestUnit) throws -> [UInt8] {
        let data = try Data(contentsOf: unit.url, options: .alwaysMapped)
        if let range = unit.byteRange {
            return [UInt8](data[range])
        }
        return [UInt8](data)
    }
}
