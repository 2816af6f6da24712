import Foundation
import VerbatimModel

/// The partials of one run, opened and checked before any report is started, then read back as
/// one stream of unit results in the whole run's order: a k-way merge over files that each hold
/// their units in that order, so memory holds one result at a time, whatever the corpus size.
struct PartialMerge {
    /// The first partial's header: the run's units and its set-up and listing findings.
    let header: PartialHeader
    private var readers: [PartialReader]
    /// For each unit of the run, the partial that holds its result.
    private let owners: [Int]

    /// Opens `files` and checks that they belong together: one format version, one shaping, one
    /// corpus listing, and every unit held by exactly one of them; `reportShaping` is the merge's
    /// own (`PartialShaping.reports`).
    init(files: [URL], reportShaping: String) throws {
        guard let leadFile = files.first else { throw PartialError.noPartial }
        let lead = try PartialReader(url: leadFile)
        var readers: [PartialReader] = []
        var owners = [Int?](repeating: nil, count: lead.header.units.count)
        // One header at a time, its listing dropped once checked: memory holds one copy of the unit list.
        for file in files {
            var reader = readers.isEmpty ? lead : try PartialReader(url: file)
            try Self.check(reader, against: lead, reportShaping: reportShaping)
            for index in reader.header.analysed {
                guard owners.indices.contains(index) else {
                    throw PartialError.corrupt(file: reader.name, reason: "unit \(index) of \(owners.count)")
                }
                if let owner = owners[index] {
                    throw PartialError.duplicateUnit(
                        path: lead.header.units[index].path, files: [readers[owner].name, reader.name])
                }
                owners[index] = readers.count
            }
            if !readers.isEmpty { reader.dropListing() }
            readers.append(reader)
        }
        if let missing = owners.firstIndex(of: nil) {
            throw PartialError.missingUnit(path: lead.header.units[missing].path)
        }
        self.header = lead.header
        self.readers = readers
        self.owners = owners.compactMap { $0 }
    }

    /// `reader` belongs with `lead`: same version (checked on opening), shaping and listing, and the
    /// merge's own report shaping.
    private static func check(_ reader: PartialReader, against lead: PartialReader, reportShaping: String) throws {
        let header = reader.header
        guard header.shaping == lead.header.shaping else {
            throw PartialError.shaping(file: reader.name, other: lead.name)
        }
        guard header.reportShaping == reportShaping else { throw PartialError.reportShaping(file: reader.name) }
        guard header.units == lead.header.units, header.corpus == lead.header.corpus,
            header.listingFindings == lead.header.listingFindings
        else {
            throw PartialError.listing(file: reader.name, other: lead.name)
        }
    }

    /// Hands every unit result to `consume` in the whole run's order, with its place in the run.
    mutating func feed(_ consume: (UnitPlace, AnalyzeRun.UnitResult) throws -> Void) throws {
        for (index, owner) in owners.enumerated() {
            let name = readers[owner].name
            guard let (held, archive) = try readers[owner].nextArchive(), held == index else {
                throw PartialError.corrupt(file: name, reason: "unit results out of the header's order")
            }
            let result: AnalyzeRun.UnitResult
            do {
                result = try UnitArchive.decode(archive)
            } catch {
                throw PartialError.corrupt(file: name, reason: "\(header.units[index].path): \(error)")
            }
            try consume(header.units[index].place, result)
        }
        for var reader in readers { _ = try reader.nextArchive() }
    }
}
