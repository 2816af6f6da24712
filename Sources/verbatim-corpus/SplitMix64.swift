/// SplitMix64 pseudo-random generator (Steele, Lea & Flood, "Fast splittable pseudorandom number
/// generators", OOPSLA 2014; constants from Vigna's public-domain reference implementation).
///
/// Chosen because it is tiny, fast and fully specified: the same seed gives the same sequence on every
/// platform and Swift version, which `SystemRandomNumberGenerator` does not promise. That is what makes
/// the benchmark corpus reproducible byte for byte.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// Starts a sequence from `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// A generator for one sub-stream (a file, a job), independent of how many other streams exist,
    /// so that files can be written in parallel and still be identical run after run.
    init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (`bound` > 0); Lemire's multiply-shift, bias negligible here.
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A uniform integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True with probability `percent` / 100.
    mutating func percent(_ percent: Int) -> Bool {
        below(100) < percent
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }
}
