"""Corpus documents 99-106 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

Sixth batch, written on 2026-11-30 (99-109, with ``corpus_docs_107_109.py`` for the test documents):
new homes (Zagreb, Košice, Tbilisi, Ulaanbaatar, Marrakesh, Malacca, Baguio, Rosario), new languages
(Croatian, Slovak in windows-1250, Georgian, Mongolian Cyrillic, Arabic (Morocco), Malay, Tagalog mixed
with English, Spanish of Argentina) and new layouts (a bilingual two-column DOCX table, a council's
question-and-answer session on the twinning budget, a partner list only in a ``<select>`` and a JSON-LD
block, meeting notes in verbless fragments, a right-to-left report whose partner list is in an annex
behind a footnote, an e-mail newsletter with a "this month in our partner cities" column, a mayor's speech
transcript thanking partners in passing, a slide of partner logos with captions and alt text). Partner
pairs are taken from ``../shared/data/twin-cities``; kinds, years, visits, dates and cooperation items
are invented.
"""

from __future__ import annotations

import struct
import zlib
from email.message import EmailMessage

from corpus_common import (PLACES, Gold, Spec, claim, coop, deck_bytes, docx_bytes, docx_table, eml_bytes,
                           engagement, html_page, new_deck, new_docx, pages_html, partner, print_pdf, registrar,
                           slide_table, textbox, titled_slide)
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes (Košice, Tbilisi, Ulaanbaatar and Baguio are already in the table as partners, same values)
    "Zagreb": ("HR", "gn:3186886"), "Košice": ("SK", "gn:724443"), "Tbilisi": ("GE", "gn:611717"),
    "Ulaanbaatar": ("MN", "gn:2028462"), "Marrakesh": ("MA", "gn:2542997"), "Malacca": ("MY", "gn:1734759"),
    "Baguio": ("PH", "gn:1728930"), "Rosario": ("AR", "gn:3838583"),
    # partners (some are already in the table, with the same values)
    "Mainz": ("DE", "gn:2874225"), "Bologna": ("IT", "gn:3181928"), "Budapest": ("HU", "gn:3054643"),
    "Ljubljana": ("SI", "gn:3196359"), "Kyoto": ("JP", "gn:1857910"), "Pittsburgh": ("US", "gn:5206379"),
    "Shanghai": ("CN", "gn:1796236"), "Ankara": ("TR", "gn:323786"), "Saint Petersburg": ("RU", "gn:498817"),
    "Skopje": ("MK", "gn:785842"), "Pécs": ("HU", "gn:3046526"), "Brno": ("CZ", "gn:3078610"),
    "Pristina": ("XK", "gn:786714"), "Xiangyang": ("CN", "gn:1790587"),
    "Miskolc": ("HU", "gn:717582"), "Katowice": ("PL", "gn:3096472"), "Rzeszów": ("PL", "gn:759734"),
    "Niš": ("RS", "gn:787657"), "Bursa": ("TR", "gn:750269"), "Mobile": ("US", "gn:4076598"),
    "Ostrava": ("CZ", "gn:3068799"), "Cottbus": ("DE", "gn:2939811"), "Wuppertal": ("DE", "gn:2805753"),
    "Raahe": ("FI", "gn:640276"), "Plovdiv": ("BG", "gn:728193"), "Uzhhorod": ("UA", "gn:690548"),
    "Atlanta": ("US", "gn:4180439"), "Bilbao": ("ES", "gn:3128026"), "Bristol": ("GB", "gn:2654675"),
    "Innsbruck": ("AT", "gn:2775220"), "Kyiv": ("UA", "gn:703448"), "Nantes": ("FR", "gn:2990969"),
    "Palermo": ("IT", "gn:2523920"), "Saarbrücken": ("DE", "gn:2842647"), "Vilnius": ("LT", "gn:593116"),
    "Kraków": ("PL", "gn:3094802"), "Yerevan": ("AM", "gn:616052"), "Baku": ("AZ", "gn:587084"),
    "Doha": ("QA", "gn:290030"),
    "Beijing": ("CN", "gn:1816670"), "Moscow": ("RU", "gn:524901"), "Seoul": ("KR", "gn:1835848"),
    "Taipei": ("TW", "gn:1668341"), "Bonn": ("DE", "gn:2946447"), "Irkutsk": ("RU", "gn:2023469"),
    "Ulan-Ude": ("RU", "gn:2014407"), "Hohhot": ("CN", "gn:2036892"), "Elista": ("RU", "gn:563514"),
    "Gaziantep": ("TR", "gn:314830"), "Chongqing": ("CN", "gn:1814906"), "Yinchuan": ("CN", "gn:1786657"),
    "Granada": ("ES", "gn:2517117"), "Seville": ("ES", "gn:2510911"), "Scottsdale": ("US", "gn:5313457"),
    "Sousse": ("TN", "gn:2464915"), "Timbuktu": ("ML", "gn:2449067"), "Marseille": ("FR", "gn:2995469"),
    "Ningbo": ("CN", "gn:1799397"),
    "Valparaíso": ("CL", "gn:3868626"), "Lisbon": ("PT", "gn:2267057"), "Hoorn": ("NL", "gn:2753638"),
    "Nanjing": ("CN", "gn:1799962"), "Haikou": ("CN", "gn:1809078"),
    "Honolulu": ("US", "gn:5856195"), "Hangzhou": ("CN", "gn:1808926"), "Vaughan": ("CA", "gn:6173577"),
    "Shepparton": ("AU", "gn:2149645"), "Hanyū": ("JP", "gn:1863173"), "Taxco de Alarcón": ("MX", "gn:3516225"),
    "Medellín": ("CO", "gn:3674962"), "Montevideo": ("UY", "gn:3441575"), "Porto Alegre": ("BR", "gn:3452925"),
    "Turin": ("IT", "gn:3165524"), "St. Louis": ("US", "gn:4407066"), "Asunción": ("PY", "gn:3439389"),
    "Haifa": ("IL", "gn:294801"), "Cuenca (EC)": ("EC", "gn:3658666"), "Manizales": ("CO", "gn:3675443"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 99 Zagreb bilingual fact sheet (hr | en, DOCX)

ZG = [  # (hr, en, year, canonical, kind)
    ("Mainz, Njemačka", "Mainz, Germany", 1967, "Mainz", "sister"),
    ("Bolonja, Italija", "Bologna, Italy", 1963, "Bologna", "sister"),
    ("Budimpešta, Mađarska", "Budapest, Hungary", 1994, "Budapest", "sister"),
    ("Ljubljana, Slovenija", "Ljubljana, Slovenia", 1999, "Ljubljana", "sister"),
    ("Kjoto, Japan", "Kyoto, Japan", 1972, "Kyoto", "sister"),
    ("Pittsburgh, SAD", "Pittsburgh, USA", 1994, "Pittsburgh", "sister"),
    ("Šangaj, Kina", "Shanghai, China", 1980, "Shanghai", "friendship"),
    ("Ankara, Turska", "Ankara, Turkey", 2003, "Ankara", "friendship"),
    ("Sankt Peterburg, Rusija", "Saint Petersburg, Russia", 1968, "Saint Petersburg", "friendship"),
    ("Skoplje, Sjeverna Makedonija", "Skopje, North Macedonia", 2006, "Skopje", "friendship"),
    ("Pečuh, Mađarska", "Pécs, Hungary", 2009, "Pécs", "partner"),
    ("Brno, Češka", "Brno, Czechia", 2011, "Brno", "partner"),
    ("Priština, Kosovo", "Pristina, Kosovo", 2013, "Pristina", "partner"),
    ("Xiangyang, Kina", "Xiangyang, China", 2018, "Xiangyang", "partner"),
]
ZG_KINDS = {"sister": ("Pobratimljeni gradovi (bratimljenje)", "Twin cities (twinning)"),
            "friendship": ("Sporazumi o prijateljstvu i suradnji", "Friendship and cooperation agreements"),
            "partner": ("Sporazumi o suradnji", "Cooperation agreements")}
ZG_ITEMS = [  # (hr title, en title, hr status, en status, status, partner)
    ("Razmjena učenika strukovnih škola", "Vocational school student exchange", "u tijeku", "ongoing",
     "in_progress", "Mainz"),
    ("Zajednička obnova tramvajske mreže", "Joint tram network renewal", "dogovoreno (potpisan protokol)",
     "agreed (protocol signed)", "agreed", "Budapest"),
    ("Digitalizacija gradskih arhiva", "Digitisation of city archives", "završeno", "completed", "completed",
     "Ljubljana"),
    ("Biciklistička ruta Zagreb – Pečuh", "Zagreb – Pécs cycle route", "prijedlog Grada Pečuha, u razmatranju",
     "proposed by Pécs, under review", "proposed", "Pécs"),
    ("Festival japanskog vrta", "Japanese garden festival", "obustavljeno do daljnjega", "suspended until further "
     "notice", "stalled", "Kyoto"),
]


@document("99_zagreb_medjunarodna_suradnja_hr_en.docx", split="dev", home="Zagreb", language="hr",
          features=["docx", "Croatian with English alongside", "fact sheet as a bilingual two-column table "
                    "(hrvatski | English): every fact written twice, once per column", "Croatian exonyms "
                    "(Bolonja, Budimpešta, Kjoto, Šangaj, Skoplje, Pečuh, Priština)", "pobratimljeni gradovi = "
                    "sister, sporazum o prijateljstvu i suradnji = friendship, sporazum o suradnji = partner; "
                    "section rows spanning both columns", "'21. – 23. svibnja 2025.' beside '21–23 May 2025'; a "
                    "visiting city in the genitive (izaslanstvo Grada Mainza)", "an ambassador's courtesy call "
                    "(meeting, country as the visiting party); the City Day and a call deadline as distractors",
                    "headline '14 gradova u 12 država'", "project rows with bilingual statuses"])
def zagreb_docx():
    canons = [c for *_, c, _ in ZG]
    doc = new_docx()
    doc.add_heading("Grad Zagreb – međunarodna suradnja / City of Zagreb – international cooperation", level=1)
    doc.add_paragraph("Ured gradonačelnika, Služba za međugradsku i međunarodnu suradnju · stanje 30. lipnja 2025. / "
                      "Mayor's Office, International Relations Service · as at 30 June 2025")
    rows = [["Hrvatski", "English"],
            [f"Grad Zagreb surađuje s {len(canons)} gradova u {_countries(canons)} država.",
             f"The City of Zagreb cooperates with {len(canons)} cities in {_countries(canons)} countries."]]
    merged = []
    for kind in ("sister", "friendship", "partner"):
        hr, en = ZG_KINDS[kind]
        merged.append(len(rows))
        rows.append([hr, en])
        rows += [[f"{h} ({y}.)", f"{e} ({y})"] for h, e, y, _, k in ZG if k == kind]
    merged.append(len(rows))
    rows.append(["Posjeti i prijemi 2025.", "Visits and receptions 2025"])
    rows += [["3. ožujka 2025. – gradonačelnik je primio veleposlanika Republike Koreje u Republici Hrvatskoj.",
              "3 March 2025 – the Mayor received the Ambassador of the Republic of Korea to Croatia."],
             ["21. – 23. svibnja 2025. – izaslanstvo Grada Mainza, predvođeno gradonačelnikom, boravilo je u Zagrebu.",
              "21–23 May 2025 – a delegation of the City of Mainz, led by its Lord Mayor, visited Zagreb."],
             ["31. svibnja 2025. – Dan Grada Zagreba; svečana sjednica Gradske skupštine.",
              "31 May 2025 – Zagreb City Day; formal session of the City Assembly."],
             ["6. – 9. listopada 2025. – službeni posjet gradonačelnika Kjotu (planirano).",
              "6–9 October 2025 – the Mayor's official visit to Kyoto (planned)."]]
    merged.append(len(rows))
    rows.append(["Projekti i stanje", "Projects and status"])
    rows += [[f"{h} – {hs}", f"{e} – {es}"] for h, e, hs, es, _, _ in ZG_ITEMS]
    rows.append(["Rok za prijave na natječaj za udruge: 15. rujna 2025.",
                 "Deadline for the NGO call for proposals: 15 September 2025."])
    table = docx_table(doc, rows)
    for r in merged:
        a, b = table.rows[r].cells
        a.merge(b)
        a.text = f"{rows[r][0]} / {rows[r][1]}"
    doc.add_paragraph("Kontakt / Contact: medjunarodna@zagreb.example · Trg Stjepana Radića 1, Zagreb")
    gold = Gold(
        partnerships=[partner(h.split(",")[0], c, k) for h, _, _, c, k in ZG],
        engagements=[engagement("meeting", ["KR"], "Zagreb", "2025-03-03"),
                     engagement("incoming", ["Mainz"], "Zagreb", "2025-05-21", "2025-05-23"),
                     engagement("outgoing", ["Zagreb"], "Kyoto", "2025-10-06", "2025-10-09")],
        cooperation=[coop(h, s, ["Zagreb", p]) for h, _, _, _, s, p in ZG_ITEMS],
        claims=[claim(f"{len(canons)} gradova u {_countries(canons)} država", len(canons), _countries(canons), "all",
                      "consistent")],
    )
    return docx_bytes(doc, "Grad Zagreb – međunarodna suradnja"), gold


# --------------------------------------------------------------------------- 100 Košice council Q&A (sk, cp1250)

KE_SISTERS = [("Budapešť", "Budapest"), ("Miškovec", "Miskolc"), ("Katovice", "Katowice"), ("Rzeszów", "Rzeszów"),
              ("Niš", "Niš"), ("Bursa", "Bursa"), ("Mobile", "Mobile"), ("Ostrava", "Ostrava"),
              ("Chotěbuz", "Cottbus"), ("Wuppertal", "Wuppertal"), ("Raahe", "Raahe"), ("Plovdiv", "Plovdiv")]
KE_BUDGET = [("Členské príspevky a sieťovanie", "4 500"), ("Prijatie delegácií", "18 000"),
             ("Pracovné cesty do partnerských miest", "22 500"), ("Dni partnerských miest", "15 000"),
             ("Spolu", "60 000")]
KE_ITEMS = [("Spoločný projekt Interreg k obnove kúpeľov", "schválený, realizácia od januára 2026", "agreed",
             "Miskolc"),
            ("Výmena profesionálnych hasičov", "prebieha", "in_progress", "Katowice"),
            ("Festival tureckej a slovenskej kuchyne", "pozastavený", "stalled", "Bursa"),
            ("Cezhraničná cyklotrasa", "návrh mesta Rzeszów, posudzuje sa", "proposed", "Rzeszów"),
            ("Letná škola slovenčiny pre krajanov", "ukončená", "completed", "Mobile")]


@document("100_kosice_interpelacie_partnerske_mesta_cp1250.txt", split="dev", home="Košice", language="sk",
          encoding="windows-1250",
          features=["txt", "Slovak", "windows-1250, CRLF", "council minutes excerpt: questions of councillors "
                    "and written answers (Otázka / Odpoveď) about the twinning budget", "partnerské mestá = sister, "
                    "memorandum o spolupráci = partner", "partners inline in an answer with Slovak exonyms "
                    "(Budapešť, Miškovec, Katovice, Chotěbuz)", "a budget table in euros as noise", "'v dňoch 5. – 7. "
                    "júna 2025', 'zo 14. na 18. októbra 2025'; a visiting city in the genitive (z Wuppertalu)",
                    "an event with delegations of three partners", "the council session date as a distractor",
                    "headline '12 partnerských miest v 9 krajinách'", "project states in an answer"])
def kosice_txt():
    sisters = [c for _, c in KE_SISTERS]
    names = ", ".join(w for w, _ in KE_SISTERS[:-1]) + f" a {KE_SISTERS[-1][0]}"
    lines = ["MESTO KOŠICE", "Mestské zastupiteľstvo v Košiciach", "",
             "Výpis zo zápisnice z 21. zasadnutia Mestského zastupiteľstva konaného 23. júna 2025",
             "Bod 27: Interpelácie poslancov a odpovede", "",
             "-" * 72, "",
             "Otázka č. 1 (poslanec Ing. Marek Horváth):",
             "Koľko mesto vyčlenilo v rozpočte na rok 2025 na spoluprácu s partnerskými mestami a ako sú tieto",
             "peniaze rozdelené? Koľko partnerských miest vlastne máme?", "",
             "Odpoveď (Mgr. Zuzana Kováčová, vedúca oddelenia zahraničných vzťahov):",
             f"Mesto Košice má v súčasnosti {len(sisters)} partnerských miest v {_countries(sisters)} krajinách: "
             f"{names}.",
             "Okrem toho máme od roku 2021 memorandum o spolupráci s Užhorodom (Ukrajina). Rozpočet na rok 2025",
             "je 60 000 eur a delí sa takto:", ""]
    lines += [f"    {k:<44}{v:>10} €" for k, v in KE_BUDGET]
    lines += ["",
              "Z položky „Prijatie delegácií“ sa financovala najmä návšteva delegácie z Wuppertalu v dňoch",
              "5. – 7. júna 2025. Z položky „Pracovné cesty“ sa pripravuje cesta primátora do Mobile (Alabama),",
              "ktorá je naplánovaná zo 14. na 18. októbra 2025.", "",
              "-" * 72, "",
              "Otázka č. 2 (poslankyňa MUDr. Jana Šimková):",
              "Aké konkrétne projekty s partnerskými mestami prebiehajú? Nie sú to len zdvorilostné návštevy?", "",
              "Odpoveď (Mgr. Zuzana Kováčová):"]
    lines += [f"  - {t}" + (f" (partner: {w})" if w else "") + f": {s};"
              for (t, s, _, c), w in zip(KE_ITEMS, ["Miškovec", "Katovice", "Bursa", "Rzeszów", "Mobile"])]
    lines += ["  Dni partnerských miest sa uskutočnia 12. septembra 2025 na Hlavnej ulici; účasť potvrdili",
              "  delegácie z Miškovca, Rzeszowa a Ostravy.", "",
              "-" * 72, "",
              "Otázka č. 3 (poslanec Bc. Peter Lukáč):",
              "Kedy bude zverejnená výzva na dotácie pre školy na výmenné pobyty?", "",
              "Odpoveď: Výzva bude zverejnená do 31. júla 2025 na úradnej tabuli mesta.", "",
              "Zapísala: Ing. Alena Mrázová, 24. 6. 2025"]
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, c in KE_SISTERS] + [partner("Užhorod", "Uzhhorod", "partner")],
        engagements=[engagement("incoming", ["Wuppertal"], "Košice", "2025-06-05", "2025-06-07"),
                     engagement("outgoing", ["Košice"], "Mobile", "2025-10-14", "2025-10-18"),
                     engagement("event", ["Miskolc", "Rzeszów", "Ostrava"], "Košice", "2025-09-12")],
        cooperation=[coop(t, s, ["Košice", c]) for t, _, s, c in KE_ITEMS],
        claims=[claim(f"{len(sisters)} partnerských miest v {_countries(sisters)} krajinách", len(sisters),
                      _countries(sisters), "sister", "consistent")],
    )
    return ("\r\n".join(lines) + "\r\n").encode("windows-1250"), gold


