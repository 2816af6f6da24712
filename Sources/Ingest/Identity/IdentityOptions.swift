public import PersonalData

/// What the identity scan needs to know about the shop: the country of national phone numbers, its
/// order number forms, and the lists of what is nobody's identity (`IdentityLexicon`).
public struct IdentityOptions: Sendable, Hashable {
    /// The country whose national numbers (`06 12 34 56 78`) are read as phones
    /// (`phone_country<TAB>33`); `nil`: only international forms are.
    public var phoneCountry: NationalPhonePlan?
    /// The shop's order number forms (`order_pattern<TAB>REGEX`); empty: the default form
    /// (`OrderNumberScanner`).
    public var orderPatterns: [OrderPattern]
    /// Generic and relay addresses, and prefixes that make no order number.
    public var lexicon: IdentityLexicon

    public init(
        phoneCountry: NationalPhonePlan? = nil, orderPatterns: [OrderPattern] = [],
        lexicon: IdentityLexicon = IdentityLexicon()
    ) {
        self.phoneCountry = phoneCountry
        self.orderPatterns = orderPatterns
        self.lexicon = lexicon
    }
}
