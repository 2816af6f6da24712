/// The timestamp at the start of a chat line, as written: the date's fields keep their written order,
/// because whether `03/04/19` is 3 April or 4 March is decided once per file (`ChatDateOrder`).
struct ChatStamp: Sendable, Equatable {
    /// A numeric date as written.
    struct WrittenDate: Sendable, Equatable {
        /// The first and second fields as written, `dd/mm` or `mm/dd` (`mm/dd` when `yearFirst`).
        var first: Int
        var second: Int
        /// The year, two-digit years already in the 2000s (WhatsApp was released in 2009).
        var year: Int
        /// `2019-04-16`, `2019/04/16`: the order is year, month, day, never in doubt.
        var yearFirst: Bool
        /// `/`, `.` or `-`.
        var separator: UInt8
        /// The date as written, for findings (`31/02/19`).
        var text: String
    }

    /// How the clock is written; a 12-hour clock in capitals (`8:49 PM`) is the US locale's.
    enum Clock: Sendable, Equatable {
        case twentyFourHour
        /// `AM`/`PM`, as the en-US locale writes it.
        case twelveHourCapitals
        /// `am`/`pm`, `a.m.`/`p.m.`, `a. m.`/`p. m.` (en-GB, en-IN, en-AU, es, …).
        case twelveHourOther
    }

    /// `nil` on a time-only stamp (`[10:02]`).
    var date: WrittenDate?
    /// 0–23, a 12-hour clock already converted.
    var hour: Int
    var minute: Int
    var second: Int
    var clock: Clock = .twentyFourHour
    /// `22/11/2026 à 10:02`: the French connector between date and time.
    var frenchConnector = false
}