# --------------------------------------------------------------------------- 101 Tbilisi (ka, HTML select + JSON-LD)

TB = [  # (Georgian, country in Georgian, English name, ISO country, canonical, kind)
    ("ატლანტა", "აშშ", "Atlanta", "US", "Atlanta", "sister"),
    ("ბილბაო", "ესპანეთი", "Bilbao", "ES", "Bilbao", "sister"),
    ("ბრისტოლი", "დიდი ბრიტანეთი", "Bristol", "GB", "Bristol", "sister"),
    ("ინსბრუკი", "ავსტრია", "Innsbruck", "AT", "Innsbruck", "sister"),
    ("კიევი", "უკრაინა", "Kyiv", "UA", "Kyiv", "sister"),
    ("კრაკოვი", "პოლონეთი", "Kraków", "PL", "Kraków", "sister"),
    ("ლიუბლიანა", "სლოვენია", "Ljubljana", "SI", "Ljubljana", "sister"),
    ("ნანტი", "საფრანგეთი", "Nantes", "FR", "Nantes", "sister"),
    ("პალერმო", "იტალია", "Palermo", "IT", "Palermo", "sister"),
    ("საარბრიუკენი", "გერმანია", "Saarbrücken", "DE", "Saarbrücken", "sister"),
    ("ვილნიუსი", "ლიტვა", "Vilnius", "LT", "Vilnius", "sister"),
    ("ერევანი", "სომხეთი", "Yerevan", "AM", "Yerevan", "partner"),
    ("ბაქო", "აზერბაიჯანი", "Baku", "AZ", "Baku", "partner"),
    ("დოჰა", "კატარი", "Doha", "QA", "Doha", "partner"),
]
TB_ITEMS = [("ტრამვაის ხაზის ტექნიკური კვლევა ნანტთან ერთად", "მიმდინარე", "in_progress", "Nantes"),
            ("საბაგირო გზების უსაფრთხოების ტრენინგი ინსბრუკთან", "დასრულებული", "completed", "Innsbruck"),
            ("ატლანტასთან ახალგაზრდული გაცვლითი პროგრამა", "შეთანხმებული", "agreed", "Atlanta"),
            ("პალერმოსთან ერთობლივი კულინარიული ფესტივალი", "შეჩერებული", "stalled", "Palermo")]


