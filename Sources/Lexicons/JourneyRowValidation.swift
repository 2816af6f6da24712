import VerbatimModel

/// The checks of a journey file's rows, one row at a time, with what earlier rows claimed: orders,
/// ids, themes and channel defaults may each be used once (`Journey.init(table:knownThemes:)`).
struct JourneyRowValidation {
    let table: TSVTable
    let knownThemes: Set<String>
    let orderColumn: Int
    let idColumn: Int
    let frColumn: Int
    let enColumn: Int
    let themesColumn: Int
    /// `contact_themes`, optional: a journey file written before it existed has no contact-channel
    /// theme, so every theme is a journey step and placement is what it was.
    let contactThemesColumn: Int?
    /// `fallback_themes`, optional: themes that place a verbatim only when nothing else does.
    let fallbackThemesColumn: Int?
    let channelsColumn: Int?
    let hintsColumn: Int?
    /// Line of each order, id, theme owner and channel owner seen so far.
    var orders: [Int: Int] = [:]
    var ids: [String: Int] = [:]
    var themeOwner: [String: (String, Int)] = [:]
    var channelOwner: [Channel: String] = [:]

    init(table: TSVTable, knownThemes: Set<String>) throws(LexiconError) {
        self.table = table
        self.knownThemes = knownThemes
        orderColumn = try table.column("order")
        idColumn = try table.column("touchpoint")
        frColumn = try table.column("label_fr")
        enColumn = try table.column("label_en")
        themesColumn = try table.column("themes")
        contactThemesColumn = table.optionalColumn("contact_themes")
        fallbackThemesColumn = table.optionalColumn("fallback_themes")
        channelsColumn = table.optionalColumn("channels")
        hintsColumn = table.optionalColumn("hints")
    }

    /// The touchpoint of `row`, after checking it against the rows before it.
    mutating func touchpoint(_ row: TSVTable.Row) throws(LexiconError) -> JourneyTouchpoint {
        let file = table.file
        let fail = { (reason: String) in LexiconError.malformed(file: file, line: row.line, reason: reason) }
        let id = row[idColumn]
        guard let order = Int(row[orderColumn]) else {
            throw fail("order '\(row[orderColumn])' of touchpoint \(id) is not an integer")
        }
        if let line = orders[order] { throw fail("order \(order) already used on line \(line)") }
        guard ThemeLexicon.isIdentifier(id) else {
            throw fail("touchpoint id '\(id)' must be lowercase letters, digits, '_' or '-'")
        }
        if id == Journey.otherTouchpoint { throw fail("'other' is reserved: every journey ends with it") }
        if let line = ids[id] { throw fail("touchpoint \(id) already defined on line \(line)") }
        if row[frColumn].isEmpty && row[enColumn].isEmpty {
            throw fail("touchpoint \(id) needs a label_fr or a label_en")
        }
        let themes = try self.themes(Journey.list(row[themesColumn]), row: row, of: id, fail: fail)
        let contactThemes = try self.themes(
            Journey.list(contactThemesColumn.map { row[$0] } ?? ""), row: row, of: id, fail: fail)
        let fallbackThemes = try self.themes(
            Journey.list(fallbackThemesColumn.map { row[$0] } ?? ""), row: row, of: id, fail: fail)
        let channels = try self.channels(row, of: id, fail: fail)
        orders[order] = row.line
        ids[id] = row.line
        return JourneyTouchpoint(
            order: order, id: id, labelFR: row[frColumn], labelEN: row[enColumn],
            themes: themes + contactThemes + fallbackThemes,
            contactThemes: contactThemes, fallbackThemes: fallbackThemes, channels: channels,
            hints: Journey.list(hintsColumn.map { row[$0] } ?? ""),
            line: row.line)
    }

    /// `themes` of the row (one of its theme columns): known, and filed nowhere before (an earlier
    /// touchpoint, or the other theme column of this one).
    private mutating func themes(
        _ themes: [String], row: TSVTable.Row, of id: String, fail: (String) -> LexiconError
    ) throws(LexiconError) -> [String] {
        for theme in themes {
            guard knownThemes.contains(theme) else {
                throw fail(
                    "unknown theme '\(theme)' in touchpoint \(id)"
                        + ThemeLexicon.suggestion(for: theme, among: knownThemes))
            }
            if let (owner, line) = themeOwner[theme] {
                if line == row.line {
                    throw fail(
                        "theme '\(theme)' is listed twice in touchpoint \(id) (a theme is a journey step, in"
                            + " themes, or a contact channel, in contact_themes, or a fallback, in fallback_themes)")
                }
                throw fail("theme '\(theme)' is already filed under touchpoint \(owner) on line \(line)")
            }
            themeOwner[theme] = (id, row.line)
        }
        return themes
    }

    /// The row's default channels: known, and defaulting to no earlier touchpoint.
    private mutating func channels(
        _ row: TSVTable.Row, of id: String, fail: (String) -> LexiconError
    ) throws(LexiconError) -> [Channel] {
        var channels: [Channel] = []
        for name in Journey.list(channelsColumn.map { row[$0] } ?? "") {
            guard let channel = Channel(rawValue: name) else {
                let known = Channel.allCases.map(\.rawValue).joined(separator: ", ")
                throw fail("unknown channel '\(name)' in touchpoint \(id) (expected \(known))")
            }
            if let owner = channelOwner[channel] {
                throw fail("channel \(name) already defaults to touchpoint \(owner)")
            }
            channelOwner[channel] = id
            channels.append(channel)
        }
        return channels
    }
}
