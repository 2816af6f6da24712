"""Review pages of the bundled sample corpus: schema.org JSON-LD (Product + review array, one @graph)
and microdata, wrapped in realistic shop page chrome."""
import html
import json

# (slug, lang, product name, price, markup, reviews[(author, date, rating, title, body)])
PAGES = [
    ("suspension-opaline", "fr", "Suspension Opaline en verre soufflé", "149.00", "jsonld", [
        ("Claire M.", "2026-11-16", 4, "Très belle suspension", "Lampe magnifique, très bonne qualité, le verre est épais et la lumière très douce. Une étoile en moins pour la livraison : trois semaines d'attente."),
        ("Fabrice", "2026-11-09", 1, "Jamais reçue", "Toujours pas reçu ma commande après 3 semaines. Service client injoignable, le robot me répond toujours la même chose. Je déconseille."),
        ("Marie-Laure", "2026-11-04", 5, "Parfaite", "Superbe ! Elle illumine toute la cuisine, finitions impeccables. Je recommande à 100 %"),
        ("Jean D.", "2026-11-21", 5, "Au top", "Rien à redire, produit conforme et de grande qualité. Sophie du service client a été adorable et efficace quand j'ai eu une question sur le montage."),
        ("Nadia", "2026-11-02", 2, "Belle mais...", "Livraison rapide mais lampe cassée, le globe était fêlé. Remplacement promis, toujours rien après 10 jours."),
    ]),
    ("lampe-nuage", "fr", "Lampe à poser Nuage, laiton et lin", "89.90", "jsonld", [
        ("Inès", "2026-11-07", 5, "Coup de cœur", "lampe magnifique, très bonne qualité, encore plus belle en vrai 😍"),
        ("Patrick L.", "2026-11-11", 4, "Bon produit", "Pas mal du tout pour le prix. Le variateur aurait pu être plus fluide mais la lumière est belle."),
        ("Sabrina", "2026-11-18", 1, "Remboursement fantôme", "Remboursement promis il y a un mois, toujours rien. Trois mails, aucune réponse. Plus jamais."),
        ("Hélène", "2026-11-23", 5, "Superbe", "Design superbe, finition soignée, emballage parfait. Aucun problème, je recommande."),
        ("Anthony", "2026-11-14", 3, "Mitigé", "La lampe est jolie mais l'abat-jour est un peu petit. Livraison correcte."),
    ]),
    ("lampadaire-arcele", "fr", "Lampadaire Arcèle arc noir mat", "189.90", "graph", [
        ("Gérard L.", "2026-11-05", 1, "Pied tordu et pas remboursé", "Arrivé avec le pied tordu. Retour fait le 2 octobre, remboursement jamais arrivé. Inadmissible."),
        ("Émilie C.", "2026-11-15", 5, "Magnifique", "Très bonne qualité, stable, le noir mat est très élégant. Montage en 10 minutes."),
        ("Thierry", "2026-11-08", 4, "Très beau", "Très beau lampadaire, robuste. Par contre colis en retard de deux semaines."),
        ("Lucie F.", "2026-11-19", 2, "Commande interminable", "je n'ai reçu le lampadaire qu'après 4 semaines et 5 relances, le chat est un robot qui tourne en boucle. Le produit est beau, dommage."),
        ("Romain", "2026-11-25", 5, "Excellent", "Excellent rapport qualité-prix, superbe design. Conseiller Marc m'a très bien conseillé."),
    ]),
    ("applique-lune", "fr", "Applique murale Lune", "64.00", "microdata", [
        ("Manon", "2026-11-13", 4, "Très jolie", "Superbe applique, très belle finition. Il manquait les vis mais le service client a été réactif."),
        ("Christophe", "2026-11-06", 5, "Parfait", "Produit de très bonne qualité, lumière chaude et agréable. Livraison en 48h."),
        ("Sylvie B.", "2026-11-10", 1, "Colis perdu", "Colis perdu, toujours pas reçu ma commande. Personne ne répond au téléphone, on m'a raccroché au nez."),
        ("Didier", "2026-11-20", 5, "Magnifique", "lampe magnifique !! tres bonne qualité, bravo"),
        ("Aurore", "2026-11-24", 3, "Correct", "Jolie mais l'ampoule n'est pas fournie, ce n'est pas indiqué clairement."),
    ]),
    ("miroir-soleil", "fr", "Miroir Soleil en rotin Ø 80 cm", "119.00", "jsonld", [
        ("Laetitia", "2026-11-03", 5, "Sublime", "Sublime dans mon entrée, très bonne qualité de tressage."),
        ("Cédric", "2026-11-12", 2, "Livraison catastrophique", "Colis en retard de deux semaines, puis livré abîmé. Le miroir en lui-même est beau."),
        ("Océane", "2026-11-17", 5, "Ravie", "Ravie de mon achat, conforme aux photos, livraison soignée ✨"),
        ("Bernard", "2026-11-22", 1, "Aucune réponse", "Retour effectué, remboursement toujours pas reçu. Aucune réponse du service client, le chatbot me renvoie toujours vers la FAQ."),
        ("Agnès", "2026-11-26", 4, "Joli", "Joli miroir, un peu plus petit que prévu mais très beau."),
    ]),
    ("ceramic-table-lamp", "en", "Grès ceramic table lamp with linen shade", "95.00", "jsonld", [
        ("Rebecca S.", "2026-11-05", 5, "Gorgeous", "Beautiful lamp, great quality. The glaze is stunning and the linen shade diffuses the light perfectly."),
        ("Mike", "2026-11-09", 1, "Never arrived", "Still waiting for my parcel three weeks later. Customer service never got back to me. Avoid."),
        ("Lily W.", "2026-11-19", 5, "Love it", "Stunning lamp, my husband loves it. Fast delivery, well packed."),
        ("Craig", "2026-11-13", 2, "Pretty but broken", "Fast delivery but the lamp was broken, base chipped. Replacement took ages."),
        ("Harriet", "2026-11-24", 4, "Very nice", "Very nice lamp, not cheap but worth it. Shade slightly creased on arrival."),
    ]),
    ("arc-floor-lamp", "en", "Arcèle arc floor lamp, matt black", "169.00", "jsonld", [
        ("Ben C.", "2026-11-20", 5, "Fantastic", "Solid, well made, beautiful design. Worth every penny."),
        ("Sarah O.", "2026-11-21", 1, "Express delivery that wasn't", "Paid for express, parcel two weeks late, no one got back to me. The bot keeps sending me the same link."),
        ("Priya", "2026-11-08", 5, "Beautiful", "beautiful lamp, great quality, the brass accents are gorgeous. Tom in support was super helpful."),
        ("Kevin R.", "2026-11-15", 3, "OK", "Looks good but it's not as tall as I expected. Delivery was fine."),
        ("Joanne", "2026-11-26", 1, "Refund never arrived", "Returned it unopened, refund never arrived. Five weeks now. Terrible."),
    ]),
    ("brass-desk-lamp", "en", "Atelier brass desk lamp", "79.00", "microdata", [
        ("Emily C.", "2026-11-06", 2, "Great lamp, awful delivery", "The lamp is lovely but it was two weeks late and missed the birthday it was meant for."),
        ("Tom H.", "2026-11-14", 2, "Marked delivered, wasn't", "Parcel marked delivered but never received. Sophie sorted a replacement quickly, I'll give them that."),
        ("Andrew", "2026-11-10", 5, "Excellent", "Excellent quality, heavy base, lovely warm light. No complaints at all."),
        ("Zoe", "2026-11-17", 5, "Perfect for my desk", "Perfect, exactly as pictured. Great quality for the price!"),
        ("Martin P.", "2026-11-22", 4, "Good", "Good lamp, the switch feels a bit cheap but overall very happy."),
    ]),
    ("rattan-pendant", "en", "Rotin rattan pendant shade", "72.00", "jsonld", [
        ("Chloe E.", "2026-11-04", 1, "Refund still pending", "Returned it three weeks ago and the refund never arrived. Chat bot goes round in circles."),
        ("Jess", "2026-11-11", 5, "So pretty", "So pretty!! Casts amazing shadows on the ceiling. Great quality weave."),
        ("David", "2026-11-16", 4, "Nice", "Nice shade, bigger than expected. Delivery took a while but arrived safe."),
        ("Amira", "2026-11-23", 5, "Lovely", "Lovely design and the customer service team were friendly and helpful with my question."),
        ("Neil", "2026-11-25", 2, "Late", "Still waiting for my parcel after 12 days, had to chase twice. The shade looks nice in the photos though."),
    ]),
    ("star-string-lights", "en", "Étoile star string lights, 20 LEDs", "34.90", "jsonld", [
        ("Hannah W.", "2026-11-17", 5, "Magical", "Magical in the kids' room, great quality for the price. Tom was lovely on the phone."),
        ("Gareth", "2026-11-03", 1, "Not received", "Ordered for an event, never arrived. Refund never arrived either. Shocking service."),
        ("Sophie T.", "2026-11-12", 4, "Pretty", "Pretty lights, the cable could be longer."),
        ("Rob", "2026-11-18", 3, "Fine", "They do the job. Nothing special, nothing wrong."),
        ("Megan", "2026-11-24", 1, "The bot!!", "Wanted to ask about delivery, the bot keeps sending me the same link and there is no way to reach a human. Gave up."),
    ]),
]

