/// Hand-written French and English customer phrases for the benchmark generator, by topic.
///
/// Invented for this project (no third-party text): they follow the register of e-commerce support
/// mail, chat and reviews, with the negations, contrasts, typos, caps and emoji real customers use, so
/// that the analyser does realistic work per byte. Slots are described in `PhraseTemplate`.
struct PhraseBank: Sendable {
    /// Core sentences per language, per topic (`[lang][topic]`).
    let core: [[[PhraseTemplate]]]
    /// Lower-case clause tails per language, per topic, used after a contrast ("…, mais …").
    let tails: [[[PhraseTemplate]]]
    /// Short email subjects per language, per topic.
    let subjects: [[[String]]]
    /// Context sentences that name an order ("J'ai commandé {p} …").
    let context: [[PhraseTemplate]]
    /// Greetings, closings, contrast words, signatures and extras per language.
    let greetings: [[String]]
    let closings: [[String]]
    let contrasts: [[String]]
    let signatures: [[String]]
    let emoji: [String]
    /// Product names per language.
    let products: [[String]]
    /// Customer first and last names (mixed French and British).
    let firstNames: [String]
    let lastNames: [String]
    /// Agent first names and the chat names agents and the bot use.
    let agents: [String]
    let agentChatNames: [String]
    let botName: String
    /// What the bot repeats when it loops, per language.
    let botAnswers: [[String]]

