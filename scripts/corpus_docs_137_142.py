"""Corpus documents 137-142 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

Tenth batch, written on 2026-12-01 (with the test documents 143-144 in ``corpus_docs_143_144.py``, which keeps
the held-out split at 36 of 144): new homes (Leeds, Karlsruhe, Esch-sur-Alzette, Ålesund, Campinas, Gifu), new
languages (Luxembourgish, Norwegian Nynorsk, Portuguese of Brazil; English, German and Japanese beside them), a
legacy encoding for a new language (ISO-8859-1 Nynorsk Markdown) and new layouts (an English council annual report
printed by Chromium with two columns, tables and footnotes; a German press release on a city web page about a
multi-partner anniversary weekend; a Luxembourgish activity report in Word with numbered partner table, bullet
lists and a budget table; a Nynorsk council case paper in Markdown with footnotes and a blockquote; a Brazilian
e-mail reply above a quoted thread with a hand-written PDF report attached; a Japanese deck of grouped map markers
with speaker notes). Partner pairs are taken from ``../shared/data/twin-cities``; kinds, years, visits, dates and
cooperation items are invented.
"""

from __future__ import annotations

from email.message import EmailMessage

from corpus_common import (PLACES, Gold, Spec, claim, coop, deck_bytes, docx_bytes, docx_table, eml_bytes,
                           engagement, html_page, minimal_pdf, new_deck, new_docx, pages_html, partner, print_pdf,
                           registrar, slide_table, textbox, titled_slide)
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes (checked with `intercity resolve NAME --country CC --json`; some are already in the table)
    "Leeds": ("GB", "gn:2644688"), "Karlsruhe": ("DE", "gn:2892794"), "Esch-sur-Alzette": ("LU", "gn:2960596"),
    "Ålesund": ("NO", "gn:3163392"), "Campinas": ("BR", "gn:3467865"), "Gifu": ("JP", "gn:1863641"),
    # partners
    "Brno": ("CZ", "gn:3078610"), "Dortmund": ("DE", "gn:2935517"), "Durban": ("ZA", "gn:1007311"),
    "Hangzhou": ("CN", "gn:1808926"), "Lille": ("FR", "gn:2998324"), "Siegen": ("DE", "gn:2832495"),
    "Nancy": ("FR", "gn:2990999"), "Nottingham": ("GB", "gn:2641170"), "Halle (Saale)": ("DE", "gn:2911522"),
    "Timișoara": ("RO", "gn:665087"), "Krasnodar": ("RU", "gn:542420"), "Vinnytsia": ("UA", "gn:689558"),
    "Mödling": ("AT", "gn:2771335"), "Liège": ("BE", "gn:2792413"), "Puteaux": ("FR", "gn:2985034"),
    "Cologne": ("DE", "gn:2886242"), "Offenbach am Main": ("DE", "gn:2857807"), "Turin": ("IT", "gn:3165524"),
    "Velletri": ("IT", "gn:3164630"), "Coimbra": ("PT", "gn:2740637"), "Rotterdam": ("NL", "gn:2747891"),
    "Zemun": ("RS", "gn:783920"),
    "Randers": ("DK", "gn:2615006"), "Lahti": ("FI", "gn:649360"), "Akureyri": ("IS", "gn:2633274"),
    "Borgo a Mozzano": ("IT", "gn:3181815"), "Peterhead": ("GB", "gn:2640351"), "Tacoma": ("US", "gn:5812944"),
    "Västerås": ("SE", "gn:2664454"),
    "Indianapolis": ("US", "gn:4259418"), "San Diego": ("US", "gn:5391811"), "Cascais": ("PT", "gn:2269594"),
    "Viseu": ("PT", "gn:2732265"), "Zaragoza": ("ES", "gn:3104324"), "Concepción (CL)": ("CL", "gn:3893894"),
    "Fuzhou": ("CN", "gn:1810821"), "Córdoba (AR)": ("AR", "gn:3860259"), "Jericho": ("PS", "gn:284899"),
    "Daloa": ("CI", "gn:2290486"), "Cabinda": ("AO", "gn:2243271"),
    "Cincinnati": ("US", "gn:4508722"), "Thunder Bay": ("CA", "gn:6166142"), "Meidling": ("AT", "gn:2771706"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 137 Leeds annual report (en, printed PDF)

LD_TIES = [  # (name, country, relationship, since, canonical, kind)
    ("Dortmund", "Germany", "Twin city", 1969, "Dortmund", "sister"),
    ("Lille", "France", "Twin city", 1967, "Lille", "sister"),
    ("Siegen", "Germany", "Twin city", 1966, "Siegen", "sister"),
    ("Brno", "Czech Republic", "Twin city", 1998, "Brno", "sister"),
    ("Durban", "South Africa", "Twin city", 1998, "Durban", "sister"),
    ("Hangzhou", "China", "Friendship agreement", 1988, "Hangzhou", "friendship"),
]
LD_ITEMS = [  # (project, partner, status as printed, lead, status)
    ("Digital health records exchange", "Dortmund", "In progress", "Adults & Health", "in_progress"),
    ("Leeds–Lille student bursary scheme", "Lille", "Completed (second cohort)", "Children & Families",
     "completed"),
    ("Clean-air monitoring pilot", "Brno", "Agreed in principle", "Climate, Energy & Green Spaces", "agreed"),
    ("Cricket coaching exchange", "Durban", "On hold", "Active Leeds", "stalled"),
    ("Silk and textiles heritage exhibition", "Hangzhou", "Proposed by Hangzhou", "Leeds Museums & Galleries",
     "proposed"),
]


@document("137_leeds_international_relations_annual_report_2025_26_en.pdf", split="dev", home="Leeds",
          language="en",
          features=["pdf (printed by Chromium)", "English (UK council style: Lord Mayor, Executive Board, "
                    "financial year 2025/26)", "a chapter of a council annual report: two-column prose with "
                    "soft-hyphenated words, running header and 'Page n of m' footer, footnote markers and notes",
                    "twin cities and a friendship agreement in a table without numbers (City · Country · "
                    "Relationship · Since) spanning the page", "visits only in running prose: 'from Tuesday 16 to "
                    "Friday 19 September 2025' (incoming), '27–30 May 2025' (outgoing), a meeting with the Chinese "
                    "Consul General in Manchester '4 February 2026'", "Executive Board approval date and a bursary "
                    "closing date as distractors", "a project table with status and lead directorate; a spend "
                    "table as noise", "headline 'six partner-city relationships in five countries'"])
def leeds_pdf():
    canons = [t[4] for t in LD_TIES]
    n, k = len(canons), _countries(canons)
    ties = "".join(f"<tr><td>{w}</td><td>{c}</td><td>{r}</td><td>{y}</td></tr>" for w, c, r, y, _, _ in LD_TIES)
    items = "".join(f"<tr><td>{t}</td><td>{p}</td><td>{s}</td><td>{lead}</td></tr>"
                    for t, p, s, lead, _ in LD_ITEMS)
    p1 = (
        "<h1>3. Leeds in the world: international relations</h1>"
        '<div class="cols">'
        "<p>Leeds maintains six partner-city relationships in five countries: five formal twinning links, the "
        "oldest of which date from the 1960s, and a friendship agreement with Hangzhou.<sup>1</sup> This chapter "
        "reports on the financial year 2025/26 against the International Strategy that Executive Board approved on "
        "18 June 2025.</p>"
        "<p>The busiest week of the year coincided with the Leeds Inter&shy;national Piano Competition. From "
        "Tuesday 16 to Friday 19 September 2025 a delegation from Dortmund, led by its Lord Mayor, was hosted in "
        "Leeds; the programme included the Leeds Teaching Hospitals, the city's digital health hub and a civic "
        "reception at the Civic Hall, and closed with a football friendly between the two cities' council staff "
        "teams.</p>"
        "<p>Earlier in the year, 27–30 May 2025, the Lord Mayor of Leeds travelled to Brno for the Ignis "
        "Brunensis fireworks festival and signed, with the Mayor of Brno, a letter on clean-air monito&shy;ring "
        "that both councils have since agreed in principle.<sup>2</sup></p>"
        "<p>On 4 February 2026 the Leader of the Council met the Consul General of the People's Republic of "
        "China in Manchester to prepare the fortieth anniversary of the friendship agreement with Hangzhou in "
        "2028. Applications for the Leeds–Lille student bursaries for 2026/27 close on 31 March 2026.</p>"
        "</div>"
        "<h2>Table 3.1 Twin and partner cities of Leeds</h2>"
        f"<table><tr><th>City</th><th>Country</th><th>Relationship</th><th>Since</th></tr>{ties}</table>"
        '<div class="fn"><p><sup>1</sup> Leeds also takes part in the Eurocities network and the UK–Germany '
        "Connection programme; these are networks, not partnerships.</p>"
        "<p><sup>2</sup> Executive Board report, item 14, 15 October 2025.</p></div>")
    p2 = (
        "<h2>Table 3.2 Partnership projects, position at 31 March 2026</h2>"
        f"<table><tr><th>Project</th><th>Partner city</th><th>Status</th><th>Lead directorate</th></tr>{items}"
        "</table>"
        '<div class="cols">'
        "<p>The digital health records exchange with Dortmund is now in its second phase. The cricket coaching "
        "exchange with Durban is on hold until the KwaZulu-Natal Cricket Union confirms its coaching staff for "
        "the 2026 season.</p>"
        "<p>Spending on international relations remained within budget (Table 3.3). Travel was paid for by the "
        "receiving city wherever the partnership agreement provides for it.</p></div>"
        "<h2>Table 3.3 International relations spend (£)</h2>"
        "<table><tr><th>Heading</th><th>Budget 2025/26</th><th>Outturn</th></tr>"
        "<tr><td>Civic hospitality</td><td>18,000</td><td>16,420</td></tr>"
        "<tr><td>Travel and subsistence</td><td>12,500</td><td>9,870</td></tr>"
        "<tr><td>Grants to twinning associations</td><td>7,000</td><td>7,000</td></tr></table>")
    css = ".fn { font-size: 8pt; border-top: 0.5pt solid #888; margin-top: 6mm; padding-top: 2mm; }"
    html = pages_html("en", [p1, p2], "Leeds City Council · Annual Report 2025/26 · Chapter 3",
                      "Leeds City Council Annual Report 2025/26 — Page {page} of {pages}")
    html = html.replace("</style>", css + "</style>")
    gold = Gold(
        partnerships=[partner(w, c, kd) for w, _, _, _, c, kd in LD_TIES],
        engagements=[engagement("incoming", ["Dortmund"], "Leeds", "2025-09-16", "2025-09-19"),
                     engagement("outgoing", ["Leeds"], "Brno", "2025-05-27", "2025-05-30"),
                     engagement("meeting", ["CN"], "Leeds", "2026-02-04")],
        cooperation=[coop(t, st, ["Leeds", p]) for t, p, _, _, st in LD_ITEMS],
        claims=[claim("six partner-city relationships in five countries", n, k, "all", "consistent")],
    )
    assert (n, k) == (6, 5)
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 138 Karlsruhe press release (de, HTML)

KA_TIES = [  # (as written in the sidebar, country, since, canonical, kind)
    ("Nancy", "Frankreich", 1955, "Nancy", "sister"),
    ("Nottingham", "Großbritannien", 1969, "Nottingham", "sister"),
    ("Halle (Saale)", "Deutschland", 1987, "Halle (Saale)", "sister"),
    ("Krasnodar", "Russland", 1992, "Krasnodar", "sister"),
    ("Temeswar", "Rumänien", 1997, "Timișoara", "sister"),
]
KA_ITEMS = [  # (item as in the list, partner, status words, status)
    ("Austausch von Auszubildenden der Stadtwerke", "Nottingham", "vereinbart", "agreed"),
    ("Gemeinsamer Interreg-Antrag zur grenzüberschreitenden Straßenbahn", "Nancy", "läuft", "in_progress"),
    ("Schulmöbel und Generatoren, erste Lieferung", "Winnyzja", "abgeschlossen", "completed"),
    ("Austausch der Jugendsinfonieorchester", "Temeswar", "vorgeschlagen von Temeswar", "proposed"),
]


@document("138_karlsruhe_pressemitteilung_partnerstaedte_stadtgeburtstag_de.html", split="dev", home="Karlsruhe",
          language="de",
          features=["html", "German press release (Pressemitteilung) on a city web page: navigation, breadcrumb, "
                    "a sidebar listing the Partnerstädte with country and year and a Städtefreundschaft, a "
                    "sidebar of other press releases with dates, a footer naming neighbouring towns",
                    "a multi-partner event: delegations from four Partnerstädte and the friendship city attend the "
                    "city's birthday weekend 'vom 20. bis 22. Juni 2025' (one event engagement)", "an outgoing "
                    "visit in prose 'Anfang Mai, vom 6. bis 8. Mai, in Nancy' (year from the dateline)",
                    "German exonyms (Temeswar = Timișoara, Winnyzja = Vinnytsia)", "a suspended tie (Krasnodar, "
                    "Kontakte ruhen) still listed as a Partnerstadt", "the dateline and a registration deadline as "
                    "distractors", "agreements as a bullet list with German status words", "headline 'sechs "
                    "Partner- und Freundschaftsstädte in sechs Ländern'"])
def karlsruhe_html():
    canons = [t[3] for t in KA_TIES] + ["Vinnytsia"]
    n, k = len(canons), _countries(canons)
    lis = "".join(f"<li>{w} ({c}, seit {y}){' – Kontakte ruhen seit 2022' if c == 'Russland' else ''}</li>"
                  for w, c, y, _, _ in KA_TIES)
    items = "".join(f"<li>{t} ({p}): {s}</li>" for t, p, s, _ in KA_ITEMS)
    main = (
        '<nav class="breadcrumb">Startseite › Rathaus › Presse › Pressemitteilungen</nav>\n'
        '<article class="press"><p class="meta">Pressemitteilung Nr. 412 · Karlsruhe, 24. Juni 2025</p>\n'
        "<h1>Stadtgeburtstag mit Gästen aus ganz Europa</h1>\n"
        "<p class=\"lead\">Karlsruhe hat am Wochenende seinen 310. Geburtstag gefeiert – und zum ersten Mal seit "
        f"sechs Jahren waren fast alle Partnerstädte dabei. Die Stadt pflegt {n} Partner- und Freundschaftsstädte "
        f"in {k} Ländern.</p>\n"
        "<p>Vom 20. bis 22. Juni 2025 waren Delegationen aus den Partnerstädten Nancy, Nottingham, Halle (Saale) "
        "und Temeswar sowie aus der ukrainischen Freundschaftsstadt Winnyzja zu Gast. Die Gäste eröffneten mit "
        "Oberbürgermeister Frank Mentrup den Partnerstädtemarkt auf dem Marktplatz und nahmen am Festakt im "
        "Rathaus teil. Krasnodar war nicht eingeladen: die Kontakte ruhen seit 2022.</p>\n"
        "<p>Der Oberbürgermeister war bereits Anfang Mai, vom 6. bis 8. Mai, in Nancy, um mit dem Bürgermeister "
        "von Nancy den gemeinsamen Antrag für die Straßenbahn vorzubereiten. Beim Festakt wurden folgende "
        "Vorhaben besprochen:</p>\n"
        f"<ul>{items}</ul>\n"
        "<p>Bürgerinnen und Bürger, die im Herbst an der Bürgerreise nach Nottingham teilnehmen möchten, können "
        "sich bis zum 15. Juli 2025 beim Büro für Internationales anmelden.</p>\n"
        "<p class=\"contact\">Pressekontakt: Presse- und Informationsamt, Telefon 0721 133-1301</p></article>")
    aside = ("<section><h3>Unsere Partnerstädte</h3>"
             f"<ul>{lis}</ul><h3>Städtefreundschaft</h3><ul><li>Winnyzja (Ukraine, seit 2023)</li></ul></section>"
             '<section class="more"><h3>Weitere Pressemitteilungen</h3><ul>'
             "<li>23.06.2025 · Baustelle Kriegsstraße: Sperrung ab Montag</li>"
             "<li>20.06.2025 · Das Fest 2025: Anreise mit Bus und Bahn</li>"
             "<li>18.06.2025 · Gemeinderat beschließt Doppelhaushalt</li></ul></section>")
    nav = ('<a href="/">Startseite</a> <a href="/rathaus">Rathaus</a> <a href="/kultur">Kultur</a> '
           '<a href="/wirtschaft">Wirtschaft</a> <a href="/en">English</a> <a href="/fr">Français</a>')
    footer = ("<p>Stadt Karlsruhe · Karl-Friedrich-Straße 10 · 76133 Karlsruhe</p>"
              "<p>TechnologieRegion Karlsruhe: Bruchsal · Ettlingen · Rastatt · Baden-Baden · Landau</p>")
    html = html_page("de", "Pressemitteilung: Stadtgeburtstag mit Gästen aus ganz Europa – Stadt Karlsruhe",
                     nav, main, aside, footer)
    gold = Gold(
        partnerships=[partner(w, c, kd) for w, _, _, c, kd in KA_TIES]
        + [partner("Winnyzja", "Vinnytsia", "friendship")],
        engagements=[engagement("event", ["Nancy", "Nottingham", "Halle (Saale)", "Timișoara", "Vinnytsia"],
                                "Karlsruhe", "2025-06-20", "2025-06-22"),
                     engagement("outgoing", ["Karlsruhe"], "Nancy", "2025-05-06", "2025-05-08")],
        cooperation=[coop(t, st, ["Karlsruhe", {"Temeswar": "Timișoara", "Winnyzja": "Vinnytsia"}.get(p, p)])
                     for t, p, _, st in KA_ITEMS],
        claims=[claim(f"{n} Partner- und Freundschaftsstädte in {k} Ländern", n, k, "all", "consistent")],
    )
    assert (n, k) == (6, 6)
    return html, gold


# --------------------------------------------------------------------------- 139 Esch-sur-Alzette activity report (lb, DOCX)

ES_TIES = [  # (Luxembourgish name, country, form, year, canonical, kind)
    ("Köln", "Däitschland", "Jumelage", 1958, "Cologne", "sister"),
    ("Léck", "Belsch", "Jumelage", 1958, "Liège", "sister"),
    ("Lille", "Frankräich", "Jumelage", 1958, "Lille", "sister"),
    ("Rotterdam", "Holland", "Jumelage", 1958, "Rotterdam", "sister"),
    ("Turin", "Italien", "Jumelage", 1958, "Turin", "sister"),
    ("Offenbach am Main", "Däitschland", "Jumelage", 1958, "Offenbach am Main", "sister"),
    ("Mödling", "Éisträich", "Jumelage", 1969, "Mödling", "sister"),
    ("Puteaux", "Frankräich", "Jumelage", 1980, "Puteaux", "sister"),
    ("Velletri", "Italien", "Jumelage", 1980, "Velletri", "sister"),
    ("Coimbra", "Portugal", "Kooperatiounsaccord", 1992, "Coimbra", "partner"),
    ("Zemun (Belgrad)", "Serbien", "Frëndschaftsofkommes", 2002, "Zemun", "friendship"),
]
ES_ITEMS = [  # (project, partner, status words, status)
    ("Schüleraustausch vun de Lycéeën", "Mödling", "amgaang", "in_progress"),
    ("Ausstellung iwwer d'Minettsindustrie", "Lille", "ofgeschloss, d'Ausstellung ass eriwwer", "completed"),
    ("Studie iwwer Vëlospisten an der Stad", "Rotterdam", "ënnerschriwwen am Gemengerot", "agreed"),
    ("Kulturpass fir Jonker", "Velletri", "proposéiert vu Velletri", "proposed"),
    ("Jugend-Fussballturnéier", "Zemun", "op Äis geluecht", "stalled"),
]


@document("139_esch_uelzecht_aktiviteitsrapport_partnerstied_lb.docx", split="dev", home="Esch-sur-Alzette",
          language="lb",
          features=["docx", "Luxembourgish (the city as Esch-Uelzecht; French service names beside it)", "an "
                    "activity report of the city's twinning service: headings, a numbered partner table (Nr. · "
                    "Stad · Land · Form · Zënter), bullet lists, a budget table as noise and a signature block",
                    "Jumelage = sister, Kooperatiounsaccord = partner, Frëndschaftsofkommes = friendship; "
                    "Luxembourgish exonyms and country names (Léck = Liège, Köln, 'Zemun (Belgrad)')", "visits in "
                    "prose: 'Vum 5. bis de 7. Mäerz 2025' (incoming), 'am Oktober 2025' (outgoing, month), an "
                    "ambassador received 'den 12. Juli 2025' (a country as the visiting party)", "a council "
                    "session date as a distractor", "project statuses in Luxembourgish in a bullet list",
                    "headline in words 'mat eelef Stied an aacht Länner'"])
def esch_docx():
    canons = [t[4] for t in ES_TIES]
    n, k = len(canons), _countries(canons)
    doc = new_docx()
    doc.add_paragraph("Ville d'Esch-sur-Alzette · Service Relations internationales et Jumelages")
    doc.add_heading("Aktivitéitsrapport 2025: eis Partnerstied", level=1)
    doc.add_paragraph(
        "Esch-Uelzecht ass haut mat eelef Stied an aacht Länner verbonnen. Déi meescht Jumelagen ginn op d'Joer "
        "1958 zeréck, wéi sech sechs Industriestied zu enger Famill vu Partnerstied zesummegeschloss hunn.")
    doc.add_heading("1. Eis Partnerstied", level=2)
    rows = [["Nr.", "Stad", "Land", "Form", "Zënter"]]
    rows += [[str(i), w, c, f, str(y)] for i, (w, c, f, y, _, _) in enumerate(ES_TIES, 1)]
    docx_table(doc, rows)
    doc.add_heading("2. Visitten an Empfäng", level=2)
    doc.add_paragraph(
        "Vum 5. bis de 7. Mäerz 2025 war eng Delegatioun aus Coimbra zu Esch, fir de Kooperatiounsaccord ze "
        "verlängeren an d'Universitéit Lëtzebuerg zu Belval ze besichen. Den 12. Juli 2025 huet de Schäfferot "
        "d'Ambassadrice vu Portugal am Stadhaus empfaangen. Am Oktober 2025 ass de Buergermeeschter mat enger "
        "Delegatioun vum Gemengerot op Velletri gefuer, fir d'Weinfest an d'Jumelage ze feieren.")
    doc.add_heading("3. Projeten", level=2)
    for t, p, s, _ in ES_ITEMS:
        doc.add_paragraph(f"{t} ({p}): {s}", style="List Bullet")
    doc.add_paragraph("De Gemengerot huet de Rapport an der Sëtzung vum 28. November 2025 ugeholl.")
    doc.add_heading("4. Budget", level=2)
    docx_table(doc, [["Posten", "Budget 2025 (€)", "Ausgaben (€)"],
                     ["Empfäng a Protokoll", "35.000", "31.240"],
                     ["Reesen", "20.000", "14.880"],
                     ["Subside fir de Comité de jumelage", "12.500", "12.500"]])
    doc.add_paragraph("Fir de Schäfferot,\nDe Sekretär\nDe Buergermeeschter")
    gold = Gold(
        partnerships=[partner(w, c, kd, i) for i, (w, _, _, _, c, kd) in enumerate(ES_TIES, 1)],
        engagements=[engagement("incoming", ["Coimbra"], "Esch-sur-Alzette", "2025-03-05", "2025-03-07"),
                     engagement("meeting", ["PT"], "Esch-sur-Alzette", "2025-07-12"),
                     engagement("outgoing", ["Esch-sur-Alzette"], "Velletri", "2025-10")],
        cooperation=[coop(t, st, ["Esch-sur-Alzette", p]) for t, p, _, st in ES_ITEMS],
        claims=[claim("eelef Stied an aacht Länner", n, k, "all", "consistent")],
    )
    assert (n, k) == (11, 8)
    return docx_bytes(doc, "Aktivitéitsrapport 2025 – Partnerstied"), gold


# --------------------------------------------------------------------------- 140 Ålesund case paper (nn, Markdown ISO-8859-1)

AL_TIES = [  # (name, country, agreement, year, canonical, kind)
    ("Randers", "Danmark", "vennskapsby", 1948, "Randers", "sister"),
    ("Lahti", "Finland", "vennskapsby", 1948, "Lahti", "sister"),
    ("Västerås", "Sverige", "vennskapsby", 1948, "Västerås", "sister"),
    ("Akureyri", "Island", "vennskapsby", 1957, "Akureyri", "sister"),
    ("Peterhead", "Skottland", "vennskapsby", 1967, "Peterhead", "sister"),
    ("Borgo a Mozzano", "Italia", "vennskapsby", 1998, "Borgo a Mozzano", "sister"),
    ("Tacoma", "USA", "samarbeidsavtale", 2016, "Tacoma", "partner"),
]
AL_ITEMS = [  # (item, partner, status words, status)
    ("Felles fiskerimuseum-utstilling", "Peterhead", "vedteke", "agreed"),
    ("Elevutveksling for vidaregåande skular", "Lahti", "i gang", "in_progress"),
    ("Jugendstil-vandreutstilling", "Västerås", "fullført", "completed"),
    ("Sjømatveke i Tacoma", "Tacoma", "lagt på is", "stalled"),
    ("Direkte flyrute til Akureyri", "Akureyri", "lagt bort", "dropped"),
]


@document("140_alesund_saksframlegg_vennskapsbyar_nn_latin1.md", split="dev", home="Ålesund", language="nn",
          encoding="iso-8859-1",
          features=["markdown (ISO-8859-1)", "Norwegian Nynorsk (byar, skular, vedteke, frå, veke)", "a case "
                    "paper (saksframlegg) to the executive board: case number and meeting date, headings, a "
                    "Markdown table (By | Land | Avtale | År), a blockquote, footnotes [^1], links",
                    "vennskapsby = sister, samarbeidsavtale = partner (Tacoma)", "visits only in prose: "
                    "'10.-12. juni' with '2025' on the next line (outgoing, the Nordic twin-town meeting in Lahti), 'frå tysdag 16. til "
                    "torsdag 18. september' (incoming, the year from the heading)", "the meeting date, a "
                    "deadline and signing years as distractors", "items as a dash list with Nynorsk statuses",
                    "headline in words 'seks vennskapsbyar i seks land'"])
def alesund_md():
    sisters = [t for t in AL_TIES if t[5] == "sister"]
    n, k = len(sisters), _countries([t[4] for t in sisters])
    table = "\n".join(f"| {w} | {c} | {a} | {y} |" for w, c, a, y, _, _ in AL_TIES)
    items = "\n".join(f"- {t} ({p}): **{s}**" for t, p, s, _ in AL_ITEMS)
    text = f"""# Saksframlegg: Vennskapsbyane til Ålesund - status 2025 og vidare arbeid

Saksnr.: 2025/1184 · Utval: Formannskapet · Møtedato: 28.10.2025
Sakshandsamar: Internasjonal koordinator, [Ålesund kommune](https://www.alesund.kommune.no)

## Innstilling

Formannskapet tek statusrapporten til orientering og ber kommunedirektøren halde fram arbeidet med
vennskapsbyane innanfor gjeldande budsjett.

## Bakgrunn

Ålesund har seks vennskapsbyar i seks land. I tillegg har kommunen ein samarbeidsavtale med Tacoma (USA)
frå 2016, knytt til sjømat og hamneutvikling.[^1] Dei nordiske vennskapsbyane går attende til tida etter
krigen, då Ålesund fekk hjelp til gjenreisinga.

| By | Land | Avtale | År |
|----|------|--------|----|
{table}

> Merknad: Molde, Giske og Sula er nabokommunar og ikkje vennskapsbyar, sjølv om dei ofte er med på
> arrangementa.

## Besøk og møte i 2025

Ordføraren og to medlemer av formannskapet deltok på det nordiske vennskapsbymøtet i Lahti 10.-12. juni
2025, saman med delegasjonar frå Randers og Västerås. Tema var klimatilpassing i hamnebyar.

Ein delegasjon frå Peterhead, leidd av provosten, vitja Ålesund frå tysdag 16. til torsdag 18. september i
samband med Jugendfesten. Dei møtte fiskerinæringa og besøkte Jugendstilsenteret.[^2]

## Status for samarbeidstiltaka

{items}

Søknadsfristen for vennskapsbymidlar for 2026 er 1. februar 2026.

## Økonomi

Tiltaka vert dekte av budsjettpost 1.2.4 *Internasjonalt arbeid* (kr 420 000 i 2025).

[^1]: Avtalen med Tacoma vart underteikna 14. mai 2016 og er ikkje ein vennskapsbyavtale.
[^2]: Programmet for besøket ligg i vedlegg 2 (ikkje publisert).
"""
    gold = Gold(
        partnerships=[partner(w, c, kd) for w, _, _, _, c, kd in AL_TIES],
        engagements=[engagement("outgoing", ["Ålesund"], "Lahti", "2025-06-10", "2025-06-12"),
                     engagement("incoming", ["Peterhead"], "Ålesund", "2025-09-16", "2025-09-18")],
        cooperation=[coop(t, st, ["Ålesund", p]) for t, p, _, st in AL_ITEMS],
        claims=[claim("seks vennskapsbyar i seks land", n, k, "sister", "consistent")],
    )
    assert (n, k) == (6, 6)
    return text.encode("iso-8859-1"), gold


# --------------------------------------------------------------------------- 141 Campinas e-mail reply (pt-BR, EML + PDF)

CP_SISTERS = [  # (as written, country, canonical)
    ("Gifu", "Japão", "Gifu"), ("Indianápolis", "EUA", "Indianapolis"), ("San Diego", "EUA", "San Diego"),
    ("Cascais", "Portugal", "Cascais"), ("Viseu", "Portugal", "Viseu"), ("Saragoça", "Espanha", "Zaragoza"),
    ("Concepción", "Chile", "Concepción (CL)"), ("Fuzhou", "China", "Fuzhou"),
    ("Córdoba", "Argentina", "Córdoba (AR)"), ("Jericó", "Palestina", "Jericho"),
]
CP_PARTNERS = [("Daloa", "Costa do Marfim", "Daloa"), ("Cabinda", "Angola", "Cabinda")]
CP_ITEMS = [  # (item, partner as written, status words, canonical, status)
    ("Reforma do Jardim Japonês do Parque Taquaral", "Gifu", "concluído", "Gifu", "completed"),
    ("Intercâmbio de estudantes de enfermagem", "Gifu", "em andamento", "Gifu", "in_progress"),
    ("Protocolo de cidades inteligentes", "Indianápolis", "acordado (assinatura em 2026)", "Indianapolis",
     "agreed"),
    ("Feira de tecnologia agrícola", "Fuzhou", "proposta por Fuzhou", "Fuzhou", "proposed"),
    ("Festival de fado e choro", "Cascais", "suspenso", "Cascais", "stalled"),
]


@document("141_campinas_resposta_visita_gifu_pt_br.eml", split="dev", home="Campinas", language="pt",
          encoding="utf-8",
          features=["eml (UTF-8, 8bit) with a hand-written PDF report attached", "Portuguese of Brazil (Prefeito, "
                    "Coordenadoria, 'EUA', 'Costa do Marfim')", "a reply written above a quoted thread ('Em ter., "
                    "14 de out. de 2025 às 09:47, … escreveu:' and '> ' lines) with signatures and a disclaimer",
                    "visits in prose without a year ('de 4 a 7 de novembro', year from the Date: header), a "
                    "meeting with the Consul General of Japan on 'dia 9 de outubro', an outgoing mission 'em março "
                    "de 2026' (month)", "cidades-irmãs inline in the quoted message with Portuguese exonyms "
                    "(Indianápolis, Saragoça, Jericó), acordos de cooperação (Daloa, Cabinda)", "an inconsistent "
                    "count in the quoted message ('doze cidades-irmãs' with ten listed) corrected in the reply "
                    "('são dez cidades-irmãs, não doze'; two towns named as not being sister cities)", "items with Portuguese "
                    "statuses in the attached PDF's two-column lines", "an RSVP deadline as a distractor"])
def campinas_email():
    msg = EmailMessage()
    msg["From"] = "Coordenadoria de Relações Internacionais <cri@campinas.example>"
    msg["To"] = "Gabinete do Prefeito <gabinete@campinas.example>"
    msg["Subject"] = "RE: Visita da delegação de Gifu e lista das cidades-irmãs"
    msg["Date"] = "Thu, 16 Oct 2025 15:22:10 -0300"
    msg["Message-ID"] = "<corpus-141-reply@campinas.example>"
    msg["In-Reply-To"] = "<corpus-141@campinas.example>"
    sisters = ", ".join(f"{w} ({c})" for w, c, _ in CP_SISTERS[:-1]) + f" e {CP_SISTERS[-1][0]} ({CP_SISTERS[-1][1]})"
    quoted = (
        "Prezada Coordenadoria,\n\n"
        "para o discurso do Prefeito na abertura da Semana Japonesa precisamos da lista atualizada das\n"
        "cidades-irmãs. Pelo que temos aqui, Campinas tem doze cidades-irmãs: "
        f"{sisters}.\n"
        "Há também acordos de cooperação com Daloa (Costa do Marfim) e Cabinda (Angola), correto?\n\n"
        "Outra dúvida: a delegação de Gifu já tem data?\n\n"
        "Att.,\nMarina Albuquerque\nChefe de Gabinete\n")
    quoted = "\n".join("> " + line if line else ">" for line in quoted.splitlines())
    body = (
        "Prezada Marina,\n\n"
        "a lista está correta, com uma ressalva: são dez cidades-irmãs, não doze (Blumenau e Belém foram\n"
        "incluídas por engano na contagem antiga: não são cidades-irmãs de Campinas).\n\n"
        "Confirmamos a visita da delegação de Gifu, chefiada pelo vice-prefeito, de 4 a 7 de novembro.\n"
        "O programa inclui a Semana Japonesa, a inauguração do Jardim Japonês reformado no Parque Taquaral\n"
        "e uma visita à Unicamp. Na semana passada, dia 9 de outubro, o Prefeito recebeu no Palácio dos\n"
        "Jequitibás o cônsul-geral do Japão em São Paulo, que confirmou presença na abertura.\n\n"
        "A missão a Fuzhou, para a feira de tecnologia agrícola, fica prevista para março de 2026.\n"
        "Segue anexo o relatório de cooperação com a situação de cada projeto. Pedimos confirmar até\n"
        "24/10 os nomes dos secretários que acompanharão o jantar oficial.\n\n"
        "Abraços,\n"
        "Rafael Nogueira\n"
        "Coordenador de Relações Internacionais\n"
        "Prefeitura Municipal de Campinas\n"
        "Av. Anchieta, 200 – 19º andar – Centro – Campinas/SP – CEP 13015-904\n"
        "Tel. (19) 2116-0000\n\n"
        "Em ter., 14 de out. de 2025 às 09:47, Marina Albuquerque <gabinete@campinas.example> escreveu:\n"
        f"{quoted}\n\n"
        "--\n"
        "Esta mensagem pode conter informação confidencial. Se você a recebeu por engano, apague-a.\n")
    msg.set_content(body, charset="utf-8", cte="8bit")

    def line(y, text, x=56, size=10):
        return (x, y, size, text)

    p1 = [line(800, "PREFEITURA MUNICIPAL DE CAMPINAS", size=9),
          line(786, "Coordenadoria de Relações Internacionais - Relatório de cooperação, outubro de 2025", size=9),
          line(750, "Situação dos projetos com cidades-irmãs", size=14),
          line(720, "Projeto", size=10), line(720, "Cidade", x=330), line(720, "Situação", x=430)]
    y = 700
    for t, p, s, _, _ in CP_ITEMS:
        p1 += [line(y, t), line(y, p, x=330), line(y, s, x=430)]
        y -= 20
    p1 += [line(y - 20, "Observação: o convênio com Concepción foi renovado em 12/08/2024."),
           line(60, "Relatório CRI n.º 27/2025 - pág. 1/1", x=230, size=8)]
    msg.add_attachment(minimal_pdf([p1]), maintype="application", subtype="pdf",
                       filename="Relatorio_cooperacao_out2025.pdf")
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, c in CP_SISTERS]
        + [partner(w, c, "partner") for w, _, c in CP_PARTNERS],
        engagements=[engagement("incoming", ["Gifu"], "Campinas", "2025-11-04", "2025-11-07"),
                     engagement("meeting", ["JP"], "Campinas", "2025-10-09"),
                     engagement("outgoing", ["Campinas"], "Fuzhou", "2026-03")],
        cooperation=[coop(t, st, ["Campinas", c]) for t, _, _, c, st in CP_ITEMS],
        claims=[claim("dez cidades-irmãs", 10, None, "sister", "consistent"),
                claim("doze cidades-irmãs", 12, None, "sister", "inconsistent")],
    )
    assert len(CP_SISTERS) == 10
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 142 Gifu deck (ja, PPTX with map markers)

