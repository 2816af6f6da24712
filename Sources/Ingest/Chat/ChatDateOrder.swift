/// Whether the numeric dates of one chat file are written day first (`16/04/19`) or month first
/// (`4/16/19`), decided once from all its dates, because one line rarely tells (`03/04/19`).
///
/// In order:
/// 1. proof: a first field above 12 (`16/04/19`) proves day first for the whole file, a second field
///    above 12 (`01/30/19`) proves month first; a file with both is a warning and goes on to 2;
/// 2. chronology: messages are written in time order, so the reading under which the dates go back
///    in time less often wins;
/// 3. locale: month first for the en-US layout (slashes and a clock in capitals, `1/17/20, 8:49 PM`),
///    day first otherwise (every other locale WhatsApp and chat tools export in, French included).
struct ChatDateOrder: Sendable, Equatable {
    /// One dated stamp of the file.
    struct Sample: Sendable {
        var line: Int
        var stamp: ChatStamp
    }

    var dayFirst: Bool
    /// Why, in an analyst's words (`day first, as line 3 proves (16/04/19)`).
    var basis: String
    /// The conflict warning, when two lines prove opposite orders.
    var conflict: String?

    /// The order of `samples`, the file's dated stamps in file order.
    static func decide(_ samples: [Sample]) -> ChatDateOrder {
        let ambiguous = samples.filter { $0.stamp.date?.yearFirst == false }
        let dayProof = ambiguous.first { ($0.stamp.date?.first ?? 0) > 12 }
        let monthProof = ambiguous.first { ($0.stamp.date?.second ?? 0) > 12 }
        switch (dayProof, monthProof) {
        case (let day?, nil):
            return ChatDateOrder(dayFirst: true, basis: "day first, as line \(day.line) proves (\(text(day)))")
        case (nil, let month?):
            return ChatDateOrder(
                dayFirst: false, basis: "month first, as line \(month.line) proves (\(text(month)))")
        case (let day?, let month?):
            var order = fallback(ambiguous)
            order.conflict =
                "line \(day.line) writes the day first (\(text(day))) but line \(month.line) the month first "
                + "(\(text(month))): dates read \(order.basis)"
            return order
        case (nil, nil):
            return fallback(ambiguous)
        }
    }

    /// The calendar date `written` names under this order, `nil` when there is no such day.
    func resolve(_ written: ChatStamp.WrittenDate) -> (year: Int, month: Int, day: Int)? {
        let (month, day) =
            written.yearFirst || !dayFirst ? (written.first, written.second) : (written.second, written.first)
        guard (1...12).contains(month), (1...CivilTime.daysIn(month: month, year: written.year)).contains(day) else {
            return nil
        }
        return (written.year, month, day)
    }

    private init(dayFirst: Bool, basis: String) {
        self.dayFirst = dayFirst
        self.basis = basis
    }

    /// Steps 2 and 3, when no date proves the order.
    private static func fallback(_ samples: [Sample]) -> ChatDateOrder {
        let dayFirst = ChatDateOrder(dayFirst: true, basis: "")
        let monthFirst = ChatDateOrder(dayFirst: false, basis: "")
        let backwardsDayFirst = dayFirst.backwardSteps(samples)
        let backwardsMonthFirst = monthFirst.backwardSteps(samples)
        if backwardsDayFirst != backwardsMonthFirst {
            let isDayFirst = backwardsDayFirst < backwardsMonthFirst
            return ChatDateOrder(
                dayFirst: isDayFirst,
                basis: (isDayFirst ? "day" : "month") + " first, the order that keeps messages in time order")
        }
        let usLayout =
            samples.contains { $0.stamp.clock == .twelveHourCapitals && $0.stamp.date?.separator == UInt8(ascii: "/") }
            && !samples.contains { $0.stamp.frenchConnector }
        return usLayout
            ? ChatDateOrder(dayFirst: false, basis: "month first, as the US layout (`1/17/20, 8:49 PM`) writes dates")
            : ChatDateOrder(dayFirst: true, basis: "day first, as every locale but the US one writes dates")
    }

    /// How often consecutive dates go back in time under this order (impossible dates left out).
    private func backwardSteps(_ samples: [Sample]) -> Int {
        var steps = 0
        var previous: Int?
        for sample in samples {
            guard let written = sample.stamp.date, let date = resolve(written) else { continue }
            let key = (date.year * 100 + date.month) * 100 + date.day
            if let previous, key < previous { steps += 1 }
            previous = key
        }
        return steps
    }

    private static func text(_ sample: Sample) -> String { sample.stamp.date?.text ?? "" }
}
