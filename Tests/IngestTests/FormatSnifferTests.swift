import PropertyBased
import Testing
import VerbatimModel

@testable import Ingest

@Suite struct FormatSnifferTests {
    @Test(arguments: [
        ("From client@example.fr Mon Mar  3 09:14:00 2025\nFrom: a@b.fr\n\nBonjour", "archive.txt", InputFormat.mbox),
        ("Received: from mx.example\nFrom: Claire <c@example.fr>\nSubject: Colis\n\nBonjour", "mail.txt", .eml),
        ("Return-Path: <a@b.fr>\r\nDate: Mon, 3 Mar 2025 09:14:00 +0100\r\n\r\nBody", "Maildir/cur/1741.M1P2", .eml),
        ("<!DOCTYPE html>\n<html><body>avis</body></html>", "page.dat", .reviewHTML),
        ("  \n<HTML lang=fr><head>", "page", .reviewHTML),
        ("[{\"from\": \"client\", \"text\": \"Bonjour\"}]", "export.dat", .chatJSON),
        ("{\"session\": 1, \"role\": \"customer\", \"text\": \"hi\"}\n{\"session\": 1}", "chat.jsonl", .chatJSON),
        ("[10:02] Claire: Bonjour, ma commande ?\n[10:03] Agent Paul: Je regarde.", "chat.txt", InputFormat.chatText),
        ("14/03/2025, 10:02 - Claire: Bonjour\n14/03/2025, 10:03 - Shop: Oui ?", "whatsapp.txt", .chatText),
        // The chat reader's grammar: bracketed times with spaces, turns flattened on one line.
        ("( 15:59 ) _Name2_ : bonjour ( 16:00 ) Conseiller : bonjour, que puis-je faire ?", "conv.txt", .chatText),
        (
            "( 11:03 ) _Name2_ : bonjour\n( 11:04 ) _Name1_ : Bonjour, en quoi puis-je vous aider ?\n", "conv.csv",
            .chatText
        ),
        // One line grammar with the reader: every layout it reads is recognised, whatever the extension.
        ("(10:02) Client : bonjour\n(10:03) Conseiller : que puis-je faire ?\n", "conv.txt", .chatText),
        ("( 11:03 ) _Name2_ : bonjour\nmerci de patienter\n( 11:04 ) _Name1_ : ok\n", "log", .chatText),
        ("2025-03-14 10:02:11 Claire: Bonjour\n2025-03-14 10:03:00 Shop: Oui ?", "chat.log", .chatText),
        (
            "[2016/04/15 15:04] Boutique created group “SAV”\n[2016/04/15 15:05] Claire: Bonjour\n[2016/04/15 15:06] Shop: Oui ?",
            "wa.txt", .chatText
        ),
        (
            "\u{200E}[16/04/2019, 2:09:11\u{202F}PM] Claire: Bonjour\n[16/04/2019, 2:10:00\u{202F}PM] Shop: Oui ?",
            "_chat.txt", .chatText
        ),
        (
            "4/16/19, 2:09 PM - Claire: My order\nis late\nand\nthe lamp\nis broken\n", "WhatsApp Chat with Claire.txt",
            .chatText
        ),
        ("Transcript 22/11/2026\n[10:02] <claire> bonjour\n[10:03] <shop> oui ?\n", "irc.txt", .chatText),
        ("id;NPS;Commentaire\n1;9;Très bien\n", "export.txt", .survey),
        ("2026-11-01 08:00,3,Livreur : absent\n2026-11-02 10:00,9,Top : merci\n", "avis.csv", nil),
        ("Respondent\tScore\tComment\n1\t9\tGood\n", "data", .survey),
        (
            "Response ID,Date,Step,NPS,Comment\nR_1,2026-11-01 08:00:00,Customer service,3,bot: no\nR_2,2026-11-02 09:10:00,Product,9,ok\n",
            "nps.csv", .survey
        ),
        ("Date;Note;Avis\n2026-11-01 08:00;3;Livreur : absent\n2026-11-02 10:00;9;Top : merci\n", "avis.csv", .survey),
        ("Bonjour, ceci est une note.", "notes.csv", .survey),
        ("<div>fragment</div>", "snippet.html", .reviewHTML),
        // A broken message with commas in it is still a message: the mail reader reports what is wrong.
        ("garbage line, no headers, a, b, c\nmore, text, here\n", "malformed/001.eml", .eml),
    ])
    func recognisesByContentThenExtension(content: String, path: String, expected: InputFormat?) {
        #expect(FormatSniffer.format(of: Array(content.utf8)[...], relativePath: path) == expected)
    }

    @Test func utf16WithBOMIsASurvey() {
        #expect(FormatSniffer.format(of: [0xFF, 0xFE, 0x61, 0x00][...], relativePath: "u.txt") == .survey)
    }

    @Test(arguments: [
        ("Ceci est une phrase sans structure.", "notes.txt"), ("\u{1}\u{2}binary", "blob.bin"),
        // Figures are not a header row.
        ("12;7;3.5\n4;5;6\n7;8;9\n", "export.csv"),
        ("0x1f,0x8b\n1,2\n", "data"),
        // Prose with commas: the rows do not keep the header's cell count.
        (
            "Bonjour, merci pour votre retour.\nNous revenons vers vous, promis, très vite, dès demain.\nCordialement\nLe service client\n",
            "reponse.csv"
        ),
        ("Notes, idées\nune\ndeux, trois, quatre\ncinq\nsix\n", "notes.txt"),
    ])
    func unrecognisedContentGivesNil(content: String, path: String) {
        #expect(FormatSniffer.format(of: Array(content.utf8)[...], relativePath: path) == nil)
    }

    /// The sniffer finds its first lines on the bytes; they must be the lines `textLines()` gives
    /// (LF and CRLF breaks, lone CRs kept, empty lines kept, the 8 KB cut anywhere).
    @Test func firstLinesAreTheTextLines() async {
        let bytes = Gen<UInt8?>.element(of: Array("ab \r\n\r\n\né:".utf8) + [0xC3, 0xE2, 0x80, 0x99, 0xFF])
            .map { $0 ?? 0x61 }.array(of: 0...120)
        await propertyCheck(count: 400, input: bytes, Gen.int(in: 1...8)) { bytes, limit in
            let expected = String(decoding: bytes, as: UTF8.self).textLines().prefix(limit).map(String.init)
            #expect(FormatSample.firstLines(of: bytes[...], limit: limit) == expected)
        }
    }
}