GF_TIES = [  # (Japanese name, country, kind word, year, canonical, kind, x, y on the map)
    ("シンシナティ市", "アメリカ合衆国", "姉妹都市", 1988, "Cincinnati", "sister", 2.2, 2.4),
    ("カンピーナス市", "ブラジル", "姉妹都市", 1982, "Campinas", "sister", 4.0, 5.0),
    ("サンダーベイ市", "カナダ", "姉妹都市", 2002, "Thunder Bay", "sister", 1.8, 1.5),
    ("マイドリング区（ウィーン）", "オーストリア", "姉妹都市", 2009, "Meidling", "sister", 6.8, 1.8),
    ("杭州市", "中国", "友好都市", 1979, "Hangzhou", "friendship", 10.2, 2.9),
]
GF_ITEMS = [  # (project, partner, status words, canonical, status)
    ("高校生派遣交流事業", "シンシナティ市", "実施中", "Cincinnati", "in_progress"),
    ("日本庭園改修への技術協力", "カンピーナス市", "完了", "Campinas", "completed"),
    ("茶文化交流展の共同開催", "杭州市", "合意済み", "Hangzhou", "agreed"),
    ("冬季スポーツ指導者交流", "サンダーベイ市", "先方から提案", "Thunder Bay", "proposed"),
    ("音楽学校の相互訪問", "マイドリング区", "休止中", "Meidling", "stalled"),
]