@document("101_tbilisi_dadzmobilebuli_kalakebi_ka.html", split="dev", home="Tbilisi", language="ka",
          features=["html", "Georgian (Mkhedruli script)", "partner list only in a <select> drop-down with "
                    "<optgroup> per kind and in a JSON-LD ItemList block with English names and country codes",
                    "დაძმობილებული ქალაქები = sister, თანამშრომლობის მემორანდუმი = partner (the three memorandum partners also "
                    "in a sentence, inflected: ერევანთან, ბაქოსთან, დოჰასთან)", "nav and footer "
                    "naming Georgian cities (Batumi, Kutaisi, Rustavi)", "news with 'გამოქვეყნდა' publication "
                    "dates; '14-16 მაისს', '2-4 ოქტომბერს' with the year before ('2025 წლის')", "headline "
                    "'11 დაძმობილებული ქალაქი'", "project list with Georgian statuses after a dash"])
def tbilisi_html():
    import json

    sisters = [t for t in TB if t[5] == "sister"]
    mou = [t for t in TB if t[5] == "partner"]
    opts = "\n".join(
        f'<optgroup label="{label}">' + "".join(f'<option value="{e.lower()}">{g} ({c})</option>'
                                               for g, c, e, *_ in group) + "</optgroup>"
        for label, group in (("დაძმობილებული ქალაქები", sisters), ("თანამშრომლობის მემორანდუმი", mou)))
    ld = {"@context": "https://schema.org", "@type": "ItemList", "name": "Tbilisi sister cities and partners",
          "itemListElement": [{"@type": "ListItem", "position": i,
                               "item": {"@type": "City", "name": e, "address": {"@type": "PostalAddress",
                                                                                 "addressCountry": cc},
                                        "additionalType": "SisterCity" if k == "sister" else "PartnerCity"}}
                              for i, (_, _, e, cc, _, k) in enumerate(TB, 1)]}
    items = "".join(f"<li>{t} — {s}</li>" for t, s, _, _ in TB_ITEMS)
    nav = ('<ul><li><a href="/">მთავარი</a></li><li><a href="/meria">მერია</a></li>'
           '<li><a href="/international" class="active">საერთაშორისო ურთიერთობები</a></li>'
           '<li><a href="/news">სიახლეები</a></li><li><a href="/en">English</a></li></ul>')
    main = (
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        '<h1>დაძმობილებული ქალაქები</h1>\n'
        f'<p>თბილისს {len(sisters)} დაძმობილებული ქალაქი ჰყავს. გარდა ამისა, თბილისის მერიას '
        'თანამშრომლობის მემორანდუმები აქვს გაფორმებული ერევანთან, ბაქოსთან და დოჰასთან. აირჩიეთ ქალაქი '
        'სიიდან, რათა იხილოთ დეტალური ინფორმაცია.</p>\n'
        '<form class="city-picker"><label for="city">ქალაქი:</label>\n'
        f'<select id="city" name="city">\n<option value="">— აირჩიეთ —</option>\n{opts}\n</select>\n'
        '<button type="submit">ნახვა</button></form>\n'
        '<div id="city-card" class="card" hidden></div>\n'
        '<h2>თანამშრომლობის პროექტები</h2>\n'
        f'<ul class="projects">{items}</ul>\n'
        '<h2>სიახლეები</h2>\n'
        '<article><p class="meta">გამოქვეყნდა: 17.05.2025</p><h3>ვილნიუსის დელეგაცია თბილისში</h3>'
        '<p>2025 წლის 14-16 მაისს თბილისს ვილნიუსის მერიის დელეგაცია ეწვია. სტუმრებმა დაათვალიერეს ძველი '
        'თბილისი და განიხილეს ტურიზმის სფეროში თანამშრომლობა.</p></article>\n'
        '<article><p class="meta">გამოქვეყნდა: 06.10.2025</p><h3>თბილისის მერი ბრისტოლში</h3>'
        '<p>2025 წლის 2-4 ოქტომბერს თბილისის მერი ოფიციალური ვიზიტით ბრისტოლში იმყოფებოდა, სადაც '
        'დაძმობილების 35 წლისთავს აღნიშნა.</p></article>\n'
        '<article><p class="meta">გამოქვეყნდა: 20.10.2025</p><h3>თბილისობა 2025</h3>'
        '<p>ტრადიციული ფესტივალი „თბილისობა“ 25-26 ოქტომბერს გაიმართება.</p></article>')
    aside = ('<div class="widget"><b>საქართველოს ქალაქები</b><br>ბათუმი · ქუთაისი · რუსთავი · გორი</div>'
             '<div class="widget"><b>ამინდი</b><br>თბილისი +18°</div>')
    footer = "თბილისის მერია · შარტავას ქ. 7, თბილისი 0160 · © 2025"
    gold = Gold(
        partnerships=[partner(g, c, k) for g, _, _, _, c, k in TB],
        engagements=[engagement("incoming", ["Vilnius"], "Tbilisi", "2025-05-14", "2025-05-16"),
                     engagement("outgoing", ["Tbilisi"], "Bristol", "2025-10-02", "2025-10-04")],
        cooperation=[coop(t, s, ["Tbilisi", c]) for t, _, s, c in TB_ITEMS],
        claims=[claim(f"{len(sisters)} დაძმობილებული ქალაქი", len(sisters), None, "sister", "consistent")],
    )
    return html_page("ka", "დაძმობილებული ქალაქები | თბილისის მერია", nav, main, aside, footer), gold


