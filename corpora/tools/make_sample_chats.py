"""Chat part of the bundled sample corpus. Each conversation is data; `render` writes it in one
of four transcript formats so readers meet every layout the issues name."""

BOT = "Lumi (assistant virtuel)"
SOPHIE = "Sophie (Maison Lumen)"
MARC = "Conseiller Marc"
TOM = "Agent Tom"
BOT_LOOP_FR = "Pour suivre votre commande, consultez la page « Suivre ma commande » : https://www.lumen-shop.example/suivi"
BOT_LOOP_EN = "To track your order, please visit our tracking page: https://www.lumen-shop.example/en/tracking"

# A turn is (minute offset, speaker, text); speaker "*" is a system line; text may contain "\n"
# (continuation lines).
CONVERSATIONS = [
    ("fr", "bracket", "03/11/2026", 9, 14, [
        (0, BOT, "Bonjour, je suis Lumi, l'assistant virtuel de Maison Lumen. Comment puis-je vous aider ?"),
        (1, "Céline", "bonjour je n'ai toujours pas reçu ma commande ML-48555"),
        (1, BOT, BOT_LOOP_FR),
        (2, "Céline", "oui j'ai regardé, le suivi est bloqué depuis 10 jours"),
        (2, BOT, BOT_LOOP_FR),
        (3, "Céline", "je veux parler à quelqu'un svp"),
        (3, BOT, BOT_LOOP_FR),
        (4, "Céline", "MAIS C'EST PAS VRAI, le robot me répond toujours la même chose !!!\nje veux un humain"),
        (5, "*", "Sophie a rejoint la conversation"),
        (5, SOPHIE, "Bonjour Céline, je suis Sophie. Je suis désolée pour l'attente, je regarde votre commande tout de suite."),
        (7, SOPHIE, "Votre colis est bloqué chez le transporteur. Je vous renvoie une lampe aujourd'hui en express."),
        (8, "Céline", "ah merci beaucoup Sophie, enfin quelqu'un d'efficace 🙏"),
    ]),
    ("en", "bracket", "04/11/2026", 14, 2, [
        (0, BOT, "Hi, I'm Lumi, Maison Lumen's virtual assistant. How can I help?"),
        (0, "Megan", "where is my parcel? ordered 2 weeks ago"),
        (1, BOT, BOT_LOOP_EN),
        (1, "Megan", "the tracking hasn't moved since 25 October"),
        (2, BOT, BOT_LOOP_EN),
        (2, "Megan", "can I talk to a human please"),
        (3, BOT, BOT_LOOP_EN),
        (3, "Megan", "seriously?? the bot keeps sending me the same link. useless."),
        (4, "*", "Megan left the conversation"),
    ]),
    ("fr", "datetime", "05/11/2026", 10, 31, [
        (0, MARC, "Bonjour, Marc du service client Maison Lumen, que puis-je faire pour vous ?"),
        (1, "Bruno", "Bonjour, remboursement promis il y a un mois, toujours rien sur mon compte"),
        (2, MARC, "Je vérifie... Le retour a bien été reçu le 6 octobre."),
        (3, "Bruno", "Oui je sais, c'est ce qu'on m'a dit la dernière fois aussi. Et la fois d'avant."),
        (4, MARC, "Je transfère votre demande au service comptabilité, un collègue va prendre le relais."),
        (5, "*", "Marc a transféré la conversation à Agent Tom"),
        (6, TOM, "Bonjour, Tom du service remboursements. Pouvez-vous me redonner votre numéro de commande ?"),
        (7, "Bruno", "ML-46120. Troisième fois que je le donne...\nvous ne vous parlez pas entre vous ?"),
        (8, TOM, "Le remboursement sera émis sous 48h, je suis désolé."),
        (9, "Bruno", "on verra. pas convaincu du tout"),
    ]),
    ("en", "datetime", "06/11/2026", 16, 45, [
        (0, TOM, "Hello, Tom here from Maison Lumen. How can I help?"),
        (1, "Oliver", "Hi Tom, my refund never arrived. You received my return on 16 October."),
        (2, TOM, "Let me check that for you."),
        (4, TOM, "I'm sorry, the refund was stuck in our system. I've pushed it through now."),
        (5, "Oliver", "I've heard that before. I've been on hold for an hour twice this week."),
        (6, TOM, "I understand. You'll get a confirmation email today."),
        (7, "Oliver", "ok thanks, but honestly I'm fed up"),
    ]),
    ("fr", "whatsapp_fr", "07/11/2026", 11, 2, [
        (0, "*", "Les messages et les appels sont chiffrés de bout en bout."),
        (0, "Inès", "Bonjour ! Je voulais vous dire que la lampe Nuage est magnifique, très bonne qualité 😍"),
        (3, SOPHIE, "Bonjour Inès, merci beaucoup pour ce message, ça fait plaisir !"),
        (4, "Inès", "Et merci pour vos conseils sur l'ampoule, Sophie a été adorable et efficace"),
        (5, SOPHIE, "Avec plaisir, belle soirée à la lumière de Nuage ✨"),
    ]),
    ("en", "whatsapp_en", "08/11/2026", 18, 20, [
        (0, "Priya", "Hi, I got the Arc floor lamp today"),
        (0, "Priya", "beautiful lamp, great quality, the brass is gorgeous"),
        (4, TOM, "Hi Priya, that's lovely to hear! Enjoy it."),
        (5, "Priya", "One question: is there a dimmer that works with it?"),
        (6, TOM, "Yes, any trailing-edge dimmer up to 60W will do."),
        (7, "Priya", "perfect, thanks Tom, super helpful 👍"),
    ]),
    ("fr", "bracket", "09/11/2026", 20, 5, [
        (0, BOT, "Bonjour, je suis Lumi. Que puis-je faire pour vous ?"),
        (0, "Paul", "rembourssement pas reçu"),
        (1, BOT, "Les remboursements sont effectués sous 14 jours après réception du retour. Consultez notre FAQ : https://www.lumen-shop.example/faq/remboursement"),
        (2, "Paul", "ça fait 5 semaines"),
        (2, BOT, "Les remboursements sont effectués sous 14 jours après réception du retour. Consultez notre FAQ : https://www.lumen-shop.example/faq/remboursement"),
        (3, "Paul", "vous vous moquez de moi"),
        (3, BOT, "Les remboursements sont effectués sous 14 jours après réception du retour. Consultez notre FAQ : https://www.lumen-shop.example/faq/remboursement"),
        (4, "Paul", "nul. NUL. je vais voir ma banque"),
    ]),
    ("en", "bracket", "10/11/2026", 8, 55, [
        (0, "*", "Chat started"),
        (0, "Rachel", "Hello, my order arrived but the shade is dented"),
        (1, SOPHIE, "Hello Rachel, I'm so sorry! Could you send me a photo?"),
        (3, "Rachel", "sent to support@lumen-shop.example just now"),
        (4, SOPHIE, "Got it. I'm sending a new shade today, no need to return the old one."),
        (5, "Rachel", "wow that was quick, thank you so much Sophie!"),
        (5, "Rachel", "the lamp base itself is lovely btw"),
    ]),
    ("fr", "datetime", "11/11/2026", 13, 12, [
        (0, "Hugo", "Bonjour, colis en retard de deux semaines, le transporteur ne répond pas"),
        (1, MARC, "Bonjour Hugo, je regarde votre suivi."),
        (3, MARC, "Il est en attente au dépôt de Roissy. Je relance le transporteur."),
        (4, "Hugo", "c'est la 2e fois qu'on me dit ça...\nla dernière fois personne ne m'a rappelé"),
        (5, MARC, "Je vous rappelle personnellement demain avant midi, au 06 98 76 54 32 c'est bien ça ?"),
        (6, "Hugo", "oui. j'espère que ce sera vrai cette fois"),
    ]),
    ("en", "datetime", "12/11/2026", 9, 40, [
        (0, BOT, "Hi, I'm Lumi, your virtual assistant."),
        (0, "Daniel", "I want to return a lamp"),
        (1, BOT, "You can start a return here: https://www.lumen-shop.example/en/returns"),
        (2, "Daniel", "did that already, got no label"),
        (2, BOT, "You can start a return here: https://www.lumen-shop.example/en/returns"),
        (3, "Daniel", "the bot keeps sending me the same link"),
        (3, BOT, "You can start a return here: https://www.lumen-shop.example/en/returns"),
        (4, "Daniel", "AGENT. HUMAN. PLEASE."),
        (5, "*", "Agent Tom joined the conversation"),
        (5, TOM, "Hi Daniel, Tom here, sorry about the loop. I'll email you the label now."),
        (6, "Daniel", "thanks. that bot is a nightmare"),
    ]),
    ("fr", "whatsapp_fr", "13/11/2026", 17, 30, [
        (0, "Manon", "Bonjour, j'ai reçu l'applique Lune mais il manque les vis de fixation"),
        (2, MARC, "Bonjour Manon, désolé pour cet oubli, je vous les envoie aujourd'hui."),
        (3, "Manon", "Merci ! Sinon elle est superbe, vraiment très belle finition"),
        (4, MARC, "Merci pour votre retour 😊"),
    ]),
    ("en", "whatsapp_en", "14/11/2026", 12, 5, [
        (0, "Harry", "hi my parcel says delivered but i havent received anything"),
        (3, SOPHIE, "Hi, I'm sorry to hear that. Could you check with your neighbours or building reception?"),
        (30, "Harry", "checked everywhere. nothing."),
        (31, SOPHIE, "I've opened a claim with the carrier and I'll send a replacement if it isn't found in 48h."),
        (32, "Harry", "ok. not happy but thanks for being straightforward"),
    ]),
    ("fr", "bracket", "16/11/2026", 15, 48, [
        (0, BOT, "Bonjour ! Je suis Lumi 💡 Comment puis-je vous aider ?"),
        (0, "Yasmine", "je voudrais changer l'adresse de livraison"),
        (1, BOT, "Vous pouvez modifier votre adresse dans « Mon compte > Mes commandes » tant que la commande n'est pas expédiée."),
        (2, "Yasmine", "super merci c'est fait, facile"),
    ]),
    ("en", "bracket", "17/11/2026", 19, 11, [
        (0, SOPHIE, "Good evening, Sophie here. How can I help?"),
        (1, "Ahmed", "Hi, the payment failed twice but I was charged twice?"),
        (2, SOPHIE, "Let me check... I can see two pre-authorisations, they will be released automatically within 3 days."),
        (3, "Ahmed", "ok, thanks for explaining, that's reassuring"),
    ]),
    ("fr", "datetime", "18/11/2026", 11, 0, [
        (0, "Véronique", "Bonjour, le remboursement de ma commande annulée n'est jamais arrivé"),
        (1, TOM, "Bonjour, je regarde. Pouvez-vous me donner votre numéro de commande ?"),
        (2, "Véronique", "ML-47001, annulée le 15 octobre"),
        (3, TOM, "Je transfère à Marc qui gère les annulations."),
        (3, "*", "Agent Tom a transféré la conversation à Conseiller Marc"),
        (5, MARC, "Bonjour Véronique, je vois le dossier. Le remboursement a échoué, je le relance."),
        (6, "Véronique", "un mois pour me dire ça... c'est pas sérieux\nje ne recommanderai pas Maison Lumen"),
    ]),
    ("en", "whatsapp_en", "19/11/2026", 10, 2, [
        (0, "Lily", "Hello! Just to say the ceramic lamp is stunning, my husband loves it"),
        (5, TOM, "That's wonderful, thanks Lily!"),
        (6, "Lily", "Fast delivery too, well packed. 10/10"),
    ]),
    ("fr", "whatsapp_fr", "20/11/2026", 21, 15, [
        (0, "Kevin", "bjr toujours pas recu ma commande passée le 1er novembre"),
        (1, "Kevin", "le suivi dit rien depuis 12 jours"),
        (60, SOPHIE, "Bonjour Kevin, désolée pour la réponse tardive. Votre colis est perdu, je vous renvoie la commande ce jour."),
        (62, "Kevin", "bon ok merci, au moins vous répondez vous"),
    ]),
    ("en", "datetime", "21/11/2026", 14, 25, [
        (0, BOT, "Hi! I'm Lumi. What can I do for you?"),
        (0, "Jack", "refund never arrived for order ML-50002"),
        (1, BOT, "Refunds are issued within 14 days of receiving your return. See our FAQ: https://www.lumen-shop.example/en/faq/refunds"),
        (1, "Jack", "it has been 30 days"),
        (2, BOT, "Refunds are issued within 14 days of receiving your return. See our FAQ: https://www.lumen-shop.example/en/faq/refunds"),
        (2, "Jack", "are you even listening"),
        (3, BOT, "Refunds are issued within 14 days of receiving your return. See our FAQ: https://www.lumen-shop.example/en/faq/refunds"),
        (4, "Jack", "unbelievable. cancelling my other order and never buying here again"),
    ]),
    ("fr", "bracket", "23/11/2026", 10, 10, [
        (0, MARC, "Bonjour, Marc à votre écoute."),
        (1, "Élodie", "Bonjour Marc, je voulais un conseil pour éclairer un salon de 30 m²"),
        (2, MARC, "Je vous conseille le lampadaire Arcèle associé à deux appliques Lune, lumière chaude 2700K."),
        (4, "Élodie", "Merci, conseil au top, très agréable et patient !"),
    ]),
    ("en", "whatsapp_en", "24/11/2026", 16, 40, [
        (0, "Sam", "Hi, still waiting for my parcel, order ML-51777, it's 10 days late"),
        (10, "Sam", "hello??"),
        (45, TOM, "Hi Sam, sorry for the wait. The courier lost the parcel; a new one ships today by express."),
        (46, "Sam", "fine, but I had to chase you twice. not great"),
    ]),
]