@document("142_gifu_kokusai_koryu_hokoku_map_ja.pptx", split="dev", home="Gifu", language="ja",
          features=["pptx", "Japanese", "a half-year report deck of the city's international exchange section: "
                    "a map slide with one group shape per partner (oval marker, name, country and kind · year "
                    "in separate text boxes) placed by geography, not in list order", "姉妹都市 = sister, 友好都市 "
                    "= friendship; a ward of Vienna as a partner (マイドリング区（ウィーン）), explained in the "
                    "speaker notes", "an exchange table with 令和 dates ('令和7年5月12日～15日' incoming, "
                    "'令和7年8月' outgoing, month) and a recruitment deadline as a distractor", "an outgoing visit "
                    "told only in the speaker notes ('11月4日から7日まで', year from the 令和7年度 title)",
                    "a project table with Japanese statuses", "headline '5か国5都市'"])
def gifu_deck():
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches, Pt

    canons = [t[4] for t in GF_TIES]
    n, k = len(canons), _countries(canons)
    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[6])
    textbox(s.shapes, 0.8, 2.0, 11.5, 1.4, ["岐阜市の国際交流"], 40)
    textbox(s.shapes, 0.8, 3.6, 11.5, 1.4, ["令和7年度 上半期報告", "岐阜市 市民協働推進部 国際課"], 20)
    s = titled_slide(prs, f"姉妹都市・友好都市（{k}か国{n}都市）")
    for i, (name, ctry, kw, year, _, _, x, y) in enumerate(sorted(GF_TIES, key=lambda t: t[6])):
        grp = s.shapes.add_group_shape()
        dot = grp.shapes.add_shape(MSO_SHAPE.OVAL, Inches(x), Inches(y + 0.1), Inches(0.25), Inches(0.25))
        dot.name = f"マーカー {i + 1}"
        for txt, dy, size in [(name, 0.0, 16), (ctry, 0.4, 12), (f"{kw}・{year}年", 0.7, 12)]:
            box = grp.shapes.add_textbox(Inches(x + 0.35), Inches(y + dy), Inches(2.6), Inches(0.4))
            run = box.text_frame.paragraphs[0].add_run()
            run.text = txt
            run.font.size = Pt(size)
    textbox(s.shapes, 8.5, 6.4, 4.5, 0.6, ["岐阜市 ●"], 14)
    s.notes_slide.notes_text_frame.text = (
        "マイドリング区はウィーン市の第12区で、協定は区と締結しています。"
        "杭州市とは友好都市提携から46年になります。")
    s = titled_slide(prs, "令和7年度上半期の主な交流")
    slide_table(s, [["年月日", "相手都市", "内容"],
                    ["令和7年5月12日～15日", "シンシナティ市", "副市長を団長とする訪問団が来岐、長良川鵜飼を視察"],
                    ["令和7年8月", "杭州市", "岐阜市長が杭州市を訪問、友好交流会議に出席"],
                    ["令和7年9月30日", "―", "国際交流員（CIR）募集締切"]], 0.8, 1.6, 11.5, 16)
    s.notes_slide.notes_text_frame.text = (
        "下半期には、11月4日から7日まで副市長を団長とする訪問団がカンピーナス市を訪れ、改修した日本庭園の"
        "完成式典に出席する予定です。")
    s = titled_slide(prs, "協力事業の状況")
    slide_table(s, [["事業名", "相手都市", "状況"]] + [[t, p, st] for t, p, st, _, _ in GF_ITEMS], 0.8, 1.6,
                11.5, 16)
    gold = Gold(
        partnerships=[partner(w, c, kd) for w, _, _, _, c, kd, _, _ in GF_TIES],
        engagements=[engagement("incoming", ["Cincinnati"], "Gifu", "2025-05-12", "2025-05-15"),
                     engagement("outgoing", ["Gifu"], "Hangzhou", "2025-08"),
                     engagement("outgoing", ["Gifu"], "Campinas", "2025-11-04", "2025-11-07")],
        cooperation=[coop(t, st, ["Gifu", c]) for t, _, _, c, st in GF_ITEMS],
        claims=[claim(f"{k}か国{n}都市", n, k, "all", "consistent")],
    )
    assert (n, k) == (5, 5)
    return deck_bytes(prs, "岐阜市の国際交流 令和7年度上半期報告"), gold