# --------------------------------------------------------------------------- 102 Ulaanbaatar meeting notes (mn, Markdown)

UB_SISTER = [("Бээжин", "Beijing"), ("Москва", "Moscow"), ("Сөүл", "Seoul"), ("Тайбэй", "Taipei"),
             ("Анкара", "Ankara"), ("Бонн", "Bonn"), ("Эрхүү", "Irkutsk"), ("Улаан-Үд", "Ulan-Ude")]
UB_FRIEND = [("Хөх хот", "Hohhot"), ("Элист", "Elista"), ("Газиантеп", "Gaziantep")]
UB_MOU = [("Чунцин", "Chongqing"), ("Иньчуань", "Yinchuan")]
UB_ITEMS = [("Нийтийн тээврийн автобусны парк шинэчлэл", "Сөүл", "хэрэгжиж буй", "in_progress", "Seoul"),
            ("Агаарын бохирдлын хяналтын систем", "Бээжин", "Бээжингийн талын санал, судалж буй", "proposed",
             "Beijing"),
            ("Дулааны станцын шинэчлэл", "Бонн", "түр зогссон", "stalled", "Bonn"),
            ("Залуучуудын зуны солилцоо", "Анкара", "дууссан", "completed", "Ankara")]


@document("102_ulaanbaatar_hurliin_temdeglel_mn.md", split="dev", home="Ulaanbaatar", language="mn",
          features=["markdown", "Mongolian (Cyrillic)", "meeting summary in bullet fragments without verbs "
                    "(name — date — place)", "ах дүү хот = sister, найрамдалт хот = friendship, хамтын "
                    "ажиллагааны санамж бичиг = partner", "partners inline after a colon, separated by commas; "
                    "Хөх хот (Hohhot) contains the word хот", "'2025.05.20–23', '6 сарын 11–13' (year from the "
                    "heading), '9 дүгээр сар' (month only)", "an ambassador's courtesy call (meeting, country as "
                    "the visiting party)", "headline 'нийт 14 хот' where 13 are listed (inconsistent)",
                    "next meeting date as a distractor", "status fragments after a dash"])
