/// Builds an mbox file (the "mboxrd" flavour: a `From ` envelope line before each message, body lines
/// that start with `From ` or `>From ` get one more `>`; RFC 4155) from generated messages.
struct MboxWriter: Sendable {
    /// Writes the messages.
    let emails: EmailComposer

    /// Appends messages to `out` until it holds at least `targetBytes`; returns the message count.
    func write(stream: Int, targetBytes: Int, _ rng: inout SplitMix64, into out: inout [UInt8]) -> Int {
        var message: [UInt8] = []
        var index = 0
        while out.count < targetBytes {
            message.removeAll(keepingCapacity: true)
            emails.compose(stream: stream, index: index, &rng, into: &message)
            out.append("From - Thu Nov 26 00:00:00 2026\n")  // Thunderbird's envelope line
            Self.appendEscaped(message, into: &out)
            out.append(0x0A)
            index += 1
        }
        return index
    }

    /// Copies `message`, quoting body lines that would otherwise read as an envelope line.
    static func appendEscaped(_ message: [UInt8], into out: inout [UInt8]) {
        var inBody = false
        var lineStart = true
        var index = 0
        let from = Array("From ".utf8)
        while index < message.count {
            let byte = message[index]
            if lineStart {
                if byte == 0x0A { inBody = true }
                if inBody {
                    var probe = index
                    while probe < message.count && message[probe] == UInt8(ascii: ">") { probe += 1 }
                    if probe + from.count <= message.count && message[probe..<probe + from.count].elementsEqual(from) {
                        out.append(UInt8(ascii: ">"))
                    }
                }
            }
            out.append(byte)
            lineStart = byte == 0x0A
            index += 1
        }
    }
}
