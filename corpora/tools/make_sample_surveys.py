"""Survey exports of the bundled sample corpus: one UTF-8 comma CSV (EN/FR mixed, NPS + CES) and one
French-Excel export (`;`, Windows-1252, CRLF, NPS + CSAT). Seeded, so regenerating gives the same bytes."""
import random

# step key -> (EN label, FR label)
STEPS = {
    "browse": ("Browsing", "Navigation"),
    "checkout": ("Checkout", "Commande"),
    "delivery": ("Delivery", "Livraison"),
    "refund": ("Returns & refunds", "Retour et remboursement"),
    "service": ("Customer service", "Service client"),
    "product": ("Product", "Produit"),
}

# (step, tone, lang) -> comments. tone: hot = planted hot spot, bright = planted bright spot, mid = neutral-ish
BANK = {
    ("delivery", "hot", "fr"): [
        "Toujours pas reçu ma commande, 3 semaines après !",
        "Colis en retard de deux semaines et aucune nouvelle du transporteur",
        "livraison catastrophique, colis perdu, personne ne répond",
        "Commande jamais arrivée. Le suivi n'a pas bougé depuis 10 jours.",
        "Livraison rapide mais lampe cassée, le verre était en morceaux",
        "toujours pas recu ma commande... vous pouvez m'appeler au 06 12 34 56 78",
        "Délai de livraison pas du tout respecté, c'était pour un cadeau",
        "colis marqué livré mais jamais reçu !!! scandaleux",
        "Le transporteur a perdu mon colis et j'ai dû relancer 4 fois",
        "TROP LONG. Plus de 15 jours pour une lampe.",
    ],
    ("delivery", "hot", "en"): [
        "Still waiting for my parcel after three weeks",
        "Parcel two weeks late and no updates at all",
        "Delivery was a disaster, the parcel got lost and nobody called me back",
        "Never arrived. Tracking stuck on 'in transit' for 12 days.",
        "Fast delivery but the lamp was broken",
        "still waiting for my parcel!!! email me at sam.jones@example.com",
        "Paid for express delivery, it took 2 weeks. Not acceptable.",
        "Marked as delivered but I never got it",
        "Courier lost the parcel, had to chase you 3 times",
        "WAY too slow. 16 days for a lamp.",
    ],
    ("refund", "hot", "fr"): [
        "Remboursement promis il y a un mois, toujours rien",
        "Retour reçu chez vous depuis 5 semaines et pas de remboursement",
        "On me dit « c'est en cours » à chaque appel, toujours pas remboursée",
        "remboursement jamais arrivé, je vais passer par ma banque",
        "Trois conseillers, trois réponses différentes, et toujours pas d'argent",
        "Je n'ai reçu aucune réponse concernant mon remboursement",
    ],
    ("refund", "hot", "en"): [
        "Refund never arrived",
        "Returned the lamp 5 weeks ago, still no refund",
        "Every time I call I'm told the refund is 'in progress'. It isn't.",
        "refund never arrived, I've opened a chargeback with my bank",
        "Three different agents, three different answers, still no money",
        "No one got back to me about my refund",
    ],
    ("service", "hot", "fr"): [
        "Le robot me répond toujours la même chose, impossible de parler à un humain",
        "Le chatbot tourne en boucle, il me renvoie toujours vers la FAQ",
        "l'assistant virtuel ne comprend rien et répète le même lien",
        "Injoignable par téléphone et le chat est un robot inutile",
        "On m'a raccroché au nez et le chat répète la même réponse",
    ],
    ("service", "hot", "en"): [
        "The bot keeps sending me the same link",
        "The chatbot goes round in circles, no way to reach a human",
        "Your virtual assistant is useless, same answer every time",
        "On hold for an hour, then the chat bot sent me the FAQ again",
        "the bot keeps sending me the same link. I GIVE UP",
    ],
    ("service", "bright", "fr"): [
        "Sophie a été adorable et efficace",
        "Conseiller très aimable, problème réglé en 5 minutes",
        "Marc a été patient et de très bon conseil, merci !",
        "Service client au top, réponse rapide et humaine",
        "Sophie a tout réglé en un appel, bravo",
    ],
    ("service", "bright", "en"): [
        "Sophie was lovely and sorted everything out",
        "Tom was so friendly and helpful",
        "Great customer service, quick and human",
        "The agent really listened and fixed it in minutes",
        "Sophie was brilliant, thank you!",
    ],
    ("product", "bright", "fr"): [
        "Lampe magnifique, très bonne qualité",
        "Superbe design, finitions impeccables 😍",
        "La suspension est encore plus belle en vrai",
        "Très bonne qualité, rien à redire",
        "lampe magnifique, tres bonne qualité, je recommande",
        "Produit conforme et de grande qualité",
        "Aucun problème, le lampadaire est sublime",
        "Très belle lampe, bon rapport qualité-prix",
    ],
    ("product", "bright", "en"): [
        "Beautiful lamp, great quality",
        "Gorgeous design, lovely finish",
        "Even nicer than in the photos!",
        "Great quality, no complaints",
        "beautiful lamp, great quality 😍",
        "Solid and well made, worth every penny",
        "Stunning lamp, love it",
        "Lovely light and superb design",
    ],
    ("product", "mid", "fr"): [
        "Jolie lampe mais l'ampoule n'est pas fournie",
        "Un peu plus petite que prévu",
        "Bien, sans plus",
    ],
    ("product", "mid", "en"): [
        "Nice lamp but no bulb included",
        "A bit smaller than I expected",
        "It's fine, nothing special",
    ],
    ("browse", "mid", "fr"): [
        "Site agréable mais le filtre par couleur ne marche pas",
        "Facile de trouver ce que je cherchais",
        "Les photos pourraient être plus grandes",
        "Site clair et joli",
    ],
    ("browse", "mid", "en"): [
        "Nice website but the colour filter doesn't work",
        "Easy to find what I wanted",
        "Photos could be bigger",
        "Clean, pretty website",
    ],
    ("checkout", "mid", "fr"): [
        "Paiement refusé deux fois avant de passer",
        "Commande simple et rapide",
        "Le code promo ne s'appliquait pas",
        "Rien à signaler, paiement facile",
    ],
    ("checkout", "mid", "en"): [
        "Payment failed twice before going through",
        "Quick and simple checkout",
        "The discount code didn't apply",
        "Nothing to report, easy payment",
    ],
}