def ulaanbaatar_md():
    every = [c for _, c in UB_SISTER + UB_FRIEND + UB_MOU]
    items = "\n".join(f"  - {t} ({p}) — {s}" for t, p, s, _, _ in UB_ITEMS)
    text = (
        "# Хурлын товч тэмдэглэл\n\n"
        "**Нийслэлийн Засаг даргын Тамгын газар — Гадаад харилцааны хэлтэс**  \n"
        "**Огноо:** 2025.04.18 · **Байршил:** Хотын захиргаа, 3 давхар, 305 тоот\n\n"
        "## 1. Гадаад хотуудтай харилцаа — тойм\n\n"
        "- Нийт 14 хот, 6 улс\n"
        f"- Ах дүү хот ({len(UB_SISTER)}): " + ", ".join(n for n, _ in UB_SISTER) + "\n"
        f"- Найрамдалт хот ({len(UB_FRIEND)}): " + ", ".join(n for n, _ in UB_FRIEND) + "\n"
        f"- Хамтын ажиллагааны санамж бичиг ({len(UB_MOU)}): " + ", ".join(n for n, _ in UB_MOU) + "\n\n"
        "## 2. Айлчлал, уулзалт\n\n"
        "- ОХУ-ын Элчин сайд — 2025.04.25 — хүндэтгэлийн бараалхалт, Засаг даргатай\n"
        "- Сөүл хотын төлөөлөгчид — 2025.05.20–23 — Улаанбаатарт, Сөүлийн захирагчийн орлогч тэргүүтэй\n"
        "- Эрхүү хотын захиргааны төлөөлөгчид — 6 сарын 11–13 — Улаанбаатарт, Наадмын өмнө\n"
        "- Засаг даргын Бонн айлчлал — 9 дүгээр сар — төлөвлөгөөт\n\n"
        "## 3. Хамтын төслүүд — явц\n\n"
        f"{items}\n\n"
        "## 4. Бусад\n\n"
        "- Төсөв — 2025 оны тодотгол, 5-р сарын эцэс хүртэл\n"
        "- Дараагийн хурал — 2025.05.16, 10:00\n"
        "- Тэмдэглэл хөтөлсөн — Б. Оюунчимэг\n")
    gold = Gold(
        partnerships=[partner(n, c, "sister") for n, c in UB_SISTER]
        + [partner(n, c, "friendship") for n, c in UB_FRIEND] + [partner(n, c, "partner") for n, c in UB_MOU],
        engagements=[engagement("meeting", ["RU"], "Ulaanbaatar", "2025-04-25"),
                     engagement("incoming", ["Seoul"], "Ulaanbaatar", "2025-05-20", "2025-05-23"),
                     engagement("incoming", ["Irkutsk"], "Ulaanbaatar", "2025-06-11", "2025-06-13"),
                     engagement("outgoing", ["Ulaanbaatar"], "Bonn", "2025-09")],
        cooperation=[coop(t, s, ["Ulaanbaatar", c]) for t, _, _, s, c in UB_ITEMS],
        claims=[claim("Нийт 14 хот, 6 улс", 14, 6, "all",
                      "consistent" if (len(every), _countries(every)) == (14, 6) else "inconsistent")],
    )
    return text.encode("utf-8"), gold


# --------------------------------------------------------------------------- 103 Marrakesh report with annex (ar, PDF)

MRK = [  # (Arabic city, Arabic country, relation as written, year, canonical, kind)
    ("غرناطة", "إسبانيا", "توأمة", 1995, "Granada", "sister"),
    ("إشبيلية", "إسبانيا", "توأمة", 2002, "Seville", "sister"),
    ("سكوتسديل", "الولايات المتحدة الأمريكية", "توأمة", 2005, "Scottsdale", "sister"),
    ("سوسة", "تونس", "توأمة", 1998, "Sousse", "sister"),
    ("تمبكتو", "مالي", "اتفاقية صداقة وتعاون", 2011, "Timbuktu", "friendship"),
    ("مرسيليا", "فرنسا", "اتفاقية تعاون", 2016, "Marseille", "partner"),
    ("نينغبو", "الصين", "اتفاقية تعاون", 2019, "Ningbo", "partner"),
]
MRK_ITEMS = [("ترميم أجزاء من الأسوار التاريخية بشراكة مع غرناطة", "في طور الإنجاز", "in_progress", "Granada"),
             ("برنامج لتبادل الطلبة مع سكوتسديل", "مقترح من طرف سكوتسديل، قيد الدراسة", "proposed", "Scottsdale"),
             ("مخطط التنقل الحضري المستدام مع مرسيليا", "تم التوقيع على الاتفاقية الخاصة", "agreed", "Marseille"),
             ("معرض مشترك للصناعة التقليدية مع سوسة", "أنجز", "completed", "Sousse")]


@document("103_marrakech_taqrir_taawun_ar.pdf", split="dev", home="Marrakesh", language="ar",
          features=["pdf (Chromium)", "Arabic (Morocco), right-to-left (a plain PDF text layer comes out in visual order, "
                    "letters reversed)", "annual report of the commune: partner "
                    "list only in Annex 1 behind a footnote in the body", "توأمة = sister, اتفاقية صداقة وتعاون = "
                    "friendship, اتفاقية تعاون = partner", "Moroccan month names ('6 ماي 2025', '22 و23 أكتوبر "
                    "2025', 'من 10 إلى 12 مارس 2025')", "a consul general received (meeting, country as the "
                    "visiting party)", "a council session date and a film festival's dates as distractors",
                    "headline '7 مدن في 6 دول' in the annex", "project table with Arabic statuses"])
