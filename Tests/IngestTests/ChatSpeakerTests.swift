import Foundation
import Testing
import VerbatimModel

@testable import Ingest

/// Who speaks in a chat without a configuration file, rule by rule (issue 14), and the attribution
/// each company-side decision leaves for the summary and manifest.json.
@Suite("Chat: who speaks")
struct ChatSpeakerTests {
    private func read(_ text: String, path: String = "chats/t.txt", options: IngestOptions = shopOptions)
        -> IngestOutput
    {
        ChatTranscriptReader.read(Array(text.utf8), path: path, options: options)
    }

    @Test(
        "A speaker name carrying a role label is the company's agent, whatever the label's place",
        arguments: [
            ("Julie (Service Après-Vente)", "Service Après-Vente"), ("Marc (Conseiller)", "Conseiller"),
            ("(Service Retours)", "Service Retours"), ("Tom (Support)", "Support"), ("Agent Tom", "Agent"),
            ("Conseillère Julie", "Conseillère"), ("Nina - Customer Care", "Customer Care"), ("Paul | SAV", "SAV"),
            ("Sam [Helpdesk]", "Helpdesk"), ("Kim, customer service", "customer service"),
            ("Julie <Service Après-Vente>", "Service Après-Vente"), ("Lucie (SAV Lyon)", "SAV Lyon"),
        ])
    func roleLabels(name: String, label: String) {
        let output = read("[10:00] \(name): Bonjour, je regarde.\n[10:01] Léa: Ma commande est en retard.")
        #expect(output.verbatims.map(\.text) == ["Ma commande est en retard."])
        #expect(output.skipped == [.agent: 1])
        #expect(
            output.company == [
                CompanyAttribution(
                    role: .agent, speaker: name, reason: "role label (\(label))", override: "customer_name\t\(name)")
            ])
    }

    @Test(
        "A role word inside another word is no label: Léa Supporter, Sava, Agenta are customers",
        arguments: ["Léa Supporter", "Sava", "Agenta"])
    func noPartialLabel(name: String) {
        let output = read("[10:00] \(name): Ma commande est en retard.\n[10:01] Agent Tom: Je regarde.")
        #expect(output.verbatims.map(\.text) == ["Ma commande est en retard."])
        #expect(output.company.map(\.speaker) == ["Agent Tom"])
    }

    @Test(
        "A bot marker in the name makes a bot",
        arguments: [
            ("Lia (assistant virtuel)", "bot label (assistant virtuel)"), ("Bot", "bot label (Bot)"),
            ("Virtual Assistant", "bot label (Virtual Assistant)"), ("ShopBot", "bot name (ShopBot)"),
            ("Assistante virtuelle Lumière", "bot label (Assistante virtuelle)"),
        ])
    func botLabels(name: String, reason: String) {
        let output = read(
            "[10:00] \(name): Bonjour ! Que puis-je faire pour vous ?\n[10:01] Client: Où est mon colis ?")
        #expect(output.verbatims.map(\.text) == ["Où est mon colis ?"])
        #expect(output.skipped == [.bot: 1])
        #expect(output.company.map(\.reason) == [reason])
        #expect(output.company.map(\.role) == [.bot])
    }

    /// The business exported the conversation: the file name names the customer, the business's
    /// replies carry no label at all.
    @Test(
        "A WhatsApp export whose file name names the customer: everyone else is the company",
        arguments: [
            "Discussion WhatsApp avec Léa Martin.txt", "WhatsApp Chat with Léa Martin.txt",
            "Chat de WhatsApp con Léa Martin.txt", "WhatsApp Chat mit Léa Martin.txt",
            "Chat WhatsApp con Léa Martin.txt",
            "Conversa do WhatsApp com Léa Martin.txt", "WhatsApp Chat - Léa Martin/_chat.txt",
            "Discussion WhatsApp avec Léa Martin (2).txt",
        ])
    func whatsAppFileName(file: String) {
        let transcript = """
            22/11/2026, 10:02 - Léa Martin: Bonjour, ma lampe est arrivée cassée
            22/11/2026, 10:05 - Lumière & Co: Bonjour Léa, pouvez-vous m'envoyer une photo ?
            22/11/2026, 10:06 - Léa Martin: Oui, voilà, le pied est fendu
            """
        let output = read(transcript, path: "exports/\(file)")
        #expect(
            output.verbatims.map(\.text) == ["Bonjour, ma lampe est arrivée cassée", "Oui, voilà, le pied est fendu"])
        #expect(output.skipped == [.agent: 1])
        let written =
            file.hasSuffix("_chat.txt")
            ? "WhatsApp Chat - Léa Martin" : file.replacingOccurrences(of: "exports/", with: "")
        #expect(
            output.company == [
                CompanyAttribution(
                    role: .agent, speaker: "Lumière & Co", reason: "file name names the customer (\(written))",
                    override: "customer_name\tLumière & Co")
            ])
    }

    @Test("A WhatsApp file name that names none of the speakers decides nothing")
    func whatsAppFileNameOfSomeoneElse() {
        let output = read(
            "22/11/2026, 10:02 - Léa: Bonjour\n22/11/2026, 10:05 - Marc: Bonjour Léa",
            path: "WhatsApp Chat with Famille.txt")
        #expect(output.verbatims.count == 2)
        #expect(output.company.isEmpty)
    }

    @Test(
        "A speaker who opens with an agent greeting is the agent",
        arguments: [
            (
                "Bonjour, je suis Marie. En quoi puis-je vous aider ?", "Ma commande n'est pas arrivée.",
                "en quoi puis-je vous aider"
            ),
            ("Hi, I'm Sam. How can I help you today?", "My order never arrived.", "how can i help"),
            ("Hello, welcome to our support. I'm Sam.", "My order never arrived.", "welcome to our support"),
        ])
    func openingGreeting(greeting: String, complaint: String, formula: String) {
        let output = read("[10:00] Marie: \(greeting)\n[10:01] Zoé: \(complaint)\n[10:02] Marie: OK.")
        #expect(output.verbatims.map(\.text) == [complaint])
        #expect(output.company.map(\.reason) == ["opens with an agent greeting (\(formula))"])
    }

    @Test(
        "A speaker who writes most of the company-side phrases while the other writes none is the agent",
        arguments: [
            (
                [
                    "Je regarde votre dossier.", "Je suis désolée pour ce désagrément.",
                    "Pouvez-vous me donner votre numéro de commande ?",
                ],
                ["Mon colis n'est jamais arrivé", "C'est le 48213", "D'accord"]
            ),
            (
                [
                    "Let me check that for you.", "Sorry for the inconvenience.",
                    "I have escalated this to our carrier team.",
                ],
                ["My parcel never arrived", "It's 48213", "Fine"]
            ),
        ])
    func companyPhrases(agent: [String], customer: [String]) {
        // The customer unnamed, or named as the customer by a label: the agent's phrases decide either way.
        for customerName in ["Zoé", "Client"] {
            var lines: [String] = []
            for index in 0..<3 {
                lines.append("[10:0\(index)] \(customerName): \(customer[index])")
                lines.append("[10:0\(index)] Sam: \(agent[index])")
            }
            let output = read(lines.joined(separator: "\n"))
            #expect(output.verbatims.map(\.text) == customer)
            #expect(output.company.map(\.reason) == ["writes 3 company-side phrases, the others 0 at most"])
        }
    }

    @Test("A customer who quotes an agent formula once stays a customer; one side only in a two-party chat")
    func quotingCustomer() {
        // The agent is labelled: the customer's opening quote makes no second company side.
        let labelled = read(
            "[10:00] Léa: On m'a demandé « en quoi puis-je vous aider », eh bien remboursez-moi !\n[10:01] Agent Tom: Je regarde."
        )
        #expect(labelled.verbatims.count == 1)
        #expect(labelled.company.map(\.speaker) == ["Agent Tom"])
        // Nobody is labelled: the opening greeting decides, and a later quote changes nothing.
        let unlabelled = read(
            """
            [10:00] Sam: Hello, how can I help?
            [10:01] Zoé: You say "how can I help" but nobody helps. Let me check: three weeks late.
            [10:02] Sam: Sorry for the inconvenience.
            """)
        #expect(unlabelled.verbatims.map(\.text).count == 1)
        #expect(unlabelled.company.map(\.speaker) == ["Sam"])
        // Both open with a greeting: only the first to speak is taken for the company.
        let both = read("[10:00] Sam: How can I help?\n[10:01] Zoé: How can I help you understand? It broke.")
        #expect(both.verbatims.map(\.text) == ["How can I help you understand? It broke."])
        // A speaker alone is never the company.
        let alone = read("[10:00] Sam: How can I help?\n[10:01] Sam: Sorry for the inconvenience.")
        #expect(alone.verbatims.count == 2)
        #expect(alone.company.isEmpty)
    }

    @Test("customer_name in the configuration forces a customer; agent_name and bot_name force the company side")
    func configuredNames() {
        var options = shopOptions
        options.customerNames = ["Julie (Service Après-Vente)"]
        options.agentNames = ["Marc"]
        options.botNames = ["Lia"]
        let output = read(
            """
            [10:00] Julie (Service Après-Vente): Ma lampe clignote.
            [10:01] Marc: Je regarde.
            [10:02] Lia: Voici notre FAQ.
            """, options: options)
        #expect(output.verbatims.map(\.text) == ["Ma lampe clignote."])
        #expect(
            output.company == [
                CompanyAttribution(role: .bot, speaker: "Lia", reason: "configured bot_name"),
                CompanyAttribution(role: .agent, speaker: "Marc", reason: "configured agent_name"),
            ])
    }

    @Test("A role the JSON export declares is recorded with its reason; customer_name overrides it")
    func declaredRoles() throws {
        let bytes = try fixtureBytes("chat", "export.json")
        let output = ChatJSONReader.read(bytes, path: "chats/export.json", options: shopOptions)
        #expect(
            output.company == [
                CompanyAttribution(
                    role: .bot, speaker: "Lia", reason: "role given by the export (bot)", override: "customer_name\tLia"
                ),
                CompanyAttribution(
                    role: .agent, speaker: "Tom", reason: "role given by the export (agent)",
                    override: "customer_name\tTom"),
            ])
        var options = shopOptions
        options.customerNames = ["Tom"]
        let overridden = ChatJSONReader.read(bytes, path: "chats/export.json", options: options)
        #expect(overridden.verbatims.map(\.text).contains("Sorry about that, let me check."))
        #expect(overridden.company.map(\.speaker) == ["Lia"])
    }

    @Test(
        "System notices are never verbatims, in every locale, with or without a speaker",
        arguments: [
            "22/11/2026, 10:03 - Léa: <Media omitted>", "22/11/2026 à 10:03 - Léa: <Médias omis>",
            "22/11/2026, 10:03 - Léa: <Medien ausgeschlossen>", "22/11/2026, 10:03 - Léa: <Multimedia omitido>",
            "22/11/2026, 10:03 - Léa: <Media omessi>", "22/11/2026, 10:03 - Léa: <Mídia oculta>",
            "[22/11/2026, 10:03:00] Léa: \u{200E}image omitted", "[22/11/2026, 10:03:00] Léa: image absente",
            "22/11/2026, 10:03 - Léa: IMG-20261122-WA0001.jpg (file attached)",
            "22/11/2026, 10:03 - Léa: IMG-20261122-WA0001.jpg (Datei angehängt)",
            "[22/11/2026, 10:03:00] Léa: <attached: 00000012-PHOTO-2026-11-22-10-03-00.jpg>",
            "22/11/2026, 10:03 - Léa: This message was deleted", "22/11/2026 à 10:03 - Léa: Ce message a été supprimé",
            "22/11/2026, 10:03 - Léa: Se eliminó este mensaje",
            "22/11/2026, 10:03 - Léa: Diese Nachricht wurde gelöscht",
            "22/11/2026, 10:03 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
            "22/11/2026 à 10:03 - Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même WhatsApp, ne peut les lire ou les écouter.",
            "22/11/2026, 10:03 - Los mensajes y las llamadas están cifrados de extremo a extremo.",
            "22/11/2026, 10:03 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.",
            "22/11/2026, 10:03 - I messaggi e le chiamate sono crittografati end-to-end.",
            "22/11/2026, 10:03 - As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta.",
            "22/11/2026, 10:03 - This business uses a secure service from Meta to manage this chat. Tap to learn more.",
            "22/11/2026 à 10:03 - Cette entreprise utilise un service sécurisé de Meta pour gérer cette discussion.",
            "22/11/2026, 10:03 - Esta empresa usa un servicio seguro de Meta para administrar este chat.",
            "22/11/2026, 10:03 - Lumière & Co is a business account.",
            "22/11/2026, 10:03 - Alice added Bob", "22/11/2026, 10:03 - Alice left",
            "22/11/2026, 10:03 - Alice created group \"Lampes\"",
            "22/11/2026 à 10:03 - Alice a ajouté Bob", "22/11/2026 à 10:03 - Alice est partie",
            "22/11/2026 à 10:03 - Alice a changé le sujet de « A » en « B »",
            "22/11/2026, 10:03 - Alice changed this group's icon",
            "22/11/2026, 10:03 - Alice changed this group’s icon",
            "22/11/2026, 10:03 - Alice hat die Gruppe verlassen", "22/11/2026, 10:03 - Alice salió",
            "22/11/2026, 10:03 - Léa: Missed voice call", "22/11/2026 à 10:03 - Léa: Appel vocal manqué",
            "22/11/2026, 10:03 - Alice turned on disappearing messages. New messages will disappear from this chat 7 days after they're sent.",
        ])
    func systemNotices(line: String) {
        let output = read("\(line)\n22/11/2026, 10:04 - Léa: Toujours pas de remboursement.")
        #expect(output.verbatims.map(\.text) == ["Toujours pas de remboursement."])
        #expect(output.skipped == [.system: 1])
    }

    @Test(
        "A customer's own words that share a notice's verbs stay verbatims",
        arguments: [
            "I added two lamps to my basket and it crashed", "J'ai ajouté deux lampes", "I left a review", "Alice left",
        ])
    func customerWordsAreNoNotice(text: String) {
        let output = read("22/11/2026, 10:04 - Léa: \(text)")
        #expect(output.verbatims.map(\.text) == [text])
    }

    /// Customers write about transfers, deleted messages, calls and images in sentences of their own;
    /// a notice is a line the phrase makes up, and a caption under an attachment is the customer's.
    @Test(
        "A customer's sentence that mentions a notice, or captions an attachment, stays a verbatim",
        arguments: [
            "le colis a été transféré à un autre transporteur sans me prévenir",
            "my order was transferred to another carrier and nobody told me",
            "The refund has been transferred?",
            "Your colleague ended the chat yesterday before answering",
            "j'ai appelé trois fois, appel vocal manqué à chaque fois de votre côté",
            "L'image absente sur la fiche produit ne correspond pas",
            "Is a business account needed to get an invoice with VAT?",
            "IMG-20261122-WA0003.jpg (fichier joint)\nVoici la photo, la base est fendue",
            "Facture.pdf (file attached) the amount charged is wrong",
        ])
    func customerMentionsOfNotices(text: String) {
        let output = read("22/11/2026, 10:04 - Léa: \(text)")
        #expect(output.verbatims.map(\.text) == [text])
    }

    @Test(
        "Attachment placeholders with their file name are no one's words",
        arguments: [
            "IMG-20261122-WA0003.jpg (fichier joint)", "‎<attached: 00000012-PHOTO-2026-11-22-10-04-11.jpg>",
            "Facture-48213.pdf (file attached)", "VID-20261122-WA0001.mp4 (archivo adjunto)",
        ])
    func attachmentPlaceholders(text: String) {
        let output = read("22/11/2026, 10:04 - Léa: Bonjour, ma lampe grésille\n22/11/2026, 10:05 - Léa: \(text)")
        #expect(output.verbatims.map(\.text) == ["Bonjour, ma lampe grésille"])
        #expect(output.skipped[.system] == 1)
    }

    /// A WhatsApp Business export as the business's phone writes it: the notices, the business's
    /// replies without any label, media and a deleted message.
    @Test(
        "A WhatsApp Business export keeps only the customer's turns",
        arguments: [
            (
                "Discussion WhatsApp avec Léa Martin.txt",
                """
                22/11/2026 à 09:58 - Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même WhatsApp, ne peut les lire ou les écouter. Appuyez pour en savoir plus.
                22/11/2026 à 09:58 - Cette entreprise utilise un service sécurisé de Meta pour gérer cette discussion. Appuyez pour en savoir plus.
                22/11/2026 à 10:02 - Léa Martin: Bonjour, ma suspension est arrivée avec le verre brisé
                22/11/2026 à 10:02 - Léa Martin: <Médias omis>
                22/11/2026 à 10:10 - Lumière & Co: Bonjour Léa, je suis désolée pour ce désagrément, je regarde votre dossier.
                22/11/2026 à 10:12 - Lumière & Co: Pouvez-vous me rappeler votre numéro de commande ?
                22/11/2026 à 10:13 - Léa Martin: Ce message a été supprimé
                22/11/2026 à 10:14 - Léa Martin: C'est la 48213, merci
                22/11/2026 à 10:20 - Lumière & Co: Un nouveau verre part demain.
                """, ["Bonjour, ma suspension est arrivée avec le verre brisé", "C'est la 48213, merci"]
            ),
            (
                "WhatsApp Chat with Leah Smith.txt",
                """
                11/22/26, 9:58 AM - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
                11/22/26, 9:58 AM - This business uses a secure service from Meta to manage this chat. Tap to learn more.
                11/22/26, 10:02 AM - Leah Smith: Hi, my pendant lamp arrived with the glass shattered
                11/22/26, 10:02 AM - Leah Smith: <Media omitted>
                11/22/26, 10:10 AM - Lumiere Co: Hi Leah, sorry for the inconvenience, let me check your order.
                11/22/26, 10:12 AM - Lumiere Co: Could you please provide your order number?
                11/22/26, 10:13 AM - Leah Smith: This message was deleted
                11/22/26, 10:14 AM - Leah Smith: It's 48213, thanks
                11/22/26, 10:20 AM - Lumiere Co: A new glass ships tomorrow.
                """, ["Hi, my pendant lamp arrived with the glass shattered", "It's 48213, thanks"]
            ),
        ])
    func whatsAppBusinessExport(file: String, transcript: String, customerTurns: [String]) {
        let output = read(transcript, path: "whatsapp/\(file)")
        #expect(output.verbatims.map(\.text) == customerTurns)
        #expect(output.skipped == [.system: 4, .agent: 3])
        #expect(output.company.map(\.role) == [.agent])
        // Without the file name, the business's phrases still give it away.
        let renamed = read(transcript, path: "whatsapp/export.txt")
        #expect(renamed.verbatims.map(\.text) == customerTurns)
    }

    /// Review of issue 14, item 3: the customer who opened the chat writes holding and advising
    /// phrases, the agent none; nobody is made the company, so the customer's words are all kept.
    @Test(
        "A polite customer who writes company-like phrases stays a customer",
        arguments: [
            [
                "Bonjour, mon colis 4512 n'est pas arrivé", "Bonjour Nadia, je m'en occupe.",
                "Merci de patienter, je cherche le mail de confirmation", "Très bien, je relance le transporteur.",
                "Je vous invite à relire mon mail d'hier, tout y est",
            ],
            [
                "Hi, let me check... the tracking page rejects my code", "Hi Kevin.",
                "Can you please confirm you got my payment? Let me look into my bank app.", "Ok.",
                "It was charged twice, I'll look into a refund myself then",
            ],
        ])
    func politeCustomer(turns: [String]) {
        let lines = turns.enumerated().map {
            "[10:0\($0.offset)] \($0.offset % 2 == 0 ? "Nadia" : "Julie"): \($0.element)"
        }
        let output = read(lines.joined(separator: "\n"))
        let customerTurns = turns.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        #expect(customerTurns.allSatisfy(output.verbatims.map(\.text).contains))
        #expect(output.company.isEmpty)
    }

    /// Review of issue 14, item 4: thanks for getting in touch answer the other party's opening;
    /// a customer the company contacted first writes them too, so alone they make nobody an agent.
    @Test(
        "Thanks for getting in touch never make the customer of an outbound chat an agent",
        arguments: [
            (
                "Bonjour Tom, votre livraison a échoué hier. Voulez-vous la reprogrammer ?",
                "Merci de nous avoir contactés ! Oui, mais personne n'est venu, j'étais chez moi"
            ),
            (
                "Hello Tom, we noticed your delivery failed yesterday. Would you like to reschedule?",
                "Thanks for reaching out! Yes, but nobody came, I was home all day"
            ),
        ])
    func outboundThanks(opening: String, answer: String) {
        let output = read("[10:00] Lumiere Shop: \(opening)\n[10:01] Tom Baker: \(answer)\n[10:02] Lumiere Shop: OK.")
        #expect(output.verbatims.map(\.text).contains(answer))
        #expect(output.company.isEmpty)
    }

    @Test(
        "Thanks for getting in touch, with a phrase to the customer, make the answering speaker the agent",
        arguments: [
            ("Ma lampe est arrivée cassée", "Merci de nous avoir contactés. Je regarde votre commande."),
            ("My lamp arrived broken", "Thanks for reaching out. Let me check your order number."),
        ])
    func inboundThanks(complaint: String, answer: String) {
        let output = read("[10:00] Zoé: \(complaint)\n[10:01] Sam: \(answer)")
        #expect(output.verbatims.map(\.text) == [complaint])
        #expect(output.company.map(\.speaker) == ["Sam"])
    }

    /// Review of issue 14, item 5: a role word inside a B2B contact's name, a surname in capitals
    /// ending in BOT, a system word among other words are no labels; the other party's greeting decides.
    @Test(
        "A customer whose name holds a role, bot or system word unmarked stays a customer",
        arguments: [
            ("Sophie Agent Immobilier", "Bonjour, en quoi puis-je vous aider ?"),
            ("Marc Conseiller Patrimoine", "Bonjour, en quoi puis-je vous aider ?"),
            ("Garage Info Dupont", "Bonjour, que puis-je faire pour vous ?"),
            ("Jean CHABOT", "Bonjour, puis-je vous aider ?"),
            ("Kate Support Engineer", "Hi, how can I help?"), ("Jack TALBOT", "Hello, how may I help you?"),
        ])
    func unmarkedNameWords(name: String, greeting: String) {
        let output = read("[10:00] \(name): Ma commande est en retard.\n[10:01] Lumière Shop: \(greeting)")
        #expect(output.verbatims.map(\.text) == ["Ma commande est en retard."])
        #expect(output.company.map(\.speaker) == ["Lumière Shop"])
    }

    @Test(
        "A name label contradicted by the other party's answering greeting: the greeting wins",
        arguments: [("Léa (SAV Lyon)", "Bonjour, en quoi puis-je vous aider ?"), ("Bot Tom", "Hi, how can I help?")])
    func greetingBeatsName(name: String, greeting: String) {
        let output = read("[10:00] \(name): Ma commande est en retard.\n[10:01] Lumière Shop: \(greeting)")
        #expect(output.verbatims.map(\.text) == ["Ma commande est en retard."])
        #expect(output.company.map(\.speaker) == ["Lumière Shop"])
    }

    /// Review of issue 14, item 6: a group named after a customer; its other members are customers too.
    @Test(
        "A WhatsApp file name names no customer in a chat of more than two speakers",
        arguments: ["Discussion WhatsApp avec Chantier Martin.txt", "WhatsApp Chat with Chantier Martin.txt"])
    func whatsAppGroupFileName(file: String) {
        let transcript = """
            12/03/2024, 10:15 - Lumière Shop: Bonjour à tous, voici le groupe du chantier
            12/03/2024, 10:16 - Chantier Martin: Les spots de la cuisine ne s'allument pas
            12/03/2024, 10:17 - Paul Martin: Et le variateur grésille, on est très déçus
            """
        let output = read(transcript, path: "exports/\(file)")
        #expect(
            output.verbatims.map(\.text).suffix(2) == [
                "Les spots de la cuisine ne s'allument pas", "Et le variateur grésille, on est très déçus",
            ])
        #expect(!output.company.contains { $0.speaker == "Paul Martin" })
    }
}