# Longer, multi-line comments, used sometimes (the CSV writer must quote them).
MULTILINE = {
    "fr": [
        "Commande passée le 2 novembre.\nToujours pas reçu ma commande le 20.\nTrès déçue, je ne recommanderai pas.",
        "La lampe est magnifique.\nPar contre le remboursement de l'abat-jour cassé n'est jamais arrivé.",
        "Points positifs : qualité, design.\nPoints négatifs : le chatbot qui tourne en boucle.",
    ],
    "en": [
        "Ordered on 2 November.\nStill waiting for my parcel on the 20th.\nVery disappointed.",
        "The lamp is beautiful.\nBut the refund for the broken shade never arrived.",
        "Good: quality, design.\nBad: the chatbot that loops, the \"help\" link it keeps sending.",
    ],
}

EMPTY_LIKE = ["", "", "", "RAS", "-", "rien", "N/A", "ok"]

# planted mix: (step, tone, weight)
MIX = [("delivery", "hot", 24), ("refund", "hot", 13), ("service", "hot", 10), ("service", "bright", 12),
       ("product", "bright", 24), ("product", "mid", 5), ("browse", "mid", 6), ("checkout", "mid", 6)]


def nps_for(tone, rng):
    if tone == "hot":
        return rng.choice([0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7])
    if tone == "bright":
        return rng.choice([8, 9, 9, 10, 10, 10])
    return rng.choice([5, 6, 7, 7, 8, 8, 9])


def row_content(rng, lang):
    step, tone = rng.choices([(s, t) for s, t, _ in MIX], weights=[w for _, _, w in MIX])[0]
    nps = nps_for(tone, rng)
    r = rng.random()
    if r < 0.08:
        comment = rng.choice(EMPTY_LIKE)
    elif r < 0.13:
        comment = rng.choice(MULTILINE[lang])
    else:
        comment = rng.choice(BANK[(step, tone, lang)])
    return step, tone, nps, comment


def csv_quote(s, sep):
    if any(c in s for c in (sep, '"', "\n", "\r")):
        return '"' + s.replace('"', '""') + '"'
    return s


def survey_files():
    rng = random.Random(2026_11)
    files = {}

    # 1. UTF-8, comma, LF, mixed EN/FR: NPS 0-10 + CES 1-7
    header = ["Response ID", "Date", "Journey step", "How likely are you to recommend Maison Lumen? (0-10)",
              "How easy was it to resolve your request? (1-7)", "Comment", "Language"]
    lines = [",".join(csv_quote(h, ",") for h in header)]
    for i in range(120):
        lang = "en" if i % 2 == 0 else "fr"
        step, tone, nps, comment = row_content(rng, lang)
        ces = {"hot": rng.choice([1, 1, 2, 2, 3]), "bright": rng.choice([6, 7, 7]), "mid": rng.choice([4, 5, 6])}[tone]
        day = 1 + (i * 7) % 26
        date = f"2026-11-{day:02d} {8 + i % 12:02d}:{(i * 13) % 60:02d}:00"
        nps_s = str(nps)
        if i == 41:
            nps_s = "11"  # invalid: out of range, must land in errors.csv
        if i == 87:
            nps_s = "n/a"  # invalid: not a number
        step_label = STEPS[step][0]
        lines.append(",".join(csv_quote(x, ",") for x in
                              [f"R_{100000 + i * 37}", date, step_label, nps_s, str(ces), comment, lang.upper()]))
    files["nps_survey_nov2026.csv"] = ("\n".join(lines) + "\n").encode("utf-8")

    # 2. French Excel: ';', Windows-1252, CRLF; NPS 0-10 + CSAT 1-5
    header = ["ID", "Date", "Étape du parcours", "Recommanderiez-vous Maison Lumen ? (0-10)", "Satisfaction (1-5)", "Commentaire"]
    lines = [";".join(csv_quote(h, ";") for h in header)]
    for i in range(80):
        step, tone, nps, comment = row_content(rng, "fr")
        csat = {"hot": rng.choice([1, 1, 2, 2]), "bright": rng.choice([4, 5, 5]), "mid": rng.choice([3, 3, 4])}[tone]
        day = 1 + (i * 11) % 26
        date = f"{day:02d}/11/2026"
        nps_s = str(nps)
        if i == 23:
            nps_s = "11"
        comment = comment.replace("\n", "\r\n")  # Excel keeps CRLF inside quoted cells too
        lines.append(";".join(csv_quote(x, ";") for x in
                              [str(5001 + i), date, STEPS[step][1], nps_s, str(csat), comment]))
    text = "\r\n".join(lines) + "\r\n"
    # emoji have no Windows-1252 form: Excel would write '?' there
    files["enquete_satisfaction_novembre_2026.csv"] = text.encode("cp1252", errors="replace")
    return files