def marrakesh_pdf():
    canons = [c for *_, c, _ in MRK]
    rows = "".join(f"<tr><td>{i}</td><td>{c}</td><td>{n}</td><td>{r}</td><td>{y}</td></tr>"
                   for i, (c, n, r, y, _, _) in enumerate(MRK, 1))
    items = "".join(f"<tr><td>{t}</td><td>{s}</td></tr>" for t, s, _, _ in MRK_ITEMS)
    p1 = ('<div dir="rtl">'
          "<h1>التقرير السنوي حول التعاون اللامركزي والعلاقات الخارجية — سنة 2025</h1>"
          "<p>جماعة مراكش — قسم العلاقات الخارجية والتعاون</p>"
          "<h2>1. تقديم</h2>"
          "<p>واصلت جماعة مراكش خلال سنة 2025 تعزيز علاقاتها مع المدن المتوأمة والشريكة<sup>1</sup>، "
          "وذلك في إطار برنامج عمل الجماعة الذي صادق عليه المجلس في دورته العادية لشهر فبراير "
          "المنعقدة بتاريخ 4 فبراير 2025.</p>"
          "<h2>2. الزيارات والاستقبالات</h2>"
          "<ul><li>استقبل رئيس المجلس الجماعي وفدا من مدينة غرناطة من 10 إلى 12 مارس 2025، خصص لتتبع مشروع "
          "ترميم الأسوار.</li>"
          "<li>استقبال القنصل العام لفرنسا بمراكش بتاريخ 6 ماي 2025 في زيارة مجاملة.</li>"
          "<li>زيارة عمل لوفد من الجماعة إلى مدينة إشبيلية يومي 22 و23 أكتوبر 2025 بمناسبة الذكرى الثالثة "
          "والعشرين للتوأمة.</li></ul>"
          "<p>كما احتضنت المدينة المهرجان الدولي للفيلم من 28 نونبر إلى 6 دجنبر 2025.</p>"
          "<h2>3. مشاريع التعاون</h2>"
          f"<table><tr><th>المشروع</th><th>الوضعية</th></tr>{items}</table>"
          '<hr style="margin-top:12mm"><p style="font-size:8.5pt">1. انظر الملحق رقم 1: لائحة المدن المتوأمة '
          "والشريكة. لا تشمل اللائحة اتفاقيات التعاون المبرمة مع الجهات والمنظمات الدولية.</p>"
          "</div>")
    p2 = ('<div dir="rtl">'
          "<h2>الملحق رقم 1: لائحة المدن المتوأمة والشريكة</h2>"
          f"<p>ترتبط مدينة مراكش بعلاقات توأمة أو صداقة أو تعاون مع {len(canons)} مدن في "
          f"{_countries(canons)} دول.</p>"
          "<table><tr><th>ر.ت</th><th>المدينة</th><th>البلد</th><th>طبيعة العلاقة</th><th>سنة التوقيع</th></tr>"
          f"{rows}</table>"
          "<h2>الملحق رقم 2: الميزانية</h2>"
          "<p>الاعتمادات المخصصة للتعاون اللامركزي: 2.400.000 درهم، منها 61 % مصروفة إلى غاية 31 دجنبر 2025.</p>"
          "</div>")
    html = pages_html("ar", [p1, p2], "جماعة مراكش — التقرير السنوي 2025", "الصفحة {page} من {pages}")
    gold = Gold(
        partnerships=[partner(c, canon, k, i) for i, (c, _, _, _, canon, k) in enumerate(MRK, 1)],
        engagements=[engagement("incoming", ["Granada"], "Marrakesh", "2025-03-10", "2025-03-12"),
                     engagement("meeting", ["FR"], "Marrakesh", "2025-05-06"),
                     engagement("outgoing", ["Marrakesh"], "Seville", "2025-10-22", "2025-10-23")],
        cooperation=[coop(t, s, ["Marrakesh", c]) for t, _, s, c in MRK_ITEMS],
        claims=[claim(f"{len(canons)} مدن في {_countries(canons)} دول", len(canons), _countries(canons), "all",
                      "consistent")],
    )
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 104 Malacca newsletter (ms, EML)

MLK_SISTERS = [("Valparaíso", "Chile", "Valparaíso"), ("Lisboa", "Portugal", "Lisbon"),
               ("Hoorn", "Belanda", "Hoorn"), ("Nanjing", "China", "Nanjing")]
MLK_ITEMS = [("Program pertukaran pelajar sekolah menengah", "Hoorn", "dipersetujui", "agreed", "Hoorn"),
             ("Pemuliharaan bangunan warisan UNESCO", "Lisboa", "sedang berjalan", "in_progress", "Lisbon"),
             ("Laluan pelancongan maritim", "Valparaíso", "dicadangkan oleh Valparaíso", "proposed", "Valparaíso"),
             ("Festival kuih tradisional", "Haikou", "ditangguhkan", "stalled", "Haikou")]
MLK_COLUMN = [("Valparaíso", "Musim luruh bermula; bandar pelabuhan itu menyambut Hari Warisan pada 25 Mei."),
              ("Lisboa", "Pesta Santo António memenuhi lorong-lorong Alfama sepanjang Jun."),
              ("Hoorn", "Muzium Westfries membuka pameran tentang pelayaran VOC ke Melaka."),
              ("Nanjing", "Maraton Antarabangsa Nanjing menarik 30,000 pelari pada 20 April.")]


@document("104_melaka_buletin_bandar_kembar_ms.eml", split="dev", home="Malacca", language="ms",
          encoding="utf-8",
          features=["eml", "Malay", "e-mail newsletter, multipart/alternative (plain text and HTML, "
                    "quoted-printable)", "a 'Bulan Ini di Bandar Kembar Kita' column about events in partner cities "
                    "that are not engagements of Malacca", "bandar kembar = sister, memorandum persefahaman = "
                    "partner; Lisboa for Lisbon", "'pada 16 hingga 18 Jun' and '8 hingga 11 September' without a "
                    "year (year from Date:)", "an ambassador's courtesy call (meeting, country as the visiting "
                    "party)", "headline 'empat bandar kembar di empat negara' in words", "programme list with "
                    "Malay statuses", "unsubscribe footer"])
