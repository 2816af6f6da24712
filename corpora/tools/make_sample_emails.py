"""Email part of the bundled sample corpus (Maison Lumen). Imported by make_sample.py."""
import base64
import quopri
from email.header import Header

DOMAIN = "lumen-shop.example"
SUPPORT = f"Service client Maison Lumen <service-client@{DOMAIN}>"
SUPPORT_EN = f"Maison Lumen Support <support@{DOMAIN}>"


def enc_subject(text, charset="utf-8", mode="Q"):
    """RFC 2047 encoded word (Q or B)."""
    raw = text.encode(charset)
    if mode == "B":
        return f"=?{charset.upper()}?B?{base64.b64encode(raw).decode()}?="
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return f"=?{charset.upper()}?Q?{''.join(out)}?="


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset).replace(b"\n", b"\r\n")).decode("ascii").replace("\r\n", "\n")


def b64(text, charset="utf-8"):
    raw = base64.b64encode(text.encode(charset)).decode()
    return "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76))


def headers(frm, to, subject, date, msgid, in_reply_to=None, refs=None, extra=()):
    h = [f"From: {frm}", f"To: {to}", f"Subject: {subject}", f"Date: {date}", f"Message-ID: <{msgid}>"]
    if in_reply_to:
        h.append(f"In-Reply-To: <{in_reply_to}>")
        h.append("References: " + " ".join(f"<{r}>" for r in (refs or [in_reply_to])))
    h.extend(extra)
    h.append("MIME-Version: 1.0")
    return h


def single(h, body, charset="utf-8", cte="8bit"):
    """Returns bytes of a single-part text/plain message."""
    lines = h + [f"Content-Type: text/plain; charset={charset}", f"Content-Transfer-Encoding: {cte}", ""]
    head = "\n".join(lines) + "\n"
    if cte == "quoted-printable":
        payload = qp(body, charset).encode("ascii")
    elif cte == "base64":
        payload = (b64(body, charset) + "\n").encode("ascii")
    else:
        payload = body.encode(charset)
    return head.encode("ascii") + payload


# ---------------------------------------------------------------------------
# Stand-alone .eml files
# ---------------------------------------------------------------------------

