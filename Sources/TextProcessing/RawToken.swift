/// A token as the byte tokenizer produces it: UTF-8 offsets into the text and into the key arena of
/// its `TokenBuffer`, with no per-token `String` (the hot path of `score` looks keys up as bytes).
public struct RawToken: Sendable, Hashable {
    /// Typographic facts about a token that scoring uses as evidence.
    ///
    /// The flags are inlinable computed constants: as stored `static let`s of another module they
    /// cost the scorer a call to a lazy-initialisation accessor at every test.
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        @inlinable public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// At least two letters, all capitals (`NUL`).
        @inlinable public static var allCaps: Flags { Flags(rawValue: 1 << 0) }
        /// A letter was repeated three times or more (`nuuul`, `sooo`); the key keeps two.
        @inlinable public static var elongated: Flags { Flags(rawValue: 1 << 1) }
        /// Joined to the previous word by a hyphen (`peut-être`, `top-notch`).
        @inlinable public static var afterHyphen: Flags { Flags(rawValue: 1 << 2) }
        /// A line break separates it from the previous token.
        @inlinable public static var afterNewline: Flags { Flags(rawValue: 1 << 3) }
        /// The word had a letter with a diacritic (evidence for French).
        @inlinable public static var hasDiacritic: Flags { Flags(rawValue: 1 << 4) }
        /// The first letter is a capital.
        @inlinable public static var capitalized: Flags { Flags(rawValue: 1 << 5) }
    }

    public var kind: Token.Kind
    public var flags: Flags
    /// First UTF-8 byte of the token in the text.
    public var start: Int32
    /// One past its last UTF-8 byte.
    public var end: Int32
    /// First byte of the folded key in `TokenBuffer.keys`.
    public var keyStart: Int32
    /// One past the last byte of the key.
    public var keyEnd: Int32

    public init(kind: Token.Kind, flags: Flags, start: Int32, end: Int32, keyStart: Int32, keyEnd: Int32) {
        self.kind = kind
        self.flags = flags
        self.start = start
        self.end = end
        self.keyStart = keyStart
        self.keyEnd = keyEnd
    }

    /// Length of the key in bytes.
    @inlinable public var keyLength: Int { Int(keyEnd - keyStart) }
}