CSS = """body{margin:0;font-family:"Helvetica Neue",Arial,sans-serif;color:#2b2b2b}
header.site{display:flex;justify-content:space-between;padding:16px 32px;border-bottom:1px solid #eee}
nav a{margin:0 12px;color:#2b2b2b;text-decoration:none}.review{border-top:1px solid #eee;padding:16px 0}
.stars{color:#c9a227}.price{font-size:1.4em;font-weight:600}footer{background:#f7f4ef;padding:32px}"""

TEXTS = {
    "fr": dict(nav=["Luminaires", "Suspensions", "Lampadaires", "Décoration", "Nouveautés", "Promotions"],
               cart="Panier", add="Ajouter au panier", reviews="Avis clients", out_of="sur 5",
               footer="© 2026 Maison Lumen – Livraison offerte dès 60 € en France", cookie="Nous utilisons des cookies pour améliorer votre expérience. <button>Accepter</button> <button>Refuser</button>",
               crumbs="Accueil", based="basé sur", avis="avis", currency="EUR"),
    "en": dict(nav=["Lighting", "Pendants", "Floor lamps", "Home decor", "New in", "Sale"],
               cart="Basket", add="Add to basket", reviews="Customer reviews", out_of="out of 5",
               footer="© 2026 Maison Lumen – Free UK delivery over £50", cookie="We use cookies to improve your experience. <button>Accept</button> <button>Reject</button>",
               crumbs="Home", based="based on", avis="reviews", currency="GBP"),
}