def eml_files():
    files = {}

    files["2026-11-03-toujours-pas-recu.eml"] = single(
        headers("Claire Martin <claire.martin@example.fr>", SUPPORT,
                enc_subject("Toujours pas reçu ma commande n°ML-48213"),
                "Tue, 03 Nov 2026 09:42:17 +0100", "20261103094217.4821@example.fr"),
        """Bonjour,

J'ai commandé une suspension « Opaline » le 20 octobre et je n'ai toujours pas reçu ma commande.
Le suivi indique « en cours d'acheminement » depuis maintenant douze jours, c'est inadmissible.
J'ai appelé deux fois, personne ne m'a rappelée. Pouvez-vous me dire où est mon colis ?

Vous pouvez me joindre au 06 12 34 56 78 en journée.

Cordialement,
Claire Martin
""", cte="quoted-printable")

    files["2026-11-05-remboursement-latin1.eml"] = single(
        headers("=?ISO-8859-1?Q?G=E9rard_Lef=E8vre?= <g.lefevre@example.fr>", SUPPORT,
                enc_subject("Remboursement promis, toujours rien reçu", "iso-8859-1"),
                "Thu, 5 Nov 2026 18:03:55 +0100", "a1b2c3.20261105180355@example.fr",
                extra=["X-Mailer: Microsoft Outlook 14.0"]),
        """Madame, Monsieur,

Le 2 octobre j'ai renvoyé le lampadaire « Arcèle » qui était arrivé avec le pied tordu.
Votre conseiller m'a promis un remboursement sous 5 jours ouvrés. Un mois après, toujours rien.
Ce n'est pas sérieux : 189,90 euros c'est une somme pour moi, et je n'ai reçu aucune réponse à mes deux derniers mails.

Je vous demande de procéder au remboursement immédiatement, faute de quoi je saisirai le médiateur.

Salutations distinguées,
Gérard Lefèvre
""", charset="iso-8859-1", cte="8bit")

    files["2026-11-06-parcel-base64.eml"] = single(
        headers("Emily Clarke <emily.clarke@example.com>", SUPPORT_EN,
                "Where is my parcel? Order ML-50877",
                "Fri, 06 Nov 2026 07:15:02 +0000", "CAE7x91.emily@example.com"),
        """Hi,

I'm still waiting for my parcel. I ordered the brass desk lamp on 22 October and was told
3-5 working days for UK delivery. It's now two weeks late and the tracking page hasn't moved
since it "left the hub in Lille".

This was meant to be a birthday present. Really disappointing.

Emily
""", cte="base64")

    # multipart/alternative
    plain = """Bonjour Maison Lumen,

Je tenais simplement à vous dire que la lampe à poser « Nuage » est magnifique, très bonne qualité,
la finition du laiton est superbe. Elle est encore plus belle qu'en photo !
Livraison rapide en plus, rien à redire.

Merci et à bientôt,
Nathalie
"""
    html = """<html><head><style>p{font-family:Arial}</style></head><body>
<p>Bonjour Maison Lumen,</p>
<p>Je tenais simplement &agrave; vous dire que la lampe &agrave; poser &laquo;&nbsp;Nuage&nbsp;&raquo; est <b>magnifique</b>, tr&egrave;s bonne qualit&eacute;,<br>
la finition du laiton est superbe. Elle est encore plus belle qu'en photo&nbsp;!<br>
Livraison rapide en plus, rien &agrave; redire.</p>
<p>Merci et &agrave; bient&ocirc;t,<br>Nathalie</p>
</body></html>
"""
    h = headers("Nathalie Roux <nathalie.roux@example.org>", SUPPORT,
                enc_subject("Merci pour la lampe Nuage ✨"),
                "Sat, 07 Nov 2026 21:30:44 +0100", "5f3e.nathalie@example.org")
    boundary = "----=_Part_1234_987654.1762547444"
    msg = "\n".join(h + [f'Content-Type: multipart/alternative; boundary="{boundary}"', "", "This is a multi-part message in MIME format.", "",
                         f"--{boundary}", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "",
                         qp(plain).rstrip("\n"), "",
                         f"--{boundary}", "Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "",
                         qp(html).rstrip("\n"), "",
                         f"--{boundary}--", ""])
    files["2026-11-07-merci-nuage-multipart.eml"] = msg.encode("ascii")

    files["2026-11-12-relance-colis-reply.eml"] = single(
        headers("Julien Bernard <julien.bernard@example.fr>", SUPPORT,
                "RE: Votre commande ML-49102 est en route",
                "Thu, 12 Nov 2026 14:48:09 +0100", "A8F3-JB-20261112@example.fr",
                in_reply_to=f"notif-49102.20261030@{DOMAIN}"),
        """Bonjour,

Colis en retard de deux semaines !! Votre mail du 30 octobre disait livraison le 4 novembre.
On est le 12 et toujours rien, le transporteur dit qu'il n'a jamais reçu le colis.
Je veux soit ma lampe, soit mon argent. Je ne commanderai plus chez vous.

Envoyé de mon iPhone

> Le 30 oct. 2026 à 10:12, Service client Maison Lumen <service-client@lumen-shop.example> a écrit :
>
> Bonjour Julien,
>
> Bonne nouvelle : votre commande ML-49102 est en route ! Livraison estimée le 4 novembre.
>
> Belle journée,
> L'équipe Maison Lumen
""", cte="quoted-printable")

    files["2026-11-13-refund-reply-en.eml"] = single(
        headers("Oliver Hughes <oliver.hughes@example.com>", SUPPORT_EN,
                "Re: Your return RMA-7731 has been received",
                "Fri, 13 Nov 2026 16:22:51 -0500", "BN7PR.oliver.hughes@example.com",
                in_reply_to=f"rma-7731.20261016@{DOMAIN}"),
        """Hello,

You received the return on 16 October. Your own email says the refund would be processed
within 10 days. It's now four weeks and the refund never arrived. I've called three times
and been on hold for over an hour each time.

Please refund the £74.00 to my card today.

Best regards,
Oliver Hughes
+44 7700 900123

On Fri, 16 Oct 2026 at 11:05, Maison Lumen Support <support@lumen-shop.example> wrote:
> Dear Oliver,
>
> We have received your return RMA-7731. Your refund will be processed within 10 days.
>
> Kind regards,
> Maison Lumen Support
""")

    files["2026-11-14-absence-auto-reply.eml"] = single(
        headers("Pierre Garnier <pierre.garnier@example.net>", SUPPORT,
                enc_subject("Réponse automatique : Votre avis compte pour nous"),
                "Sat, 14 Nov 2026 08:00:03 +0100", "autoreply.7781@example.net",
                in_reply_to=f"survey-11-2026.7781@{DOMAIN}",
                extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: bulk"]),
        """Bonjour,

Je suis absent du bureau jusqu'au 23 novembre inclus, avec un accès limité à mes e-mails.
En cas d'urgence, merci de contacter mon assistante.

Pierre Garnier
""")

    files["2026-11-14-agent-reply-sophie.eml"] = single(
        headers(f"\"Sophie (Maison Lumen)\" <sophie@{DOMAIN}>", "Claire Martin <claire.martin@example.fr>",
                enc_subject("Re: Toujours pas reçu ma commande n°ML-48213"),
                "Sat, 14 Nov 2026 10:05:30 +0100", f"reply-48213.sophie@{DOMAIN}",
                in_reply_to="20261103094217.4821@example.fr"),
        """Bonjour Madame Martin,

Je suis vraiment désolée pour ce retard. J'ai ouvert une enquête auprès du transporteur
et je vous renvoie dès aujourd'hui une suspension Opaline en express, sans frais.
Vous recevrez le numéro de suivi par e-mail dans l'après-midi.

Belle journée,
Sophie
Service client Maison Lumen

> Le 3 nov. 2026 à 09:42, Claire Martin <claire.martin@example.fr> a écrit :
> J'ai commandé une suspension « Opaline » le 20 octobre et je n'ai toujours pas reçu ma commande.
""", cte="quoted-printable")

    files["2026-11-15-merci-sophie.eml"] = single(
        headers("Claire Martin <claire.martin@example.fr>", f"\"Sophie (Maison Lumen)\" <sophie@{DOMAIN}>",
                enc_subject("Re: Re: Toujours pas reçu ma commande n°ML-48213"),
                "Sun, 15 Nov 2026 19:12:00 +0100", "20261115191200.4821@example.fr",
                in_reply_to=f"reply-48213.sophie@{DOMAIN}",
                refs=["20261103094217.4821@example.fr", f"reply-48213.sophie@{DOMAIN}"]),
        """Bonjour Sophie,

Colis bien reçu ce matin, merci infiniment ! Sophie a été adorable et efficace, enfin quelqu'un
qui prend les choses en main. La suspension est superbe, très bonne qualité.
Dommage qu'il ait fallu attendre trois semaines et vous écrire pour que ça bouge.

Bien à vous,
Claire

Le dim. 14 nov. 2026 à 10:05, Sophie (Maison Lumen) <sophie@lumen-shop.example> a
écrit :
> Bonjour Madame Martin,
> Je suis vraiment désolée pour ce retard.
""", cte="quoted-printable")

    files["2026-11-16-chatbot-boucle.eml"] = single(
        headers("Karim Benali <karim.benali@example.fr>", SUPPORT,
                enc_subject("Votre robot tourne en rond, impossible de parler à un humain", "utf-8", "B"),
                "Mon, 16 Nov 2026 22:41:19 +0100", "kb-1763329279@example.fr"),
        """Bonsoir,

Ça fait trois fois que j'essaie le chat sur votre site : le robot me répond toujours la même chose,
il me renvoie vers la FAQ « Suivre ma commande » alors que mon colis est marqué livré et que je ne l'ai PAS reçu.
Impossible d'avoir un conseiller, le bouton « parler à un humain » ne fait rien.

Franchement c'est épuisant. Mon numéro : 07 98 76 54 32, mail karim.benali@example.fr

Karim
""", cte="base64")

    files["2026-11-17-great-service-en.eml"] = single(
        headers("Hannah Wright <hannah.w@example.org>", SUPPORT_EN,
                "Thank you Tom!", "Tue, 17 Nov 2026 12:03:44 +0000", "hw.20261117120344@example.org"),
        """Hi there,

Just wanted to say a big thank you to Tom in your support team. He sorted out my wrong-colour
shade in five minutes and was so friendly and helpful. The new shade arrived two days later.

And the lamp itself is beautiful, great quality, exactly like the photos. Will definitely order again!

Cheers,
Hannah

Sent from my iPhone
""")

    files["2026-11-18-broken-lamp-en.eml"] = single(
        headers("Daniel Foster <dan.foster@example.net>", SUPPORT_EN,
                "Lamp arrived broken", "Wed, 18 Nov 2026 19:55:10 -0800", "DF-8812@example.net"),
        """Hello,

Fast delivery but the lamp was broken: the glass globe was cracked in two places. The box had no padding at all.
Not great. I'd like a replacement rather than a refund if possible, the design is lovely.

Photos attached separately.

Thanks,
Daniel
""", charset="us-ascii", cte="7bit")

    files["2026-11-19-message-origine-fr.eml"] = single(
        headers("=?UTF-8?Q?Am=C3=A9lie_Dubois?= <amelie.dubois@example.fr>", SUPPORT,
                enc_subject("TR: Demande de remboursement - commande ML-47720"),
                "Thu, 19 Nov 2026 11:17:36 +0100", "DB9P.amelie.20261119@example.fr"),
        """Bonjour,

Je me permets de vous relancer : remboursement promis il y a un mois, toujours rien sur mon compte.
On me dit à chaque fois « c'est en cours ». Je ne sais plus quoi faire.

Amélie Dubois

-----Message d'origine-----
De : Amélie Dubois <amelie.dubois@example.fr>
Envoyé : lundi 19 octobre 2026 09:02
À : service-client@lumen-shop.example
Objet : Demande de remboursement - commande ML-47720

Bonjour, je souhaite retourner l'applique murale reçue (mauvaise couleur) et être remboursée.
""", cte="quoted-printable")

    files["2026-11-20-delivery-late-en.eml"] = single(
        headers("Sarah O'Neill <sarah.oneill@example.com>", SUPPORT_EN,
                enc_subject("Order ML-51230 – still not delivered 😡"),
                "Fri, 20 Nov 2026 08:30:00 +0000", "so-51230@example.com"),
        """Hi,

STILL WAITING for my parcel. Ordered on 2 November, paid for express delivery, and nothing.
The courier says the parcel was never handed over. Nobody from your side got back to me.

I want the express fee refunded at the very least.

Sarah
""", cte="quoted-printable")

    files["2026-11-23-livraison-top.eml"] = single(
        headers("=?UTF-8?B?SMOpbMOobmUgTW9yZWF1?= <helene.moreau@example.fr>", SUPPORT,
                enc_subject("Très satisfaite de mon lampadaire"),
                "Mon, 23 Nov 2026 17:45:12 +0100", "hm.20261123@example.fr"),
        """Bonjour,

Juste un petit mot : lampadaire Arcèle reçu en parfait état, il est sublime dans mon salon 😍
Très bonne qualité, montage facile. Aucun problème, je recommande Maison Lumen à toutes mes amies.

Hélène
""", cte="quoted-printable")

    files["2026-11-25-windows1252-qp.eml"] = single(
        headers("=?windows-1252?Q?Fran=E7ois_Petit?= <francois.petit@example.fr>", SUPPORT,
                enc_subject("Colis perdu – aucune réponse", "windows-1252"),
                "Wed, 25 Nov 2026 13:20:41 +0100", "fp.1764073241@example.fr"),
        """Bonjour,

Mon colis est perdu depuis 15 jours, aucune réponse de votre part malgré trois messages.
Le robot du chat m’envoie toujours le même lien de suivi, qui ne marche pas.
Merci de me rembourser les 59,00 € ou de renvoyer la lampe.

François Petit
""", charset="windows-1252", cte="quoted-printable")

    return files


# ---------------------------------------------------------------------------
# support.mbox
# ---------------------------------------------------------------------------

MBOX_MESSAGES = [
    # (from, subject, date, body, lang)
    ("Lucie Fontaine <lucie.fontaine@example.fr>", "Commande non reçue", "Mon, 02 Nov 2026 08:12:45 +0100",
     "Bonjour,\n\nJe n'ai toujours pas reçu ma commande ML-47990 passée il y a 3 semaines. Le suivi ne bouge plus.\nMerci de me tenir informée.\n\nLucie\n"),
    ("James Taylor <james.taylor@example.com>", "Parcel not received", "Mon, 02 Nov 2026 10:40:00 +0000",
     "Hello,\n\nMy parcel was marked as delivered yesterday but I never received it. Nobody was home\nand there's nothing with the neighbours. Can you open a claim please?\n\nJames\n"),
    ("Marc Lambert <marc.lambert@example.fr>", "Lampe cassée à la livraison", "Tue, 03 Nov 2026 19:02:11 +0100",
     "Bonsoir,\n\nLivraison rapide mais lampe cassée : l'abat-jour est déchiré et le socle fêlé.\nJe voudrais un échange. Photos en pièce jointe.\n\nCordialement,\nMarc Lambert\n06 11 22 33 44\n"),
    ("Chloe Evans <chloe.evans@example.org>", "Refund still pending", "Wed, 04 Nov 2026 15:27:38 +0000",
     "Hi,\n\nI returned the rattan pendant three weeks ago and the refund never arrived.\nYour website still says \"refund in progress\". This is ridiculous.\n\nFrom what I can see, the return was signed for on 14 October.\n\nChloe\n"),
    ("Sandrine Roussel <sandrine.roussel@example.fr>", "Le chat ne sert à rien", "Wed, 04 Nov 2026 21:15:00 +0100",
     "Bonsoir,\n\nVotre assistant virtuel me répond toujours la même chose : « Avez-vous consulté notre FAQ ? ».\nOui je l'ai consultée !!! Je veux parler à quelqu'un.\n\nSandrine\n"),
    ("Thomas Girard <thomas.girard@example.net>", "Superbe applique", "Thu, 05 Nov 2026 09:03:27 +0100",
     "Bonjour,\n\nL'applique Lune est arrivée hier, elle est superbe et de très bonne qualité.\nBravo pour le design et l'emballage soigné.\n\nThomas\n"),
    ("Rebecca Stone <rebecca.stone@example.com>", "Lovely lamp, thank you", "Thu, 05 Nov 2026 18:44:02 +0000",
     "Hello,\n\nThe ceramic table lamp is gorgeous, great quality and the linen shade is beautiful.\nVery happy with my purchase.\n\nRebecca\n"),
    (f"Agent Tom <tom@{DOMAIN}>", "Re: Parcel not received", "Fri, 06 Nov 2026 11:10:15 +0000",
     "Hi James,\n\nSorry about this. I've opened a claim with the carrier and will update you within 48 hours.\n\nKind regards,\nTom\nMaison Lumen Support\n"),
    ("James Taylor <james.taylor@example.com>", "Re: Re: Parcel not received", "Tue, 10 Nov 2026 09:22:50 +0000",
     "Hi Tom,\n\nNo update after 4 days. Still waiting for my parcel and no one got back to me.\nFrom now on I'll be buying my lamps elsewhere.\n\nJames\n\nOn Fri, 6 Nov 2026 at 11:10, Agent Tom <tom@lumen-shop.example> wrote:\n> Hi James,\n> Sorry about this. I've opened a claim with the carrier.\n"),
    ("Isabelle Mercier <isabelle.mercier@example.fr>", "Remboursement", "Tue, 10 Nov 2026 14:00:00 +0100",
     "Bonjour,\n\nRemboursement promis il y a un mois, toujours rien. J'ai eu trois conseillers différents\net chacun me dit autre chose. Je suis vraiment déçue.\n\nIsabelle Mercier\n"),
    ("Peter Walsh <peter.walsh@example.net>", "Bot keeps sending the same link", "Wed, 11 Nov 2026 20:31:09 -0500",
     "Hi,\n\nThe bot keeps sending me the same link to the returns page. I have already filled the return form twice.\nI need a human. Please call me on +44 7700 900456.\n\nPeter\n"),
    ("Camille Blanc <camille.blanc@example.fr>", "Retard de livraison", "Thu, 12 Nov 2026 07:58:33 +0100",
     "Bonjour,\n\nColis en retard de deux semaines, aucune nouvelle. C'était pour un cadeau d'anniversaire, raté.\nC'est la première et dernière fois.\n\nCamille\n"),
    ("Sophie Laurent <sophie.laurent@example.org>", "Service client au top", "Thu, 12 Nov 2026 16:40:21 +0100",
     "Bonjour,\n\nMerci à Marc qui m'a aidée au téléphone : très patient et efficace, problème réglé en 10 minutes.\nLa lampe est magnifique.\n\nSophie\n"),
    ("George Miller <george.miller@example.com>", "Wrong item", "Fri, 13 Nov 2026 12:12:12 +0000",
     "Hello,\n\nI received a black lamp instead of the white one I ordered. Not the end of the world\nbut I'd like an exchange. How do I send it back?\n\nGeorge\n"),
    ("Nicolas Faure <nicolas.faure@example.fr>", "Paiement refusé", "Fri, 13 Nov 2026 23:05:47 +0100",
     "Bonsoir,\n\nMon paiement a été refusé trois fois alors que ma carte fonctionne partout ailleurs.\nPouvez-vous vérifier ?\n\nNicolas\n"),
    ("Laura Bennett <laura.bennett@example.org>", "Refund never arrived", "Sat, 14 Nov 2026 10:03:00 +0000",
     "Hi,\n\nRefund never arrived. It's been 5 weeks since you confirmed receipt of my return.\nI'll be contacting my bank for a chargeback if this isn't sorted by Friday.\n\nLaura\n"),
    ("Émilie Chevalier <emilie.chevalier@example.fr>", "Livraison impeccable", "Sun, 15 Nov 2026 11:27:00 +0100",
     "Bonjour,\n\nLivraison en 48h, emballage parfait, et la suspension est encore plus belle en vrai.\nRien à redire, merci !\n\nÉmilie\n"),
    ("Mark Johnson <mark.johnson@example.com>", "Delivery two weeks late", "Mon, 16 Nov 2026 08:45:19 -0800",
     "Hello,\n\nMy order is two weeks late. Tracking has said \"in transit\" since 2 November.\nNot impressed at all.\n\nMark\n"),
    ("Aurélie Henry <aurelie.henry@example.fr>", "Impossible de joindre quelqu'un", "Tue, 17 Nov 2026 15:50:02 +0100",
     "Bonjour,\n\nInjoignable par téléphone, le chat tourne en boucle avec le robot, et aucune réponse à mes mails.\nOù est mon colis ??\n\nAurélie\n"),
    ("\"Sophie (Maison Lumen)\" <sophie@lumen-shop.example>", "Re: Impossible de joindre quelqu'un", "Wed, 18 Nov 2026 09:10:00 +0100",
     "Bonjour Aurélie,\n\nToutes mes excuses. Votre colis est bloqué au dépôt de Lyon, je l'ai fait relancer en priorité.\n\nBelle journée,\nSophie\n"),
    ("Aurélie Henry <aurelie.henry@example.fr>", "Re: Re: Impossible de joindre quelqu'un", "Thu, 19 Nov 2026 18:33:41 +0100",
     "Merci Sophie, enfin une vraie réponse ! Vous êtes adorable. J'espère le recevoir vite.\n\nAurélie\n\nLe mer. 18 nov. 2026 à 09:10, Sophie (Maison Lumen) <sophie@lumen-shop.example> a écrit :\n> Bonjour Aurélie,\n> Toutes mes excuses.\n"),
    ("Ben Carter <ben.carter@example.net>", "Fantastic design", "Fri, 20 Nov 2026 13:14:15 +0000",
     "Hi,\n\nJust a note to say the Arc floor lamp is fantastic. Solid, well made, beautiful design.\nFrom the moment I unboxed it I knew it was worth every penny.\n\nBen\n"),
    ("Valérie Simon <valerie.simon@example.fr>", "Code promo non appliqué", "Sat, 21 Nov 2026 10:10:10 +0100",
     "Bonjour,\n\nLe code promo LUMEN10 n'a pas été appliqué sur ma commande. Pouvez-vous me rembourser la différence ?\nMerci,\nValérie\n"),
    ("Grace Murphy <grace.murphy@example.com>", "Customer service was brilliant", "Sun, 22 Nov 2026 19:00:00 +0000",
     "Hello,\n\nSophie from your team was brilliant: friendly, quick and she really listened.\nThe replacement shade arrived the next day. Thank you!\n\nGrace\n"),
    ("Olivier Rey <olivier.rey@example.fr>", "Toujours rien", "Tue, 24 Nov 2026 07:07:07 +0100",
     "Bonjour,\n\nToujours pas reçu ma commande, toujours pas de remboursement, et le robot me répond toujours la même chose.\nJe vais laisser un avis négatif partout.\n\nOlivier\n"),
    ("Anna Wilson <anna.wilson@example.org>", "Question about bulbs", "Wed, 25 Nov 2026 14:41:00 +0000",
     "Hi,\n\nWhich bulb fits the Nuage table lamp? The page says E27 but the manual says E14.\n\nThanks,\nAnna\n"),
]


def mbox_bytes():
    out = []
    for i, (frm, subject, date, body) in enumerate(MBOX_MESSAGES):
        addr = frm[frm.index("<") + 1:frm.index(">")]
        lang_en = all(ord(c) < 128 for c in body) and any(w in body for w in (" the ", " my ", "I "))
        to = SUPPORT_EN if lang_en else SUPPORT
        msgid = f"mbox{i:03d}.{addr.replace('@', '.at.')}"
        in_reply = None
        refs = None
        if subject.startswith("Re: Re: "):
            # reply to the previous agent answer in the thread
            base = subject[len("Re: Re: "):]
            for j in range(i - 1, -1, -1):
                if MBOX_MESSAGES[j][1] == "Re: " + base:
                    in_reply = f"mbox{j:03d}.{MBOX_MESSAGES[j][0].split('<')[1].rstrip('>').replace('@', '.at.')}"
                    for k in range(j - 1, -1, -1):
                        if MBOX_MESSAGES[k][1] == base:
                            first = f"mbox{k:03d}.{MBOX_MESSAGES[k][0].split('<')[1].rstrip('>').replace('@', '.at.')}"
                            refs = [first, in_reply]
                    break
        elif subject.startswith("Re: "):
            base = subject[len("Re: "):]
            for j in range(i - 1, -1, -1):
                if MBOX_MESSAGES[j][1] == base:
                    in_reply = f"mbox{j:03d}.{MBOX_MESSAGES[j][0].split('<')[1].rstrip('>').replace('@', '.at.')}"
                    break
        if addr.endswith(DOMAIN):
            to = "customer"
        subj = subject if all(ord(c) < 128 for c in subject) else enc_subject(subject)
        frm_h = frm
        name = frm.split(" <")[0]
        if not all(ord(c) < 128 for c in name):
            frm_h = f"{enc_subject(name)} <{addr}>"
        if to == "customer":
            # agent reply: address the customer of the thread
            to = "Customer <customer@example.com>"
            for j in range(i - 1, -1, -1):
                if MBOX_MESSAGES[j][1] == subject[len("Re: "):]:
                    to = MBOX_MESSAGES[j][0]
                    tname = to.split(" <")[0]
                    if not all(ord(c) < 128 for c in tname):
                        to = f"{enc_subject(tname)} <{to.split('<')[1]}"
                    break
        h = headers(frm_h, to, subj, date, msgid, in_reply, refs)
        all_ascii = all(ord(c) < 128 for c in body)
        cte = "7bit" if all_ascii else ("quoted-printable" if i % 2 == 0 else "8bit")
        msg = single(h, body, charset="us-ascii" if all_ascii else "utf-8", cte=cte)
        # mboxrd/mboxo escaping of body lines starting with "From "
        lines = msg.split(b"\n")
        esc = []
        in_body = False
        for ln in lines:
            if in_body and ln.startswith(b"From "):
                ln = b">" + ln
            if ln == b"":
                in_body = True
            esc.append(ln)
        msg = b"\n".join(esc)
        # envelope line: asctime in UTC-ish
        from email.utils import parsedate_to_datetime
        dt = parsedate_to_datetime(date)
        env = f"From {addr} {dt.strftime('%a %b %d %H:%M:%S %Y')}\n".encode("ascii")
        out.append(env + msg.rstrip(b"\n") + b"\n\n")
    return b"".join(out)
