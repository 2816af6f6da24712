import Testing

@testable import Ingest

@Suite("Email: quoted history, signatures and disclaimers")
struct EmailCleanupTests {
    @Test(
        "Quoted history is cut, in French and English client templates",
        arguments: [
            "Le colis est arrivé vide.\n\nLe lun. 9 mars 2026 à 14:10, Service client <sav@boutique.example> a écrit :\n> Votre colis part demain.",
            "Le colis est arrivé vide.\n\nLe lun. 9 mars 2026 à 14:10, Service client <sav@boutique.example>\na écrit\u{A0}:\n\nVotre colis part demain.",
            "Le colis est arrivé vide.\n\nOn Mon, Mar 9, 2026 at 2:10 PM Support <support@shop.example> wrote:\nYour parcel ships tomorrow.",
            "Le colis est arrivé vide.\n\nOn Mon, Mar 9, 2026 at 2:10 PM Support\n<support@shop.example> wrote:\nYour parcel ships tomorrow.",
            "Le colis est arrivé vide.\n-----Original Message-----\nFrom: Support\nYour parcel ships tomorrow.",
            "Le colis est arrivé vide.\n\n-----Message d'origine-----\nDe : Service client\nVotre colis part demain.",
            "Le colis est arrivé vide.\n\nDe : Service client <sav@boutique.example>\nEnvoyé : lundi 9 mars 2026 14:10\nÀ : Moi\nObjet : Commande\n\nVotre colis part demain.",
            "Le colis est arrivé vide.\n________________________________\nFrom: Support <support@shop.example>\nSent: Monday, March 9, 2026 2:10 PM\nTo: Me\nSubject: Order\n\nYour parcel ships tomorrow.",
            "Le colis est arrivé vide.\n---------- Forwarded message ---------\nFrom: Support\nYour parcel ships tomorrow.",
        ])
    func quotedHistory(body: String) {
        #expect(MailBodyCleaner.clean(body) == "Le colis est arrivé vide.")
    }

    @Test("Interleaved quotes: the customer's lines between them are kept")
    func interleavedQuotes() {
        let body = "> Avez-vous reçu le colis ?\nOui, mais abîmé.\n> Voulez-vous un échange ?\nNon, un remboursement."
        #expect(MailBodyCleaner.clean(body) == "Oui, mais abîmé.\nNon, un remboursement.")
    }

    @Test(
        "Signatures are cut",
        arguments: [
            "Toujours aucune nouvelle de ma commande.\n-- \nMarie Lefèvre\nResponsable achats",
            "Toujours aucune nouvelle de ma commande.\n\nCordialement,\nMarie Lefèvre\n06 12 34 56 78",
            "Toujours aucune nouvelle de ma commande.\nBien à vous\nMarie",
            "Toujours aucune nouvelle de ma commande.\n\nEnvoyé de mon iPhone",
            "Toujours aucune nouvelle de ma commande.\n\nBest regards,\nJohn Carter\nACME Ltd\n+44 20 7946 0000",
            "Toujours aucune nouvelle de ma commande.\nSent from my Galaxy",
            "Toujours aucune nouvelle de ma commande.\n\nThis e-mail and any attachments are confidential and intended solely for the addressee.",
        ])
    func signatures(body: String) {
        #expect(MailBodyCleaner.clean(body) == "Toujours aucune nouvelle de ma commande.")
    }

    @Test("A closing followed by real paragraphs is not a signature; a closing alone is the message")
    func closingThatIsContent() {
        let body =
            "Bonjour,\nMerci\nmais je voudrais surtout savoir pourquoi ma commande a été annulée sans aucune explication de votre part, c'est incompréhensible."
        #expect(MailBodyCleaner.clean(body) == body)
        #expect(MailBodyCleaner.clean("Merci !") == "Merci !")
    }
}