def malacca_email():
    sisters = [c for *_, c in MLK_SISTERS]
    msg = EmailMessage()
    msg["From"] = "Buletin MBMB <buletin@mbmb.example>"
    msg["To"] = "pelanggan@senarai.mbmb.example"
    msg["Subject"] = "Buletin Antarabangsa MBMB — Edisi Jun 2025"
    msg["Date"] = "Mon, 02 Jun 2025 08:00:00 +0800"
    msg["Message-ID"] = "<corpus-104@mbmb.example>"
    msg["List-Unsubscribe"] = "<mailto:berhenti@mbmb.example>"
    col_txt = "\n".join(f"* {c}: {t}" for c, t in MLK_COLUMN)
    items_txt = "\n".join(f"- {t} ({p}): {s}" for t, p, s, _, _ in MLK_ITEMS)
    lead = ("Majlis Bandaraya Melaka Bersejarah (MBMB) kini mempunyai empat bandar kembar di empat negara — "
            "Valparaíso (Chile), Lisboa (Portugal), Hoorn (Belanda) dan Nanjing (China) — serta memorandum "
            "persefahaman (MoU) dengan Haikou, China.")
    news = [("Delegasi Hoorn ke Melaka", "Delegasi Majlis Perbandaran Hoorn yang diketuai Datuk Bandarnya akan berada "
             "di Melaka pada 16 hingga 18 Jun. Program termasuk lawatan ke Muzium Samudera dan Kampung Morten."),
            ("Kunjungan hormat Duta Besar Portugal", "Datuk Bandar menerima kunjungan hormat Duta Besar Portugal ke "
             "Malaysia pada 5 Jun di Bangunan MBMB, Ayer Keroh."),
            ("Misi ke Nanjing", "Datuk Bandar akan mengetuai misi perdagangan dan pelancongan ke Nanjing dari 8 "
             "hingga 11 September."),
            ("Pendaftaran", "Pendaftaran untuk program pertukaran pelajar ke Hoorn ditutup pada 30 Jun.")]
    text = ("BULETIN ANTARABANGSA MBMB — EDISI JUN 2025\n\n" + lead + "\n\n"
            + "\n\n".join(f"{h.upper()}\n{b}" for h, b in news)
            + "\n\nBULAN INI DI BANDAR KEMBAR KITA\n" + col_txt
            + "\n\nSTATUS PROGRAM KERJASAMA\n" + items_txt
            + "\n\n--\nUnit Perhubungan Antarabangsa, MBMB · Jalan Graha Makmur, 75450 Ayer Keroh, Melaka\n"
              "Untuk berhenti melanggan, balas dengan 'BERHENTI'.\n")
    html = ("<html><body style=\"font-family:Arial\"><h1>Buletin Antarabangsa MBMB</h1><p><i>Edisi Jun 2025</i></p>"
            f"<p>{lead}</p>"
            + "".join(f"<h2>{h}</h2><p>{b}</p>" for h, b in news)
            + '<table width="100%"><tr><td width="65%" valign="top"><h2>Status Program Kerjasama</h2><ul>'
            + "".join(f"<li><b>{t}</b> ({p}): {s}</li>" for t, p, s, _, _ in MLK_ITEMS)
            + '</ul></td><td width="35%" valign="top" style="background:#f3efe6"><h3>Bulan Ini di Bandar Kembar '
              'Kita</h3>'
            + "".join(f"<p><b>{c}</b> — {t}</p>" for c, t in MLK_COLUMN)
            + "</td></tr></table><hr><p style=\"font-size:small\">Unit Perhubungan Antarabangsa, MBMB · Jalan Graha "
              "Makmur, 75450 Ayer Keroh, Melaka<br>Untuk berhenti melanggan, klik "
              "<a href=\"https://mbmb.example/berhenti\">di sini</a>.</p></body></html>")
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, c in MLK_SISTERS] + [partner("Haikou", "Haikou", "partner")],
        engagements=[engagement("incoming", ["Hoorn"], "Malacca", "2025-06-16", "2025-06-18"),
                     engagement("meeting", ["PT"], "Malacca", "2025-06-05"),
                     engagement("outgoing", ["Malacca"], "Nanjing", "2025-09-08", "2025-09-11")],
        cooperation=[coop(t, s, ["Malacca", c]) for t, _, _, s, c in MLK_ITEMS],
        claims=[claim("empat bandar kembar di empat negara", len(sisters), _countries(sisters), "sister",
                      "consistent" if (len(sisters), _countries(sisters)) == (4, 4) else "inconsistent")],
    )
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 105 Baguio speech transcript (tl + en, DOCX)

BG_ITEMS = [("Smart tourism cooperation", "Hangzhou", "agreed"),
            ("Teacher exchange", "Vaughan", "in_progress"),
            ("Agricultural exchange on highland vegetables", "Shepparton", "proposed"),
            ("Silver craft joint exhibit", "Taxco de Alarcón", "completed")]


@document("105_baguio_talumpati_mayor_panagbenga_tl_en.docx", split="dev", home="Baguio", language="tl",
          features=["docx", "Tagalog mixed with English (Taglish)", "transcript of a mayor's speech with speaker "
                    "labels and [Palakpakan] cues", "partners thanked in passing inside long sentences", "sister "
                    "cities / kapatid na lungsod = sister; 'friendship city' = friendship", "Greater Shepparton "
                    "(the shire) for Shepparton; 'Vaughan, Ontario'", "'mula February 27 hanggang March 3', "
                    "'sa May 16 to 19' (year from the transcript header)", "domestic cities (La Trinidad, Quezon "
                    "City, Manila) and festival dates as distractors", "projects with statuses only in prose",
                    "'limang sister cities' in words"])
def baguio_docx():
    doc = new_docx()
    doc.add_heading("TRANSCRIPT", level=1)
    doc.add_paragraph("City Public Information Office · Baguio City\n"
                      "Talumpati ni Mayor sa Panagbenga International Friendship Night\n"
                      "Baguio Convention and Cultural Center · Sabado, March 1, 2025, 7:30 PM")
    doc.add_paragraph("[Transcribed from the livestream; lightly edited for readability.]")
    turns = [
        ("EMCEE", "Ladies and gentlemen, please welcome the Honorable Mayor of the City of Baguio! [Palakpakan]"),
        ("MAYOR", "Magandang gabi, Baguio! Good evening to our guests from near and far. Maraming salamat po sa "
                  "inyong lahat sa pagpunta ngayong gabi, lalo na sa mga kapitbahay natin mula La Trinidad at sa mga "
                  "bisita natin na bumiyahe pa mula Manila at Quezon City. [Palakpakan]"),
        ("MAYOR", "Ngayong taon, ang Panagbenga ay tumatakbo mula February 1 hanggang March 9, at ngayong gabi ay "
                  "para sa ating mga kaibigan sa ibang bansa. Hindi po tayo nag-iisa: mayroon tayong limang sister "
                  "cities, at gusto ko silang pasalamatan isa-isa. Sa Honolulu, na laging nandiyan para sa ating mga "
                  "kababayan sa Hawaii — mahalo! Sa Hangzhou, sa mga bulaklak na ipinadala ninyo para sa float "
                  "parade. Sa Vaughan, Ontario, sa mga guro na nagturo sa ating mga paaralan. Sa Greater Shepparton "
                  "sa Victoria, Australia, na kapwa natin agricultural na lungsod. At siyempre sa Hanyū sa Saitama, "
                  "Japan — na ang delegation ay narito ngayong gabi! [Palakpakan]"),
        ("MAYOR", "Ang delegation po ng Hanyū, led by their Deputy Mayor, ay narito mula February 27 hanggang "
                  "March 3. Dumating sila noong Huwebes at nakita na nila ang Session Road in Bloom. Arigatou "
                  "gozaimasu! At hindi ko rin malilimutan ang ating friendship city na Taxco sa Mexico, kasama natin "
                  "sa pagpapahalaga sa silver craft — ang joint exhibit natin noong nakaraang taon ay tapos na at "
                  "naging matagumpay."),
        ("MAYOR", "May good news din po. Napirmahan na natin ang MOU with Hangzhou on smart tourism cooperation — "
                  "agreed na po iyan, at sisimulan sa susunod na taon. Tuloy-tuloy din ang teacher exchange natin "
                  "with Vaughan; ongoing pa rin, may apat na guro ngayong semester. Yung proposal naman ng Greater "
                  "Shepparton para sa agricultural exchange on highland vegetables, pinag-aaralan pa ng City "
                  "Agriculturist."),
        ("MAYOR", "At sa May 16 to 19, pupunta po ang inyong lingkod sa Honolulu para sa Filipino Fiesta at para "
                  "pag-usapan ang ating health worker training. Ipagdasal ninyo ako, ha, mahaba ang biyahe! "
                  "[Tawanan]"),
        ("MAYOR", "Muli, maraming salamat. Mabuhay ang Panagbenga, mabuhay ang Baguio, at mabuhay ang ating "
                  "pagkakaibigan sa buong mundo! [Palakpakan]"),
        ("EMCEE", "Thank you, Mayor! Next on our program, the cultural presentation of the Hanyū delegation."),
    ]
    for who, said in turns:
        p = doc.add_paragraph()
        p.add_run(f"{who}: ").bold = True
        p.add_run(said)
    doc.add_paragraph("— END OF TRANSCRIPT —")
    sisters = [("Honolulu", "Honolulu"), ("Hangzhou", "Hangzhou"), ("Vaughan", "Vaughan"),
               ("Greater Shepparton", "Shepparton"), ("Hanyū", "Hanyū")]
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, c in sisters]
        + [partner("Taxco", "Taxco de Alarcón", "friendship")],
        engagements=[engagement("incoming", ["Hanyū"], "Baguio", "2025-02-27", "2025-03-03"),
                     engagement("outgoing", ["Baguio"], "Honolulu", "2025-05-16", "2025-05-19")],
        cooperation=[coop(t, s, ["Baguio", c]) for t, c, s in BG_ITEMS],
        claims=[claim("limang sister cities", len(sisters), None, "sister", "consistent")],
    )
    return docx_bytes(doc, "Transcript – Mayor's speech, Panagbenga International Friendship Night"), gold


