"""Cross-channel customers of the bundled sample corpus (issue 18): three people who each write by
e-mail, chat and survey under different names, linked only by what they write (an address, an order
number, an international phone number). Their files are added beside the others; no other file of
the sample changes.

- Hélène Dubois: e-mail (9 Nov, order ML-60412), live chat as `Hélène D.` (11 Nov, types ML-60412),
  survey answer (18 Nov, e-mail column).
- Oliver Grant: WhatsApp chat with +44 7700 900321 (10 Nov), e-mail signed with that number (13 Nov),
  survey answer (20 Nov, phone column).
- Nadia Benali: e-mail (16 Nov, order ML-61007), chat as `Nadia` (17 Nov, gives her address),
  survey answer (24 Nov, order column).
"""
from make_sample_chats import MARC, TOM, render
from make_sample_emails import SUPPORT, SUPPORT_EN, enc_subject, headers, single


def people_eml_files():
    files = {}
    files["2026-11-09-abat-jour-ecrase.eml"] = single(
        headers("=?UTF-8?Q?H=C3=A9l=C3=A8ne_Dubois?= <helene.dubois@example.fr>", SUPPORT,
                enc_subject("Commande ML-60412 : abat-jour arrivé écrasé"),
                "Mon, 09 Nov 2026 08:31:04 +0100", "20261109083104.6041@example.fr"),
        """Bonjour,

J'ai reçu hier ma lampe « Nuage » (commande ML-60412) mais l'abat-jour est complètement écrasé :
le carton était enfoncé sur un côté. Je souhaite un échange rapide, c'est un cadeau pour samedi.

Je joins deux photos du colis.

Bien cordialement,
Hélène Dubois
""")
    files["2026-11-13-refund-return-whatsapp.eml"] = single(
        headers("Oliver Grant <oliver.grant@example.com>", SUPPORT_EN,
                "Refund for my returned floor lamp",
                "Fri, 13 Nov 2026 17:52:40 +0000", "CAO0G.20261113175240@example.com"),
        """Hello,

I sent back the Arc floor lamp on 2 November and your courier confirmed the return the next day.
I asked on WhatsApp three days ago and was told the refund would follow, but nothing has arrived.
Please refund me as promised, it has been eleven days now.

Oliver Grant
+44 7700 900321
""")
    files["2026-11-16-paiement-double.eml"] = single(
        headers("Nadia Benali <nadia.b@example.net>", SUPPORT,
                enc_subject("Paiement débité deux fois"),
                "Mon, 16 Nov 2026 21:14:09 +0100", "nb.20261116211409@example.net"),
        """Bonsoir,

Ma commande ML-61007 a été débitée deux fois sur ma carte bancaire (deux fois 74,90 €).
Je n'ai passé qu'une seule commande. Merci de me rembourser le second paiement au plus vite.

Nadia Benali
""")
    return files


PEOPLE_CHATS = {
    "2026-11-11-livechat-fr-21.txt": ("fr", "datetime", "11/11/2026", 15, 5, [
        (0, MARC, "Bonjour, Marc du service client Maison Lumen, que puis-je faire pour vous ?"),
        (1, "Hélène D.", "Bonjour, j'ai écrit lundi pour un abat-jour arrivé écrasé et je n'ai aucune réponse"),
        (2, MARC, "Je suis désolé. Pouvez-vous me donner votre numéro de commande ?"),
        (3, "Hélène D.", "ML-60412"),
        (4, MARC, "Merci, je vois votre demande. Je lance l'échange aujourd'hui."),
        (5, "Hélène D.", "Il me le faut avant samedi, sinon ce n'est plus la peine"),
    ]),
    "WhatsApp Chat with +44 7700 900321.txt": ("en", "whatsapp_en", "10/11/2026", 12, 40, [
        (0, "+44 7700 900321", "Hi, I returned the Arc floor lamp a week ago and still have no refund"),
        (2, TOM, "Hello, thanks for your message. How can I help you today?"),
        (3, "+44 7700 900321", "The refund. The courier confirmed the return on 3 November."),
        (5, TOM, "I have checked: the refund will follow shortly."),
    ]),
    "2026-11-17-chat-fr-22.txt": ("fr", "bracket", "17/11/2026", 9, 2, [
        (0, TOM, "Bonjour, Tom du service client, en quoi puis-je vous aider ?"),
        (1, "Nadia", "Bonjour, j'ai été débitée deux fois pour la même commande et mon mail d'hier est resté sans réponse"),
        (2, TOM, "Je suis désolé. Quelle est l'adresse e-mail de votre compte ?"),
        (3, "Nadia", "nadia.b@example.net"),
        (4, TOM, "Merci. Je transmets au service comptable, le remboursement prend 5 jours."),
        (5, "Nadia", "5 jours pour rendre un argent que vous n'auriez jamais dû prendre, c'est long"),
    ]),
}


def people_chat_files():
    return {name: render(conv).encode("utf-8") for name, conv in PEOPLE_CHATS.items()}


def people_survey_files():
    header = ["Response ID", "Date", "Journey step", "How likely are you to recommend Maison Lumen? (0-10)",
              "Comment", "Email", "Phone", "Order number"]
    rows = [
        ["R_300001", "2026-11-18 10:02:00", "Delivery", "3",
         "Abat-jour arrivé écrasé, il a fallu écrire puis passer par le chat avant d'obtenir un échange.",
         "helene.dubois@example.fr", "", ""],
        ["R_300002", "2026-11-20 19:45:00", "Returns & refunds", "1",
         "Refund took weeks and I had to chase you on WhatsApp and by e-mail.", "", "+44 7700 900321", ""],
        ["R_300003", "2026-11-24 08:12:00", "Returns & refunds", "0",
         "Double prélèvement, deux relances (mail puis chat) pour être remboursée.", "", "", "ML-61007"],
    ]

    def quote(cell):
        return '"' + cell.replace('"', '""') + '"' if ("," in cell or '"' in cell) else cell

    lines = [",".join(quote(c) for c in row) for row in [header] + rows]
    return {"relances_novembre_2026.csv": ("\n".join(lines) + "\n").encode("utf-8")}