def render(conv):
    lang, fmt, date, hh, mm, turns = conv
    d, mo, y = date.split("/")
    lines = []
    if fmt == "bracket":
        lines.append(f"Conversation du {date}" if lang == "fr" else f"Chat transcript - {date}")
        lines.append("")
    for off, who, text in turns:
        t = hh * 60 + mm + off
        h, m = divmod(t, 60)
        s = (off * 17 + 5) % 60
        parts = text.split("\n")
        if fmt == "bracket":
            if who == "*":
                lines.append(f"*** {text} ***")
                continue
            head = f"[{h:02d}:{m:02d}] {who}: "
        elif fmt == "datetime":
            if who == "*":
                lines.append(f"[{date} {h:02d}:{m:02d}:{s:02d}] *** {text} ***")
                continue
            head = f"[{date} {h:02d}:{m:02d}:{s:02d}] {who}: "
        elif fmt == "whatsapp_fr":
            if who == "*":
                lines.append(f"{date} à {h:02d}:{m:02d} - {text}")
                continue
            head = f"{date} à {h:02d}:{m:02d} - {who}: "
        else:
            if who == "*":
                lines.append(f"{date}, {h:02d}:{m:02d} - {text}")
                continue
            head = f"{date}, {h:02d}:{m:02d} - {who}: "
        lines.append(head + parts[0])
        lines.extend(parts[1:])
    return "\n".join(lines) + "\n"


def chat_files():
    names = {
        "bracket": "chat", "datetime": "livechat", "whatsapp_fr": "whatsapp", "whatsapp_en": "whatsapp",
    }
    files = {}
    for i, conv in enumerate(CONVERSATIONS):
        lang, fmt, date = conv[0], conv[1], conv[2]
        d, mo, y = date.split("/")
        files[f"{y}-{mo}-{d}-{names[fmt]}-{lang}-{i + 1:02d}.txt"] = render(conv).encode("utf-8")
    return files