    /// Builds the bank (a few hundred phrases; done once per run).
    init() {
        func t(_ list: [String]) -> [PhraseTemplate] { list.map(PhraseTemplate.init) }
        let fr: [[PhraseTemplate]] = [
            t([
                "Toujours pas reçu ma commande {o}.", "Colis en retard de deux semaines, aucune nouvelle.",
                "Je n'ai toujours pas reçu {p}, commandé il y a {d} jours.",
                "Le suivi n'a pas bougé depuis {d} jours, c'est inadmissible.",
                "Colis marqué livré mais jamais reçu !!!", "Livraison beaucoup trop longue, {d} jours pour une lampe.",
                "Le transporteur a perdu mon colis et personne ne me rappelle.",
                "toujours pas recu ma commande... franchement décevant",
                "Délai de livraison pas du tout respecté, c'était pour un cadeau.",
                "TOUJOURS RIEN. Où est mon colis ??", "Ma commande {o} n'est jamais arrivée.",
                "colis perdu, aucune réponse, je suis très déçue 😡",
            ]),
            t([
                "Remboursement promis il y a un mois, toujours rien.",
                "Retour reçu chez vous depuis {d} jours et pas de remboursement.",
                "On me dit « c'est en cours » à chaque appel, toujours pas remboursée.",
                "remboursement jamais arrivé, je vais passer par ma banque.",
                "Trois conseillers, trois réponses différentes, et toujours pas d'argent.",
                "Je n'ai reçu aucune réponse concernant le remboursement de {p}.",
                "Vous avez bien reçu le retour de la commande {o} mais je ne suis toujours pas remboursé.",
                "Remboursement toujours pas effectué, ce n'est pas sérieux.",
            ]),
            t([
                "Le robot me répond toujours la même chose.",
                "Le chatbot tourne en boucle, impossible de parler à un humain.",
                "L'assistant virtuel me renvoie toujours vers la FAQ.",
                "le robot me donne toujours le même lien, ça ne sert à rien",
                "Impossible d'avoir un conseiller, le chat répète la même réponse.",
                "Votre assistant virtuel ne comprend rien à ma demande.",
            ]),
            t([
                "Livraison rapide mais lampe cassée.", "{p} est arrivé avec le verre fêlé.",
                "Carton écrasé et abat-jour déchiré à l'arrivée.", "Le socle était rayé et une vis manquait.",
                "Reçu abîmé, aucun calage dans le carton.",
            ]),
            t([
                "Lampe magnifique, très bonne qualité.", "Superbe design, finitions impeccables 😍",
                "{p} est encore plus belle en vrai.", "Très bonne qualité, rien à redire.",
                "lampe magnifique, tres bonne qualité, je recommande", "Produit conforme et de grande qualité.",
                "Aucun problème, {p} est sublime dans mon salon.", "Très belle lampe, bon rapport qualité-prix.",
                "La lumière est douce et chaleureuse, j'adore ✨", "Je ne regrette pas du tout mon achat.",
            ]),
            t([
                "{a} a été adorable et efficace.", "Conseiller très aimable, problème réglé en 5 minutes.",
                "{a} a été patient et de très bon conseil, merci !",
                "Service client au top, réponse rapide et humaine.",
                "{a} a tout réglé en un appel, bravo.", "Enfin quelqu'un qui écoute : merci {a} !",
            ]),
            t([
                "Paiement refusé deux fois avant de passer.", "Le code promo ne s'appliquait pas.",
                "Commande simple et rapide.", "Rien à signaler, paiement facile.",
                "Les frais de port sont un peu chers.",
            ]),
            t([
                "Site agréable mais le filtre par couleur ne marche pas.", "Facile de trouver ce que je cherchais.",
                "Les photos pourraient être plus grandes.", "Site clair et joli.",
                "Pas évident de trouver les dimensions de {p}.",
            ]),
        ]
        let en: [[PhraseTemplate]] = [
            t([
                "Still waiting for my parcel, order {o}.", "Parcel two weeks late and no updates at all.",
                "I still haven't received {p}, ordered {d} days ago.",
                "Tracking hasn't moved for {d} days, this is unacceptable.",
                "Marked as delivered but I never got it!!!", "Delivery far too slow, {d} days for a lamp.",
                "The courier lost my parcel and nobody calls me back.",
                "still waiting for my parcel... so disappointing",
                "Delivery date not respected at all, it was a gift.", "STILL NOTHING. Where is my parcel??",
                "My order {o} never arrived.", "parcel lost, no reply, really fed up 😡",
            ]),
            t([
                "Refund never arrived.", "You received my return {d} days ago and still no refund.",
                "Every time I call I'm told the refund is in progress. It isn't.",
                "refund never arrived, I've opened a chargeback with my bank.",
                "Three agents, three different answers, still no money.",
                "No one got back to me about the refund for {p}.",
                "You confirmed the return of order {o} but I haven't been refunded.",
            ]),
            t([
                "The bot keeps sending me the same link.",
                "The chatbot goes round in circles, no way to reach a human.",
                "Your virtual assistant gives the same answer every time.",
                "the bot keeps sending me to the FAQ, useless", "Impossible to get an agent, the chat repeats itself.",
                "On hold for an hour, then the bot sent me the same link again.",
            ]),
            t([
                "Fast delivery but the lamp was broken.", "{p} arrived with the glass cracked.",
                "Box crushed and shade torn on arrival.", "The base was scratched and a screw was missing.",
                "Arrived damaged, no padding in the box at all.",
            ]),
            t([
                "Beautiful lamp, great quality.", "Gorgeous design, lovely finish 😍", "{p} is even nicer in real life.",
                "Great quality, no complaints.", "beautiful lamp, great quality, highly recommend",
                "Solid and well made, worth every penny.", "No problem at all, {p} looks stunning in my living room.",
                "Lovely lamp, good value for money.", "The light is soft and warm, love it ✨",
                "I don't regret this purchase one bit.",
            ]),
            t([
                "{a} was lovely and sorted everything out.", "Friendly agent, problem solved in 5 minutes.",
                "{a} was patient and gave great advice, thanks!", "Great customer service, quick and human.",
                "{a} fixed it in one call, brilliant.", "Finally someone who listens: thank you {a}!",
            ]),
            t([
                "Payment failed twice before going through.", "The discount code didn't apply.",
                "Quick and simple checkout.", "Nothing to report, easy payment.", "Shipping costs are a bit high.",
            ]),
            t([
                "Nice website but the colour filter doesn't work.", "Easy to find what I wanted.",
                "Photos could be bigger.", "Clean, pretty website.", "Hard to find the dimensions of {p}.",
            ]),
        ]
        core = [fr, en]
        tails = [
            [
                t(["la livraison a pris trois semaines", "je n'ai toujours pas reçu ma commande {o}"]),
                t(["le remboursement n'est jamais arrivé", "toujours pas remboursé"]),
                t(["le robot me répond toujours la même chose", "le chatbot tourne en boucle"]),
                t(["la lampe est arrivée cassée", "le verre était fêlé"]),
                t(["la lampe est magnifique", "très bonne qualité"]),
                t(["{a} a été adorable", "le conseiller a été très efficace"]),
                t(["le paiement a été refusé une fois", "la commande a été simple"]),
                t(["le site est joli", "le filtre ne marche pas"]),
            ],
            [
                t(["delivery took three weeks", "I still haven't received order {o}"]),
                t(["the refund never arrived", "still no refund"]),
                t(["the bot keeps sending me the same link", "the chatbot loops"]),
                t(["the lamp arrived broken", "the glass was cracked"]),
                t(["the lamp is beautiful", "great quality"]),
                t(["{a} was lovely", "the agent was really helpful"]),
                t(["the payment failed once", "checkout was easy"]),
                t(["the website is nice", "the filter doesn't work"]),
            ],
        ]
        subjects = [
            [
                ["Toujours pas reçu ma commande", "Colis en retard", "Où est mon colis ?", "Commande non reçue"],
                ["Remboursement", "Remboursement toujours pas reçu", "Relance remboursement"],
                ["Le chat ne sert à rien", "Impossible de parler à un humain"],
                ["Lampe cassée à la livraison", "Produit abîmé"],
                ["Merci !", "Superbe lampe", "Très satisfaite"], ["Merci au service client", "Bravo"],
                ["Paiement refusé", "Code promo"], ["Question sur un produit", "Site internet"],
            ],
            [
                ["Parcel not received", "Where is my order?", "Late delivery"],
                ["Refund never arrived", "Refund still pending"], ["Bot keeps sending the same link", "Need a human"],
                ["Lamp arrived broken", "Damaged item"], ["Thank you!", "Lovely lamp"],
                ["Great customer service", "Thanks"], ["Payment failed", "Discount code"],
                ["Product question", "Website issue"],
            ],
        ]
        context = [
            t([
                "J'ai commandé {p} le {d} novembre (commande {o}).", "Commande {o} passée il y a {d} jours.",
                "Je vous écris au sujet de ma commande {o}.",
            ]),
            t([
                "I ordered {p} on {d} November (order {o}).", "Order {o} placed {d} days ago.",
                "I'm writing about my order {o}.",
            ]),
        ]
        greetings = [
            ["Bonjour,", "Bonsoir,", "Madame, Monsieur,", "Bonjour Maison Lumen,"],
            ["Hi,", "Hello,", "Dear Maison Lumen,", "Hi there,"],
        ]
        closings = [
            ["Merci d'avance.", "Merci de me répondre rapidement.", "Bonne journée.", "Je compte sur vous."],
            [
                "Thanks in advance.", "Please get back to me quickly.", "Have a nice day.",
                "From now on I'll think twice.",
            ],
        ]
        contrasts = [[", mais ", ", par contre ", ", cependant "], [", but ", ", however ", ", although "]]
        signatures = [
            ["Cordialement,", "Bien à vous,", "Merci,", "Envoyé de mon iPhone"],
            ["Best regards,", "Kind regards,", "Thanks,", "Sent from my iPhone"],
        ]
        emoji = [" 😡", " 😍", " 🙏", " 😞", " 👍", " !!!", " ?!", ""]
        products = [
            [
                "la suspension Opaline", "la lampe Nuage", "le lampadaire Arcèle", "l'applique Lune",
                "le miroir Soleil", "la guirlande Étoile",
            ],
            [
                "the Opaline pendant", "the Nuage table lamp", "the Arcèle floor lamp", "the Lune wall light",
                "the Soleil mirror", "the Étoile string lights",
            ],
        ]
        firstNames = [
            "Claire", "Julien", "Camille", "Hugo", "Inès", "Léa", "Thomas", "Chloé", "Nicolas", "Manon", "Karim",
            "Élodie",
            "Emily", "James", "Oliver", "Sarah", "Hannah", "Daniel", "Priya", "Jack", "Grace", "Ben", "Laura", "Sam",
        ]
        lastNames = [
            "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fontaine", "Benali", "Petit",
            "Clarke", "Hughes", "Taylor", "Evans", "Wright", "Foster", "Murphy", "Wilson", "Carter", "Stone",
        ]
        agents = ["Sophie", "Marc", "Tom"]
        agentChatNames = ["Sophie (Maison Lumen)", "Conseiller Marc", "Agent Tom"]
        botName = "Lumi (assistant virtuel)"
        botAnswers = [
            [
                "Pour suivre votre commande, consultez la page « Suivre ma commande » : https://www.lumen-shop.example/suivi",
                "Les remboursements sont effectués sous 14 jours. Consultez notre FAQ : https://www.lumen-shop.example/faq",
            ],
            [
                "To track your order, please visit https://www.lumen-shop.example/en/tracking",
                "Refunds are issued within 14 days. See our FAQ: https://www.lumen-shop.example/en/faq",
            ],
        ]
    }
}