# --------------------------------------------------------------------------- 106 Rosario logos deck (es-AR, PPTX)


def _png(rgb: tuple[int, int, int], size: int = 8) -> bytes:
    """A tiny one-colour PNG (a placeholder for a city's logo), built without an imaging library."""
    raw = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


ROS_SISTERS = [  # (caption, alt text, canonical)
    ("Bilbao", "Escudo del Ayuntamiento de Bilbao, España", "Bilbao"),
    ("Medellín", "Logo de la Alcaldía de Medellín, Colombia", "Medellín"),
    ("Montevideo", "Logo de la Intendencia de Montevideo, Uruguay", "Montevideo"),
    ("Porto Alegre", "Brasão da Prefeitura de Porto Alegre, Brasil", "Porto Alegre"),
    ("Turín", "Stemma della Città di Torino, Italia", "Turin"),
    ("Saint Louis", "Seal of the City of St. Louis, Missouri, EE. UU.", "St. Louis"),
    ("Valparaíso", "Escudo de la Ilustre Municipalidad de Valparaíso, Chile", "Valparaíso"),
    ("Asunción", "Logo de la Municipalidad de Asunción, Paraguay", "Asunción"),
    ("Haifa", "Emblema de la Municipalidad de Haifa, Israel", "Haifa"),
]
ROS_CONVENIOS = [("Shanghái", "Logo del Gobierno Popular de Shanghái, China", "Shanghai"),
                 ("Cuenca", "Escudo del GAD Municipal de Cuenca, Ecuador", "Cuenca (EC)"),
                 ("Manizales", "Escudo de la Alcaldía de Manizales, Colombia", "Manizales")]
ROS_ITEMS = [("Corredor gastronómico y de diseño", "Bilbao", "En curso", "in_progress", "Bilbao"),
             ("Plan de arbolado urbano", "Medellín", "Acordado (acta firmada)", "agreed", "Medellín"),
             ("Intercambio de bomberos voluntarios", "Haifa", "Suspendido", "stalled", "Haifa"),
             ("Muestra itinerante del tango", "Montevideo", "Finalizado", "completed", "Montevideo"),
             ("Puerto y logística fluvial", "Shanghái", "Propuesta de Shanghái, en análisis", "proposed", "Shanghai")]


def _logo_grid(slide, entries, top: float) -> None:
    from pptx.util import Inches

    for i, (caption, alt, _) in enumerate(entries):
        col, row = i % 5, i // 5
        left = 0.8 + col * 2.45
        y = top + row * 2.3
        pic = slide.shapes.add_picture(__import__("io").BytesIO(_png((40 + 20 * i, 90, 160 - 10 * i))),
                                       Inches(left + 0.35), Inches(y), Inches(1.2), Inches(1.2))
        pic._element.nvPicPr.cNvPr.set("descr", alt)
        pic.name = f"Logo {i + 1}"
        textbox(slide.shapes, left, y + 1.25, 1.9, 0.5, [caption], size=13)


@document("106_rosario_ciudades_hermanas_logos_es.pptx", split="dev", home="Rosario", language="es",
          features=["pptx", "Spanish (Argentina)", "slides of partner logos: a picture per city with the name "
                    "in a caption below and the full name with country only in the picture's alt text (descr)", "ciudades "
                    "hermanas = sister, convenios de cooperación = partner", "exonyms Turín, Shanghái, Saint Louis; "
                    "Cuenca told apart by the alt text (Ecuador)", "agenda table with 'del 12 al 14 de marzo', "
                    "'7 al 9/5', '23/6' and 'septiembre (a confirmar)', the year from the title", "a consul "
                    "general's meeting (country as the visiting party)", "headline '12 ciudades de 11 países'",
                    "status table; speaker notes"])
def rosario_deck():
    canons = [c for *_, c in ROS_SISTERS + ROS_CONVENIOS]
    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Rosario en el mundo 2025"
    s.placeholders[1].text = ("Dirección General de Relaciones Internacionales · Municipalidad de Rosario\n"
                              f"Red de {len(canons)} ciudades de {_countries(canons)} países")
    s = titled_slide(prs, "Ciudades hermanas")
    _logo_grid(s, ROS_SISTERS, 1.5)
    s.notes_slide.notes_text_frame.text = ("Los logos se usan con autorización de cada municipio. Rosario también "
                                           "integra Mercociudades (secretaría técnica 2024-2025).")
    s = titled_slide(prs, "Convenios de cooperación")
    _logo_grid(s, ROS_CONVENIOS, 1.8)
    s = titled_slide(prs, "Agenda internacional 2025")
    slide_table(s, [["Fecha", "Actividad", "Lugar"],
                    ["del 12 al 14 de marzo", "Misión del Intendente a la Intendencia de Montevideo", "Montevideo"],
                    ["7 al 9/5", "Visita de una delegación de la Alcaldía de Medellín (arbolado urbano)", "Rosario"],
                    ["23/6", "Reunión con el Cónsul General de Italia en Rosario", "Palacio de los Leones"],
                    ["20/6", "Día de la Bandera: acto central", "Monumento a la Bandera"],
                    ["septiembre (a confirmar)", "Viaje a Asunción: Cumbre de Mercociudades", "Asunción"]],
                0.6, 1.6, 12.0)
    s = titled_slide(prs, "Proyectos con ciudades socias")
    slide_table(s, [["Proyecto", "Ciudad", "Estado"]] + [[t, p, st] for t, p, st, _, _ in ROS_ITEMS], 0.6, 1.6, 12.0)
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, c in ROS_SISTERS]
        + [partner(w, c, "partner") for w, _, c in ROS_CONVENIOS],
        engagements=[engagement("outgoing", ["Rosario"], "Montevideo", "2025-03-12", "2025-03-14"),
                     engagement("incoming", ["Medellín"], "Rosario", "2025-05-07", "2025-05-09"),
                     engagement("meeting", ["IT"], "Rosario", "2025-06-23"),
                     engagement("outgoing", ["Rosario"], "Asunción", "2025-09")],
        cooperation=[coop(t, s, ["Rosario", c]) for t, _, _, s, c in ROS_ITEMS],
        claims=[claim(f"{len(canons)} ciudades de {_countries(canons)} países", len(canons), _countries(canons),
                      "all", "consistent")],
    )
    return deck_bytes(prs, "Rosario en el mundo 2025"), gold
