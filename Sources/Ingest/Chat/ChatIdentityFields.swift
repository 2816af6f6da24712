/// The customer's e-mail address and phone number as a JSON chat export gives them beside the
/// messages (a LiveChat or Intercom `visitor`, a Zendesk `requester`, a `customer_email` field), for
/// the conversation's identity evidence (`IdentityEvidence`).
///
/// Only fields that name the customer are read: an object under a customer word (`visitor`,
/// `customer`, `requester` …), a key that starts with one (`visitor_email`), the paths of the
/// mapping file (`email`, `phone` in `ChatFieldMapping`), and the author object of a message whose
/// declared role is the customer's. An agent's own address, in an agent message's author, is never
/// read.
enum ChatIdentityFields {
    /// Words that name the customer side in chat tools' exports (Intercom, Zendesk, LiveChat, Crisp,
    /// Freshchat field names).
    static let customerWords = ["visitor", "customer", "requester", "client", "end_user", "enduser", "lead", "contact"]
    /// Field names of an e-mail address and a phone number in those exports.
    static let addressKeys = ["email", "e-mail", "mail", "email_address", "emailAddress"]
    static let phoneKeys = ["phone", "phone_number", "phoneNumber", "telephone", "mobile", "tel"]

    /// The written values (addresses, phones) of `object` that name the customer; `ownAuthor` when
    /// the object is a customer's message, whose author object is then read too.
    static func values(in object: [String: Any], fields: ChatFieldMapping, ownAuthor: Bool) -> [String] {
        var values: [String] = []
        for path in fields.email + fields.phone {
            if let value = ChatFieldMapping.value(at: path, in: object) as? String { values.append(value) }
        }
        for word in customerWords {
            if let inner = object[word] as? [String: Any] { values += contactValues(inner) }
            for key in addressKeys + phoneKeys {
                for name in [word + "_" + key, word + key.prefix(1).uppercased() + key.dropFirst()] {
                    if let value = object[name] as? String { values.append(value) }
                }
            }
        }
        if ownAuthor {
            for key in ["author", "sender", "from", "user"] {
                if let author = object[key] as? [String: Any] { values += contactValues(author) }
            }
        }
        return values
    }

    /// The address and phone fields of a contact object.
    private static func contactValues(_ contact: [String: Any]) -> [String] {
        (addressKeys + phoneKeys).compactMap { contact[$0] as? String }
    }
}
