import Foundation
import Testing

@testable import Ingest

@Suite("Email: headers, encodings, charsets, dates")
struct EmailHeaderTests {
    @Test(
        "RFC 2047 encoded words",
        arguments: [
            ("=?ISO-8859-1?Q?Remboursement_re=E7u?=", "Remboursement reçu"),
            ("=?utf-8?B?TGl2cmFpc29uIHJhdMOpZQ==?=", "Livraison ratée"),
            ("Re: =?utf-8?q?caf=C3=A9?= froid", "Re: café froid"),
            // Adjacent words: the space between them is dropped; a UTF-8 sequence split across them survives.
            ("=?utf-8?Q?caf=C3?= =?utf-8?Q?=A9?=", "café"),
            ("=?windows-1252?Q?=93super=94?=", "“super”"),
            ("=?iso-8859-15?Q?50_=A4?=", "50 €"),
            ("=?utf-8*fr?Q?d=C3=A9j=C3=A0?=", "déjà"),
            ("=?utf-8?Q?broken", "=?utf-8?Q?broken"),
        ])
    func encodedWords(raw: String, decoded: String) {
        #expect(EncodedWordDecoder.decode(raw) == decoded)
    }

    @Test("Folded headers are unfolded")
    func folding() {
        let bytes = Array("Subject: Colis\r\n toujours\r\n\tpas livré\r\nFrom: a@b.c\r\n\r\nbody".utf8)
        let headers = MailHeaders(parsing: bytes, in: 0..<bytes.count)
        #expect(headers.value("subject", in: bytes) == "Colis toujours\tpas livré")
        #expect(headers.fields.map(\.name) == ["subject", "from"])
        #expect(bytes[headers.bodyStart...].elementsEqual("body".utf8))
    }

    @Test("RFC 2231 parameters and quoted boundaries")
    func parameters() {
        let type = HeaderParameters("multipart/Mixed; boundary=\"=_a;b\"; charset=UTF-8")
        #expect(type.token == "multipart/mixed")
        #expect(type["boundary"] == "=_a;b")
        let disposition = HeaderParameters("attachment; filename*0*=utf-8''re%C3%A7u; filename*1=.pdf")
        #expect(disposition["filename"] == "reçu.pdf")
    }

    @Test(
        "Date headers, obsolete forms included, in UTC",
        arguments: [
            ("Fri, 13 Mar 2026 09:15:02 +0100", 2026, 3, 13, 8, 15, 2),
            ("13 Mar 2026 09:15:02 -0000", 2026, 3, 13, 9, 15, 2),
            ("Fri, 13 Mar 26 09:15 PST", 2026, 3, 13, 17, 15, 0),
            ("Fri, 13 Mar 98 09:15:02 GMT", 1998, 3, 13, 9, 15, 2),
            ("Fri, 13 Mar 102 09:15:02 +0000", 2002, 3, 13, 9, 15, 2),
            ("Fri, 13 Mar 2026 09:15:02 +0100 (CET)", 2026, 3, 13, 8, 15, 2),
            ("Fri Mar 13 09:15:02 2026", 2026, 3, 13, 9, 15, 2),
            ("Fri,13 Mar 2026 09:15:02 Z", 2026, 3, 13, 9, 15, 2),
        ])
    func dates(raw: String, year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let expected = CivilTime.date(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        #expect(MailDateParser.parse(raw) == expected)
    }

    @Test("Unreadable dates give nil, not a guess")
    func badDates() {
        #expect(MailDateParser.parse("yesterday") == nil)
        #expect(MailDateParser.parse("32 Foo 2026") == nil)
    }

    @Test("Quoted-printable: escapes, soft breaks, bad escapes kept")
    func quotedPrintable() {
        let decoded = TransferDecoder.quotedPrintable(Array("re=E7u =\r\nhier=\n, 100=25 =ZZ".utf8)[...])
        #expect(decoded == Array("re".utf8) + [0xE7] + Array("u hier, 100% =ZZ".utf8))
    }

    @Test("Base64 tolerates line breaks, missing padding and junk")
    func base64() {
        #expect(TransferDecoder.base64(Array("Qm9u\r\nam91cg".utf8)[...]) == Array("Bonjour".utf8))
        #expect(TransferDecoder.base64(Array("Qm9uam91cg==\n==".utf8)[...]) == Array("Bonjour".utf8))
    }

    @Test(
        "Charsets decoded by hand",
        arguments: [
            ([0x63, 0x61, 0x66, 0xE9] as [UInt8], "iso-8859-1", "café"),
            ([0x93, 0x6F, 0x6B, 0x94, 0x20, 0x80] as [UInt8], "windows-1252", "“ok” €"),
            ([0xA4, 0xBD] as [UInt8], "ISO-8859-15", "€œ"),
            ([0x63, 0x61, 0x66, 0xC3, 0xA9] as [UInt8], "UTF-8", "café"),
            ([0x63, 0x61, 0x66, 0xE9] as [UInt8], "utf-8", "café"),
            ([0xFF, 0xFE, 0x63, 0x00, 0xE9, 0x00] as [UInt8], "utf-16", "cé"),
            ([0x63, 0x61, 0x66, 0xC3, 0xA9] as [UInt8], "us-ascii", "café"),
        ])
    func charsets(bytes: [UInt8], charset: String, text: String) {
        #expect(CharsetDecoder.decode(bytes[...], charset: charset).text == text)
    }
}