def page(slug, lang, name, price, markup, reviews):
    t = TEXTS[lang]
    base = "https://www.lumen-shop.example" + ("" if lang == "fr" else "/en")
    url = f"{base}/p/{slug}"
    avg = round(sum(r[2] for r in reviews) / len(reviews), 1)
    review_objs = [{
        "@type": "Review",
        "author": {"@type": "Person", "name": a},
        "datePublished": d,
        "name": title,
        "reviewBody": body,
        "inLanguage": lang,
        "reviewRating": {"@type": "Rating", "ratingValue": str(r), "bestRating": "5", "worstRating": "1"},
    } for a, d, r, title, body in reviews]
    product = {
        "@type": "Product", "@id": url + "#product", "name": name, "sku": slug.upper()[:10],
        "brand": {"@type": "Brand", "name": "Maison Lumen"},
        "image": f"https://cdn.lumen-shop.example/img/{slug}-1.jpg",
        "offers": {"@type": "Offer", "price": price, "priceCurrency": t["currency"], "availability": "https://schema.org/InStock"},
        "aggregateRating": {"@type": "AggregateRating", "ratingValue": str(avg), "reviewCount": str(len(reviews)), "bestRating": "5"},
    }
    ld_blocks = []
    ld_blocks.append({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": t["crumbs"], "item": base + "/"},
        {"@type": "ListItem", "position": 2, "name": t["nav"][0], "item": base + "/c/luminaires"}]})
    if markup == "jsonld":
        product["review"] = review_objs
        ld_blocks.append({"@context": "https://schema.org", **product})
    elif markup == "graph":
        product["review"] = [{"@id": f"{url}#review-{i + 1}"} for i in range(len(reviews))]
        graph = [{"@type": "Organization", "@id": "https://www.lumen-shop.example/#org", "name": "Maison Lumen",
                  "url": "https://www.lumen-shop.example/"},
                 {"@type": "WebPage", "@id": url, "url": url, "name": name, "inLanguage": lang}, product]
        for i, ro in enumerate(review_objs):
            graph.append({"@id": f"{url}#review-{i + 1}", "itemReviewed": {"@id": url + "#product"}, **ro})
        ld_blocks.append({"@context": "https://schema.org", "@graph": graph})
    else:  # microdata: product JSON-LD without reviews (shop platforms often do that)
        ld_blocks.append({"@context": "https://schema.org", **{k: v for k, v in product.items() if k != "aggregateRating"}})

    e = html.escape
    out = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">',
           f"<title>{e(name)} | Maison Lumen</title>",
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f'<link rel="canonical" href="{url}">',
           f"<style>{CSS}</style>",
           "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-LUMEN000');</script>",
           '<script src="https://cdn.lumen-shop.example/js/app.4f2a9c.js" defer></script>']
    for b in ld_blocks:
        out.append('<script type="application/ld+json">\n' + json.dumps(b, ensure_ascii=False, indent=2) + "\n</script>")
    out.append("</head>\n<body>")
    out.append(f'<div class="cookie-banner">{t["cookie"]}</div>')
    out.append('<header class="site"><a class="logo" href="/">Maison Lumen</a><nav>' +
               "".join(f'<a href="/c/{i}">{e(n)}</a>' for i, n in enumerate(t["nav"])) +
               f'</nav><a class="cart" href="/cart">{t["cart"]} (0)</a></header>')
    out.append(f'<main>\n<section class="product">\n<h1>{e(name)}</h1>')
    out.append(f'<img src="https://cdn.lumen-shop.example/img/{slug}-1.jpg" alt="{e(name)}" width="600">')
    out.append(f'<p class="price">{price} {"€" if lang == "fr" else "£"}</p><button class="add">{t["add"]}</button>')
    out.append(f'<p class="rating"><span class="stars">★★★★☆</span> {avg} {t["out_of"]} – {t["based"]} {len(reviews)} {t["avis"]}</p>')
    out.append("</section>")
    out.append(f'<section id="reviews" class="reviews">\n<h2>{t["reviews"]}</h2>')
    for i, (a, d, r, title, body) in enumerate(reviews):
        if markup == "microdata":
            out.append(f'<article class="review" itemprop="review" itemscope itemtype="https://schema.org/Review">\n'
                       f'  <meta itemprop="inLanguage" content="{lang}">\n'
                       f'  <h3 itemprop="name">{e(title)}</h3>\n'
                       f'  <div class="stars" itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating">'
                       f'<meta itemprop="worstRating" content="1"><span itemprop="ratingValue">{r}</span>/<span itemprop="bestRating">5</span></div>\n'
                       f'  <p class="by">{"par" if lang == "fr" else "by"} <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{e(a)}</span></span>, '
                       f'<time itemprop="datePublished" datetime="{d}">{d}</time></p>\n'
                       f'  <div class="body" itemprop="reviewBody">{e(body)}</div>\n'
                       f'  <button class="helpful">👍 {"Utile" if lang == "fr" else "Helpful"} ({(i * 7) % 5})</button>\n</article>')
        else:
            # visible rendering only (the markup lives in JSON-LD)
            out.append(f'<article class="review" data-review-id="{slug}-{i + 1}">\n'
                       f'  <div class="stars">{"★" * r}{"☆" * (5 - r)}</div>\n'
                       f'  <h3>{e(title)}</h3>\n  <p class="by">{e(a)} – {d}</p>\n  <p>{e(body)}</p>\n</article>')
    out.append("</section>\n</main>")
    out.append(f'<footer><p>{e(t["footer"])}</p><p><a href="/cgv">CGV</a> · <a href="/contact">Contact</a> · <a href="/faq">FAQ</a></p></footer>')
    out.append('<script>document.querySelectorAll(".helpful").forEach(function(b){b.addEventListener("click",function(){b.disabled=true;});});</script>')
    out.append("</body>\n</html>\n")
    if markup == "microdata":
        # wrap the microdata reviews in an itemscope Product so itemprop="review" has a parent
        s = "\n".join(out)
        s = s.replace('<main>\n<section class="product">',
                      '<main itemscope itemtype="https://schema.org/Product">\n<meta itemprop="name" content="' + e(name) + '">\n<section class="product">', 1)
        return s.encode("utf-8")
    return "\n".join(out).encode("utf-8")


def review_files():
    return {f"{lang}-{slug}.html": page(slug, lang, name, price, markup, reviews)
            for slug, lang, name, price, markup, reviews in PAGES}
