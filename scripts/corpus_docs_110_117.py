"""Corpus documents 110-117 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

Seventh batch, written on 2026-12-01 (110-120, with ``corpus_docs_118_120.py`` for the test documents):
new homes (Ghent, Ljubljana, Novi Sad, Puebla, Tirana, Qingdao, Baku, Dar es Salaam), new languages
(Dutch of Flanders, Slovene, Serbian Cyrillic, Mexican Spanish, Albanian, Azerbaijani, Swahili; Chinese in a
chat log) and new layouts (an open-data CSV of agreements embedded in a web page, minutes of a video call,
an anniversary press kit with a timeline of visits, a grant application, a protocol gift register attached
to an e-mail, a WeChat group log, an annual report chapter with footnotes, a delegation's timetable).
Partner pairs are taken from ``../shared/data/twin-cities``; kinds, years, visits, dates and cooperation
items are invented.
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
    # homes (some are already in the table as partners, same values)
    "Ghent": ("BE", "gn:2797656"), "Ljubljana": ("SI", "gn:3196359"), "Novi Sad": ("RS", "gn:3194360"),
    "Puebla": ("MX", "gn:3521081"), "Tirana": ("AL", "gn:3183875"), "Qingdao": ("CN", "gn:1797929"),
    "Baku": ("AZ", "gn:587084"), "Dar es Salaam": ("TZ", "gn:160263"),
    # partners
    "Kanazawa": ("JP", "gn:1860243"), "Melle (DE)": ("DE", "gn:2872079"), "Mohammedia": ("MA", "gn:2542051"),
    "Nottingham": ("GB", "gn:2641170"), "Tallinn": ("EE", "gn:588409"), "Wiesbaden": ("DE", "gn:2809346"),
    "Graz": ("AT", "gn:2778067"), "Chengdu": ("CN", "gn:1815286"), "Rijeka": ("HR", "gn:3191648"),
    "Chemnitz": ("DE", "gn:2940132"), "Leverkusen": ("DE", "gn:2878234"), "Parma": ("IT", "gn:3171457"),
    "Pesaro": ("IT", "gn:3171173"), "Belgrade": ("RS", "gn:792680"), "Bratislava": ("SK", "gn:3060972"),
    "Sarajevo": ("BA", "gn:3191281"), "Cleveland": ("US", "gn:5150529"), "Zagreb": ("HR", "gn:3186886"),
    "Dortmund": ("DE", "gn:2935517"), "Norwich": ("GB", "gn:2641181"), "Modena": ("IT", "gn:3173331"),
    "Pécs": ("HU", "gn:3046526"), "Timișoara": ("RO", "gn:665087"), "Changchun": ("CN", "gn:2038180"),
    "Budva": ("ME", "gn:3203106"), "Toluca": ("MX", "gn:3515302"), "Kumanovo": ("MK", "gn:788886"),
    "Łódź": ("PL", "gn:3093133"), "Florence": ("IT", "gn:3176959"), "Arequipa": ("PE", "gn:3947322"),
    "Cusco": ("PE", "gn:3941584"), "Cartagena": ("CO", "gn:3687238"), "Oklahoma City": ("US", "gn:4544349"),
    "Wuxi": ("CN", "gn:1790923"), "León (ES)": ("ES", "gn:3118532"), "Managua": ("NI", "gn:3617763"),
    "Ankara": ("TR", "gn:323786"), "Beijing": ("CN", "gn:1816670"), "Bursa": ("TR", "gn:750269"),
    "Doha": ("QA", "gn:290030"), "Kharkiv": ("UA", "gn:706483"), "Skopje": ("MK", "gn:785842"),
    "Mannheim": ("DE", "gn:2873891"), "Regensburg": ("DE", "gn:2849483"), "Nantes": ("FR", "gn:2990969"),
    "Vigo": ("ES", "gn:3105976"), "Long Beach": ("US", "gn:5367929"), "Daegu": ("KR", "gn:1835329"),
    "Southampton": ("GB", "gn:2637487"), "Pattaya": ("TH", "gn:1614295"),
    "Bordeaux": ("FR", "gn:3031582"), "Houston": ("US", "gn:4699066"), "İzmir": ("TR", "gn:311046"),
    "Naples": ("IT", "gn:3172394"), "Kyiv": ("UA", "gn:703448"), "Tbilisi": ("GE", "gn:611717"),
    "Tabriz": ("IR", "gn:113646"), "Dakar": ("SN", "gn:2253354"),
    "Hamburg": ("DE", "gn:2911298"), "Changzhou": ("CN", "gn:1815456"), "Liuzhou": ("CN", "gn:1803300"),
    "Samsun": ("TR", "gn:740264"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 110 Ghent open-data CSV in HTML (nl)

GENT = [  # (id, city, country, type, year, canonical, kind)
    ("IB-001", "Kanazawa", "Japan", "stedenband", 1971, "Kanazawa", "sister"),
    ("IB-002", "Nottingham", "Verenigd Koninkrijk", "stedenband", 1985, "Nottingham", "sister"),
    ("IB-003", "Wiesbaden", "Duitsland", "stedenband", 2000, "Wiesbaden", "sister"),
    ("IB-004", "Melle", "Duitsland", "vriendschapsovereenkomst", 1997, "Melle (DE)", "friendship"),
    ("IB-005", "Mohammedia", "Marokko", "vriendschapsovereenkomst", 2008, "Mohammedia", "friendship"),
    ("IB-006", "Tallinn", "Estland", "samenwerkingsovereenkomst", 2016, "Tallinn", "partner"),
]
GENT_ITEMS = [("Uitwisseling fietsbeleid en knips", "Nottingham", "lopend", "in_progress"),
              ("Residentie voor ambachtslieden", "Kanazawa", "afgerond", "completed"),
              ("Circulaire haven en walstroom", "Tallinn", "voorgesteld door Tallinn", "proposed"),
              ("Jongerenuitwisseling sport", "Mohammedia", "opgeschort", "stalled")]


@document("110_gent_internationale_overeenkomsten_opendata_nl.html", split="dev", home="Ghent", language="nl",
          features=["html", "Dutch (Flanders)", "an open-data page: the dataset of international agreements "
                    "embedded as semicolon-separated CSV in a <pre> block, with a column dictionary", "stedenband = "
                    "sister, vriendschapsovereenkomst = friendship, samenwerkingsovereenkomst = partner; an ended "
                    "agreement and a network membership as rows that are not partners", "Melle (Germany) as a "
                    "partner while the sidebar names the Flemish municipality Melle next door", "a second CSV of "
                    "projects with Dutch statuses", "news with 'Gepubliceerd op' dates; 'van 14 tot 16 mei 2025', "
                    "'op 2 en 3 oktober 2025'", "headline '6 partnersteden in 5 landen'"])
def gent_html():
    canons = [c for *_, c, _ in GENT]
    csv = ["id;stad;land;type_overeenkomst;jaar;status"]
    csv += [f"{i};{s};{l};{t};{y};actief" for i, s, l, t, y, _, _ in GENT]
    csv += ["IB-007;Eurocities;;netwerklidmaatschap;1989;actief",
            "IB-008;Yeosu;Zuid-Korea;intentieverklaring;2012;beëindigd (2019)"]
    proj = ["project;partnerstad;status"] + [f"{t};{p};{s}" for t, p, s, _ in GENT_ITEMS]
    main = (
        '<nav class="crumbs">Home › Bestuur › Open data › Internationale overeenkomsten</nav>\n'
        "<h1>Dataset: internationale overeenkomsten van Stad Gent</h1>\n"
        "<p>Stad Gent publiceert de lijst van haar internationale overeenkomsten als open data (licentie "
        "Modellicentie Gratis Hergebruik). Laatste bijwerking: 30 juni 2025. "
        f"Gent onderhoudt vandaag {len(canons)} partnersteden in {_countries(canons)} landen.</p>\n"
        '<p><a href="/opendata/internationale-overeenkomsten.csv">Download CSV</a> · '
        '<a href="/opendata/internationale-overeenkomsten.json">JSON</a> · 8 records</p>\n'
        '<h2>Voorbeeld van de data</h2>\n<pre class="csv">' + "\n".join(csv) + "</pre>\n"
        "<h2>Woordenboek</h2>\n<table><tr><th>kolom</th><th>betekenis</th></tr>"
        "<tr><td>type_overeenkomst</td><td>stedenband, vriendschapsovereenkomst, samenwerkingsovereenkomst, "
        "netwerklidmaatschap of intentieverklaring</td></tr>"
        "<tr><td>status</td><td>actief of beëindigd (met jaartal)</td></tr></table>\n"
        '<h2>Gerelateerde dataset: projecten met partnersteden</h2>\n<pre class="csv">' + "\n".join(proj) + "</pre>\n"
        "<h2>Nieuws</h2>\n"
        '<article><h3>Delegatie uit Kanazawa in Gent</h3><p class="meta">Gepubliceerd op 19 mei 2025</p>'
        "<p>Van 14 tot 16 mei 2025 ontving burgemeester de delegatie van onze Japanse zusterstad onder leiding "
        "van de vicevoorzitter van de gemeenteraad. Op het programma: de Gentse Floraliën en een werkbezoek aan "
        "het ambachtenhuis.</p></article>\n"
        '<article><h3>Schepen reist naar Tallinn</h3><p class="meta">Gepubliceerd op 12 september 2025</p>'
        "<p>Op 2 en 3 oktober 2025 brengt de schepen van Haven en Economie een werkbezoek aan Tallinn, om de "
        "samenwerking rond walstroom te bespreken. De inschrijving voor bedrijven sluit op 19 september 2025.</p>"
        "</article>")
    aside = ("<h3>Gent en de regio</h3><ul><li>Melle</li><li>Merelbeke</li><li>Destelbergen</li>"
             "<li>Lochristi</li></ul><p>Dienstverlening in Sint-Amandsberg en Ledeberg.</p>")
    html = html_page("nl-BE", "Internationale overeenkomsten – Open data Stad Gent",
                     '<a href="/">Stad Gent</a> <a href="/opendata">Open data</a> <a href="/bestuur">Bestuur</a>',
                     main, aside, "Stad Gent · Botermarkt 1, 9000 Gent · open data: opendata@stad.gent.example")
    gold = Gold(
        partnerships=[partner(s, c, k) for _, s, _, _, _, c, k in GENT],
        engagements=[engagement("incoming", ["Kanazawa"], "Ghent", "2025-05-14", "2025-05-16"),
                     engagement("outgoing", ["Ghent"], "Tallinn", "2025-10-02", "2025-10-03")],
        cooperation=[coop(t, s, ["Ghent", p]) for t, p, _, s in GENT_ITEMS],
        claims=[claim(f"{len(canons)} partnersteden in {_countries(canons)} landen", len(canons),
                      _countries(canons), "all", "consistent")],
    )
    return html, gold



# --------------------------------------------------------------------------- 111 Ljubljana video-call minutes (sl, DOCX)

LJ_SISTERS = [("Gradcem", "Graz"), ("Zagrebom", "Zagreb"), ("Sarajevom", "Sarajevo"), ("Beogradom", "Belgrade"),
              ("Bratislavo", "Bratislava"), ("Chengdujem", "Chengdu"), ("Clevelandom", "Cleveland"),
              ("Chemnitzem", "Chemnitz"), ("Leverkusnom", "Leverkusen")]
LJ_PARTNERS = [("Parma", "Parma"), ("Pesaro", "Pesaro"), ("Reka", "Rijeka")]
LJ_ACTIONS = [("Izmenjava študentov arhitekture (Univerza v Ljubljani – Univerza Sečuan)", "MOL, Oddelek za kulturo",
               "31. 10. 2025", "v teku", "in_progress"),
              ("Skupna razstava o zmajih v Mestni hiši", "Mestni muzej", "15. 12. 2025", "dogovorjeno", "agreed"),
              ("Pilotni projekt pametnih košev za odpadke", "Snaga", "—", "predlog kitajske strani, v preučitvi",
               "proposed"),
              ("Neposredna letalska povezava – lobiranje", "Turizem Ljubljana", "—", "zamrznjeno", "stalled")]


@document("111_ljubljana_zapisnik_videokonference_chengdu_sl.docx", split="dev", home="Ljubljana", language="sl",
          features=["docx", "Slovene", "minutes of a video call between the two cities' international officers "
                    "(participants per side, agenda, conclusions, action table)", "the call's own date and the "
                    "next call as distractors", "pobratena mesta = sister, listed in the instrumental case "
                    "(z Gradcem, Beogradom, Leverkusnom), sporazum o sodelovanju = partner (Reka = Rijeka)",
                    "'od 8. do 10. septembra 2025' (incoming) and 'v drugi polovici novembra 2025' (outgoing, month)",
                    "action table with owner, deadline and status"])
def ljubljana_docx():
    doc = new_docx()
    doc.add_heading("ZAPISNIK videokonference Ljubljana – Chengdu", level=1)
    doc.add_paragraph("Datum: torek, 17. junij 2025, 9.00–10.15 (CEST) / 15.00–16.15 (Chengdu)\n"
                      "Platforma: MS Teams (povezavo je poslala stran iz Chengduja)\n"
                      "Zapisala: Maja Novak, Kabinet župana, Služba za mednarodno sodelovanje")
    docx_table(doc, [["Mestna občina Ljubljana", "Ljudska vlada mesta Chengdu"],
                     ["Maja Novak, svetovalka za mednarodne odnose", "Li Wen, urad za zunanje zadeve"],
                     ["Tomaž Kralj, Oddelek za kulturo", "Zhou Ping, tolmačka"],
                     ["mag. Petra Zupan, Turizem Ljubljana", "Chen Hao, urad za trgovino"]])
    doc.add_heading("Dnevni red", level=2)
    for i, t in enumerate(["Obisk delegacije iz Chengduja v Ljubljani", "Obisk ljubljanske delegacije na Kitajskem",
                           "Pregled skupnih projektov", "Razno"], 1):
        doc.add_paragraph(f"{i}. {t}")
    doc.add_heading("K točki 1", level=2)
    doc.add_paragraph("Stran iz Chengduja je potrdila, da bo delegacija, ki jo vodi podžupan, v Ljubljani od 8. do "
                      "10. septembra 2025. Želijo si ogled Centralne čistilne naprave in srečanje s predstavniki "
                      "zagonskih podjetij. Ljubljanska stran pripravi osnutek programa do 10. julija 2025.")
    doc.add_heading("K točki 2", level=2)
    doc.add_paragraph("Obisk župana v Chengduju je predviden v drugi polovici novembra 2025, ob sejmu Western China "
                      "International Fair; točen datum bo znan po potrditvi letov.")
    doc.add_heading("K točki 3", level=2)
    docx_table(doc, [["Naloga", "Nosilec", "Rok", "Stanje"]] + [[t, o, d, s] for t, o, d, s, _ in LJ_ACTIONS])
    doc.add_heading("K točki 4", level=2)
    others = [w for w, c in LJ_SISTERS if c != "Chengdu"]
    sis = ", ".join(others[:-1]) + f" in {others[-1]}"
    par = ", ".join(w for w, _ in LJ_PARTNERS[:-1]) + f" in {LJ_PARTNERS[-1][0]}"
    doc.add_paragraph("Kitajska stran je prosila za kratek pregled mreže. Ljubljana je pobratena z Chengdujem od "
                      f"leta 1981; pobratena je še z {sis}. Sporazume o "
                      f"sodelovanju ima Ljubljana z mesti {par}. Seznam bo poslan po e-pošti.")
    doc.add_paragraph("Naslednja videokonferenca: 16. septembra 2025 ob 9.00 (po obisku).")
    sisters = [c for _, c in LJ_SISTERS]
    gold = Gold(
        partnerships=[partner("Chengdujem" if c == "Chengdu" else w, c, "sister") for w, c in LJ_SISTERS]
        + [partner(w, c, "partner") for w, c in LJ_PARTNERS],
        engagements=[engagement("incoming", ["Chengdu"], "Ljubljana", "2025-09-08", "2025-09-10"),
                     engagement("outgoing", ["Ljubljana"], "Chengdu", "2025-11")],
        cooperation=[coop(t, st, ["Ljubljana", "Chengdu"]) for t, _, _, _, st in LJ_ACTIONS],
    )
    assert len(sisters) == 9
    return docx_bytes(doc, "Zapisnik videokonference Ljubljana – Chengdu"), gold


# --------------------------------------------------------------------------- 112 Novi Sad anniversary press kit (sr Cyrillic, PPTX)

NS = [("Дортмунд", "Немачка", 1982, "Dortmund"), ("Норич", "Енглеска, УК", 1985, "Norwich"),
      ("Модена", "Италија", 1990, "Modena"), ("Печуј", "Мађарска", 1991, "Pécs"),
      ("Темишвар", "Румунија", 2005, "Timișoara"), ("Чангчун", "Кина", 2006, "Changchun"),
      ("Кливленд", "САД", 2011, "Cleveland"), ("Будва", "Црна Гора", 2013, "Budva")]
NS_PARTNERS = [("Толука", "Мексико", "Toluca"), ("Куманово", "Северна Македонија", "Kumanovo")]
NS_TIMELINE = [("1982", "Повеља о братимљењу потписана у Дортмунду, 14. маја"),
               ("јун 2007.", "Градоначелник Новог Сада у посети Дортмунду (25 година братимљења)"),
               ("мај 2014.", "Делегација Дортмунда у Новом Саду, помоћ после поплава"),
               ("2021.", "Онлајн конференција о зеленим градовима"),
               ("16–18. октобар 2025.", "Свечана седница и посета делегације Дортмунда Новом Саду")]
NS_ITEMS = [("Размена студената Факултета техничких наука", "у току", "in_progress"),
            ("Заједничка летња школа дигиталних вештина", "завршено 2024.", "completed"),
            ("Пројекат паметног паркирања", "предлог Дортмунда, разматра се", "proposed")]


@document("112_novi_sad_pres_kit_dortmund_sr.pptx", split="dev", home="Novi Sad", language="sr",
          features=["pptx", "Serbian in Cyrillic", "an anniversary press kit deck (43 years of twinning with one "
                    "partner) with a timeline slide of visits by year: entries with a year only, with a month "
                    "('јун 2007.', 'мај 2014.') and with a range ('16–18. октобар 2025.')", "the signing of the "
                    "charter with a day and month is not a visit", "братски градови = sister, споразум о сарадњи = "
                    "partner; Serbian exonyms (Норич, Печуј, Темишвар, Чангчун, Кливленд)", "headline 'осам братских "
                    "градова у осам земаља' in words", "contacts slide for journalists"])
def novi_sad_deck():
    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[6])
    textbox(s.shapes, 0.8, 2.0, 11.5, 1.2, ["Нови Сад – Дортмунд: 43 године пријатељства"], 40)
    textbox(s.shapes, 0.8, 3.6, 11.5, 1.4, ["Пресс кит · Градска управа за опште послове, Служба за протокол",
                                            "Нови Сад, 1. октобар 2025."], 18)
    s = titled_slide(prs, "Хронологија")
    slide_table(s, [["Година", "Догађај"]] + [[a, b] for a, b in NS_TIMELINE], 0.8, 1.6, 11.5, 16)
    s = titled_slide(prs, "Заједнички пројекти")
    textbox(s.shapes, 0.8, 1.6, 11.5, 4, [f"• {t} – {st}" for t, st, _ in NS_ITEMS], 20)
    s = titled_slide(prs, "Братски градови Новог Сада")
    textbox(s.shapes, 0.8, 1.5, 11.5, 0.8, ["Нови Сад има осам братских градова у осам земаља:"], 18)
    textbox(s.shapes, 0.8, 2.3, 5.6, 4.5, [f"{n} ({c}), {y}." for n, c, y, _ in NS[:4]], 18)
    textbox(s.shapes, 6.8, 2.3, 5.6, 4.5, [f"{n} ({c}), {y}." for n, c, y, _ in NS[4:]], 18)
    textbox(s.shapes, 0.8, 6.2, 11.5, 0.8, ["Споразуми о сарадњи: " + ", ".join(f"{n} ({c})" for n, c, _ in NS_PARTNERS)],
            16)
    s = titled_slide(prs, "Контакт за медије")
    textbox(s.shapes, 0.8, 1.6, 11.5, 3, ["Јелена Петровић, портпаролка", "press@novisad.example · +381 21 000 000",
                                          "Акредитације за свечану седницу до 10. октобра 2025."], 18)
    canons = [c for *_, c in NS]
    gold = Gold(
        partnerships=[partner(n, c, "sister") for n, _, _, c in NS] + [partner(n, c, "partner") for n, _, c in NS_PARTNERS],
        engagements=[engagement("outgoing", ["Novi Sad"], "Dortmund", "2007-06"),
                     engagement("incoming", ["Dortmund"], "Novi Sad", "2014-05"),
                     engagement("incoming", ["Dortmund"], "Novi Sad", "2025-10-16", "2025-10-18")],
        cooperation=[coop(t, st, ["Novi Sad", "Dortmund"]) for t, _, st in NS_ITEMS],
        claims=[claim("осам братских градова у осам земаља", len(canons), _countries(canons), "sister", "consistent")],
    )
    return deck_bytes(prs, "Нови Сад – Дортмунд: пресс кит"), gold


# --------------------------------------------------------------------------- 113 Puebla grant application (es-MX, Chromium PDF)

PUE_SISTERS = [("Florencia", "Italia", "Florence"), ("Arequipa", "Perú", "Arequipa"), ("Cusco", "Perú", "Cusco"),
               ("Cartagena de Indias", "Colombia", "Cartagena"), ("Oklahoma City", "EE. UU.", "Oklahoma City"),
               ("León", "España", "León (ES)"), ("Łódź", "Polonia", "Łódź")]
PUE_COOP = [("Wuxi", "China", "Wuxi"), ("Managua", "Nicaragua", "Managua")]
PUE_ACTS = [("A1", "Diagnóstico compartido de fachadas y azulejo en los centros históricos", "en curso",
             "in_progress"),
            ("A2", "Protocolo conjunto de reutilización de edificios posindustriales", "propuesta de Łódź",
             "proposed"),
            ("A3", "Red de mercados municipales y abasto local", "acordada en la carta de intención", "agreed")]


@document("113_puebla_solicitud_fondo_cooperacion_urbana_lodz_es.pdf", split="dev", home="Puebla", language="es",
          features=["pdf", "Spanish of Mexico", "a grant application form (numbered sections, applicant box, budget "
                    "table in MXN and EUR) describing the pairing with one sister city and two planned study "
                    "visits", "'del lunes 9 al viernes 13 de marzo de 2026' (outgoing), 'del 19 al 22 de mayo de "
                    "2026' (incoming)", "the call's deadline and the evaluation date as distractors", "ciudades "
                    "hermanas inline in the background section (Florencia, Cartagena de Indias, León of Spain); "
                    "acuerdos de cooperación", "activities with statuses in a table", "headline 'siete ciudades "
                    "hermanas en seis países'"])
def puebla_pdf():
    sis = ", ".join(f"{n} ({c})" for n, c, _ in PUE_SISTERS)
    coopl = " y ".join(f"{n} ({c})" for n, c, _ in PUE_COOP)
    canons = [c for *_, c in PUE_SISTERS]
    p1 = ("<h1>Solicitud – Fondo de Cooperación Urbana Internacional 2026</h1>"
          "<table><tr><td>Folio</td><td>FCUI-2026-MX-041</td></tr><tr><td>Solicitante</td><td>H. Ayuntamiento de "
          "Puebla, Coordinación de Asuntos Internacionales</td></tr><tr><td>Ciudad socia</td><td>Łódź, Polonia</td>"
          "</tr><tr><td>Fecha límite de la convocatoria</td><td>30 de noviembre de 2025</td></tr></table>"
          "<h2>1. Antecedentes de la relación</h2>"
          "<p>Puebla y Łódź son ciudades hermanas desde 1998. Ambas son ciudades industriales textiles con centros "
          "históricos que buscan nuevos usos para sus fábricas. Puebla tiene siete ciudades hermanas en seis "
          f"países: {sis}; y acuerdos de cooperación con {coopl}.</p>"
          "<h2>2. Objetivo</h2><p>Intercambiar métodos de rehabilitación de inmuebles patrimoniales y de "
          "reactivación económica de barrios fabriles.</p>"
          "<h2>3. Visitas de estudio previstas</h2><ol>"
          "<li>Visita de estudio de la delegación poblana a Łódź, del lunes 9 al viernes 13 de marzo de 2026 "
          "(seis funcionarios de Desarrollo Urbano y Gerencia del Centro Histórico).</li>"
          "<li>Visita de la delegación de Łódź a Puebla, del 19 al 22 de mayo de 2026, coincidiendo con el foro "
          "de ciudades patrimonio.</li></ol>")
    p2 = ("<h2>4. Actividades</h2><table><tr><th>Clave</th><th>Actividad</th><th>Estado</th></tr>"
          + "".join(f"<tr><td>{k}</td><td>{t}</td><td>{s}</td></tr>" for k, t, s, _ in PUE_ACTS)
          + "</table><h2>5. Presupuesto</h2><table><tr><th>Rubro</th><th>MXN</th><th>EUR</th></tr>"
          "<tr><td>Viajes y viáticos</td><td>640 000</td><td>32 000</td></tr><tr><td>Talleres</td><td>180 000</td>"
          "<td>9 000</td></tr><tr><td>Publicación</td><td>60 000</td><td>3 000</td></tr><tr><td>Total</td>"
          "<td>880 000</td><td>44 000</td></tr></table>"
          "<p>El comité evaluador sesionará el 15 de enero de 2026. Firma: Mtra. Laura Hernández Ríos, "
          "Coordinadora de Asuntos Internacionales.</p>")
    html = pages_html("es-MX", [p1, p2], "Fondo de Cooperación Urbana Internacional · Solicitud FCUI-2026-MX-041",
                      "Puebla – Łódź · página {page} de {pages}")
    gold = Gold(
        partnerships=[partner(n, c, "sister") for n, _, c in PUE_SISTERS] + [partner(n, c, "partner") for n, _, c in PUE_COOP],
        engagements=[engagement("outgoing", ["Puebla"], "Łódź", "2026-03-09", "2026-03-13"),
                     engagement("incoming", ["Łódź"], "Puebla", "2026-05-19", "2026-05-22")],
        cooperation=[coop(t, st, ["Puebla", "Łódź"]) for _, t, _, st in PUE_ACTS],
        claims=[claim("siete ciudades hermanas en seis países", len(canons), _countries(canons), "sister",
                      "consistent")],
    )
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 114 Tirana gift register (sq, EML + DOCX)

TR_GIFTS = [("12.03.2025", "Delegacioni i Bashkisë së Firences, i kryesuar nga zv/kryetari", "Vazo qeramike",
             "Muzeu i Qytetit"),
            ("03.04.2025 – 05.04.2025", "Delegacioni i Bashkisë së Madhe të Ankarasë", "Qilim i punuar me dorë",
             "Zyra e Kryetarit"),
            ("22.05.2025", "Ambasadori i Japonisë në Shqipëri (vizitë kortezie)", "Libër fotografish", "Biblioteka"),
            ("—", "Bashkia e Dohës (dërguar me postë)", "Pjatë argjendi", "Depoja e protokollit")]
TR_TIES = [("Ankara", "Ankara"), ("Bursa", "Bursa"), ("Firence", "Florence"), ("Pekin", "Beijing"),
           ("Sarajevë", "Sarajevo"), ("Shkup", "Skopje"), ("Harkiv", "Kharkiv")]
TR_ITEMS = [("Gjelbërimi i bulevardit me pemë nga Bursa", "në vazhdim", "in_progress", "Bursa"),
            ("Restaurimi i fasadave me ekspertë nga Firence", "i përfunduar", "completed", "Florence"),
            ("Shkolla verore e urbanistikës", "propozuar nga Shkupi", "proposed", "Skopje")]


def tirana_register_docx() -> bytes:
    doc = new_docx()
    doc.add_heading("Regjistri i dhuratave protokollare – janar–qershor 2025", level=1)
    doc.add_paragraph("Bashkia e Tiranës · Drejtoria e Protokollit · Nr. prot. 4411/2")
    docx_table(doc, [["Nr.", "Data", "Dhuruesi / delegacioni", "Dhurata", "Ruajtja"]]
               + [[str(i), d, w, g, r] for i, (d, w, g, r) in enumerate(TR_GIFTS, 1)])
    doc.add_paragraph("Dhuratat me vlerë mbi 10 000 lekë regjistrohen brenda 7 ditëve (afati i radhës: 10.07.2025).")
    return docx_bytes(doc, "Regjistri i dhuratave protokollare")


@document("114_tirana_regjistri_dhuratave_protokollare_sq.eml", split="dev", home="Tirana", language="sq",
          encoding="utf-8",
          features=["eml with a DOCX attachment", "Albanian", "a protocol gift register (date, donor delegation, "
                    "gift, where kept) as the attachment: visits only as the dates of the gifts; a gift sent by post "
                    "is not a visit", "'03.04.2025 – 05.04.2025'; an ambassador's courtesy call (meeting, country as "
                    "the visiting party); a registration deadline", "qytete binjake inline in the e-mail with Albanian "
                    "exonyms (Firence, Pekin, Sarajevë, Shkup, Harkiv) and the genitive (Firences, Ankarasë, Dohës); "
                    "marrëveshje bashkëpunimi = partner", "project states in the e-mail"])
def tirana_email():
    msg = EmailMessage()
    msg["From"] = "Drejtoria e Protokollit <protokolli@tirana.example>"
    msg["To"] = "Zyra e Marrëdhënieve me Jashtë <jashte@tirana.example>"
    msg["Subject"] = "Regjistri i dhuratave, gjashtëmujori i parë 2025"
    msg["Date"] = "Wed, 02 Jul 2025 11:05:00 +0200"
    msg["Message-ID"] = "<corpus-114@tirana.example>"
    ties = ", ".join(w for w, _ in TR_TIES[:-1]) + f" dhe {TR_TIES[-1][0]}"
    body = ("Përshëndetje,\n\n"
            "Ju dërgojmë në shtojcë regjistrin e dhuratave protokollare për periudhën janar–qershor 2025, siç "
            "kërkohet për raportin vjetor.\n\n"
            f"Për kontekst: Tirana ka marrëdhënie binjakëzimi me {ties}, si dhe marrëveshje bashkëpunimi me "
            "Dohën (Katar).\n\n"
            "Projektet që u përmendën gjatë vizitave:\n"
            + "".join(f"- {t}: {s}\n" for t, s, _, _ in TR_ITEMS)
            + "\nJu lutem na njoftoni nëse mungon ndonjë vizitë.\n\nMe respekt,\nElira Hoxha\nDrejtoria e Protokollit\n")
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    msg.add_attachment(tirana_register_docx(), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename="Regjistri_dhuratave_2025_H1.docx")
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, c in TR_TIES] + [partner("Dohën", "Doha", "partner")],
        engagements=[engagement("incoming", ["Florence"], "Tirana", "2025-03-12"),
                     engagement("incoming", ["Ankara"], "Tirana", "2025-04-03", "2025-04-05"),
                     engagement("meeting", ["JP"], "Tirana", "2025-05-22")],
        cooperation=[coop(t, st, ["Tirana", c]) for t, _, st, c in TR_ITEMS],
    )
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 115 Qingdao WeChat group log (zh, TXT)

QD_SISTERS = [("曼海姆", "Mannheim"), ("雷根斯堡", "Regensburg"), ("南特", "Nantes"), ("维戈", "Vigo"),
              ("长滩", "Long Beach"), ("大邱", "Daegu")]
QD_FRIENDS = [("南安普顿", "Southampton"), ("芭堤雅", "Pattaya")]
QD_ITEMS = [("啤酒节互设展位", "已签协议", "agreed", "Mannheim"),
            ("港口物流人才培训", "正在洽谈", "in_progress", "Mannheim"),
            ("青少年足球交流", "暂停", "stalled", "Nantes")]


@document("115_qingdao_weixin_qunliao_jilu_zh.txt", split="dev", home="Qingdao", language="zh", encoding="utf-8",
          features=["txt", "Simplified Chinese", "a WeChat group chat exported to a text file: 'YYYY-MM-DD HH:MM name' "
                    "headers, [图片], [语音], a recalled message, emoji and stickers", "partners listed in one message "
                    "(友好城市 = sister, 友好合作关系城市 = friendship) and corrected in a later message", "'4月22日到24日' "
                    "with the year from the log, '6月' (month only); flight times as noise", "items and their states "
                    "spread over the chat"])
def qingdao_txt():
    sis = "、".join(w for w, _ in QD_SISTERS)
    fr = "、".join(w for w, _ in QD_FRIENDS)
    lines = ["微信聊天记录导出 · 群聊：市外办欧洲处-曼海姆代表团接待（5人）",
             "导出时间：2025-04-30 18:02", "",
             "2025-04-07 09:12 王磊（外办欧洲处）",
             "各位早～曼海姆那边确认了，代表团4月22日到24日来青，市长带队，一共9人👍",
             "2025-04-07 09:13 王磊（外办欧洲处）", "[图片]",
             "2025-04-07 09:20 刘芳（接待科）", "收到！酒店先按21日晚入住订？他们航班LH720 21日22:40到流亭",
             "2025-04-07 09:21 王磊（外办欧洲处）", "对，21号晚上到，正式活动22号开始",
             "2025-04-07 09:35 张敏（综合处）", "领导要一个材料，咱们现在的友好城市都有哪些？",
             "2025-04-07 09:41 王磊（外办欧洲处）",
             f"友好城市：{sis}、南安普顿",
             "2025-04-07 09:43 王磊（外办欧洲处）", "王磊 撤回了一条消息",
             "2025-04-07 09:44 王磊（外办欧洲处）",
             f"更正一下：南安普顿是友好合作关系城市，不是友好城市。友好合作关系城市：{fr}",
             "2025-04-07 09:45 张敏（综合处）", "[OK]",
             "2025-04-09 14:02 刘芳（接待科）", "[语音] 12\"",
             "2025-04-09 14:05 王磊（外办欧洲处）",
             f"会谈议题：1）{QD_ITEMS[0][0]}，去年已经签了协议；2）{QD_ITEMS[1][0]}，还在洽谈中，这次争取定下来",
             "2025-04-09 14:06 刘芳（接待科）", "好的，我把议题放到会见手卡里",
             "2025-04-15 17:30 张敏（综合处）", f"南特那边问{QD_ITEMS[2][0]}的事，目前暂停，等明年预算",
             "2025-04-15 17:31 王磊（外办欧洲处）", "另外市长6月去南特，出访计划下周报批 🙏",
             "2025-04-28 10:00 刘芳（接待科）", "代表团24号下午已离青，总结材料周五前交 [抱拳]"]
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, c in QD_SISTERS] + [partner(w, c, "friendship") for w, c in QD_FRIENDS],
        engagements=[engagement("incoming", ["Mannheim"], "Qingdao", "2025-04-22", "2025-04-24"),
                     engagement("outgoing", ["Qingdao"], "Nantes", "2025-06")],
        cooperation=[coop(t, st, ["Qingdao", c]) for t, _, st, c in QD_ITEMS],
    )
    return ("\n".join(lines) + "\n").encode("utf-8"), gold


# --------------------------------------------------------------------------- 116 Baku annual report chapter with footnotes (az, MD)

BK_SISTERS = [("Bordo", "Fransa", "Bordeaux"), ("Hyuston", "ABŞ", "Houston"), ("İzmir", "Türkiyə", "İzmir"),
              ("Neapol", "İtaliya", "Naples"), ("Kiyev", "Ukrayna", "Kyiv"), ("Tbilisi", "Gürcüstan", "Tbilisi"),
              ("Sarayevo", "Bosniya və Herseqovina", "Sarajevo"), ("Təbriz", "İran", "Tabriz")]
BK_MEMO = [("Lyublyana", "Sloveniya", "Ljubljana"), ("Dakar", "Seneqal", "Dakar")]
BK_ITEMS = [("Xəzər sahilində bulvar təcrübəsinin paylaşılması", "İzmir", "davam edir", "in_progress"),
            ("Şərab və çay festivalı", "Bordo", "dayandırılıb", "stalled"),
            ("Neft şəhərlərinin enerji keçidi üzrə seminar", "Hyuston", "tamamlanıb", "completed"),
            ("Tələbə mübadiləsi", "Təbriz", "razılaşdırılıb", "agreed")]


@document("116_baku_illik_hesabat_beynelxalq_elaqeler_az.md", split="dev", home="Baku", language="az",
          features=["markdown", "Azerbaijani (Latin)", "a chapter of an annual report with numbered sub-sections and "
                    "Markdown footnotes ([^1]) carrying signing years and a date that is not a visit",
                    "qardaşlaşmış şəhərlər = sister, anlaşma memorandumu = partner; Azerbaijani exonyms (Bordo, "
                    "Hyuston, Neapol, Kiyev, Sarayevo, Təbriz, Lyublyana)", "'mayın 12-dən 14-dək', 'sentyabrın "
                    "22–25-də' under a 2025 report title", "project table with Azerbaijani statuses",
                    "headline '8 qardaş şəhər'"])
def baku_md():
    lines = ["# Bakı Şəhər İcra Hakimiyyəti — 2025-ci il üzrə illik hesabat", "",
             "## 6. Beynəlxalq əlaqələr", "",
             "### 6.1. Qardaşlaşmış şəhərlər", "",
             f"Hesabat dövründə Bakının {len(BK_SISTERS)} qardaş şəhəri olmuşdur[^1]:", ""]
    lines += [f"- {n} ({c})" + ("[^2]" if n == "Neapol" else "") for n, c, _ in BK_SISTERS]
    lines += ["", "Bundan əlavə, " + " və ".join(f"{n} ({c})" for n, c, _ in BK_MEMO)
              + " ilə anlaşma memorandumları qüvvədədir.", "",
              "### 6.2. Səfərlər", "",
              "2025-ci il mayın 12-dən 14-dək İzmir Böyükşəhər Bələdiyyəsinin nümayəndə heyəti Bakıda səfərdə olmuşdur. "
              "Sentyabrın 22–25-də şəhər rəhbərliyi Bordoya işgüzar səfər etmişdir[^3].", "",
              "### 6.3. Layihələr", "",
              "| Layihə | Tərəfdaş | Vəziyyət |", "|---|---|---|"]
    lines += [f"| {t} | {p} | {s} |" for t, p, s, _ in BK_ITEMS]
    lines += ["", "[^1]: Qardaşlaşma sazişlərinin siyahısı 1 yanvar 2026-cı il tarixinə verilir.",
              "[^2]: Neapol ilə saziş 1972-ci ildə imzalanmış, 2019-cu ildə yenilənmişdir.",
              "[^3]: Səfərdən əvvəl, 3 iyun 2025-ci il tarixində, tərəflər arasında onlayn görüş keçirilmişdir.", ""]
    gold = Gold(
        partnerships=[partner(n, c, "sister") for n, _, c in BK_SISTERS] + [partner(n, c, "partner") for n, _, c in BK_MEMO],
        engagements=[engagement("incoming", ["İzmir"], "Baku", "2025-05-12", "2025-05-14"),
                     engagement("outgoing", ["Baku"], "Bordeaux", "2025-09-22", "2025-09-25")],
        cooperation=[coop(t, st, ["Baku", c]) for (t, _, _, st), c in zip(BK_ITEMS, ["İzmir", "Bordeaux", "Houston",
                                                                                     "Tabriz"])],
        claims=[claim(f"{len(BK_SISTERS)} qardaş şəhəri", len(BK_SISTERS), None, "sister", "consistent")],
    )
    return "\n".join(lines).encode("utf-8"), gold


# --------------------------------------------------------------------------- 117 Dar es Salaam delegation timetable (sw, hand-written PDF)

DSM_ROWS = [("Jumatatu, 3 Novemba 2025", None, None),
            ("09:00 - 10:00", "Kuwasili na kukaribishwa na Mstahiki Meya", "Ukumbi wa Karimjee"),
            ("10:30 - 12:30", "Mazungumzo rasmi: mradi wa usafi wa mazingira", "Ofisi ya Jiji, chumba 14"),
            ("14:00 - 16:00", "Kutembelea Ubalozi wa Ujerumani (wageni peke yao)", "Mtaa wa Umoja wa Mataifa"),
            ("Jumanne, 4 Novemba 2025", None, None),
            ("08:30 - 12:00", "Ziara ya bandari na kituo cha mabasi ya mwendo kasi", "Bandari ya Dar es Salaam"),
            ("15:00 - 17:00", "Warsha: mafunzo ya walimu wa ufundi", "Chuo cha Ufundi DIT"),
            ("Jumatano, 5 Novemba 2025", None, None),
            ("09:00 - 11:00", "Kutembelea soko la Kariakoo", "Kariakoo"),
            ("19:00", "Chakula cha jioni cha Meya", "Hoteli ya Serena"),
            ("Alhamisi, 6 Novemba 2025", None, None),
            ("10:00", "Kuondoka (ndege LH 573 saa 22:15)", "Uwanja wa Ndege wa JNIA")]
DSM_ITEMS = [("Mradi wa usafi wa mazingira", "unaendelea", "in_progress"),
             ("Mafunzo ya walimu wa ufundi", "umependekezwa", "proposed"),
             ("Mabasi ya mwendo kasi: kubadilishana wataalamu", "umekubaliwa", "agreed")]
DSM_OTHER = [("Changzhou", "Changzhou"), ("Liuzhou", "Liuzhou"), ("Samsun", "Samsun")]


@document("117_dar_es_salaam_ratiba_ziara_sw.pdf", split="dev", home="Dar es Salaam", language="sw",
          handwritten=True,
          features=["pdf (hand-written)", "Swahili", "a delegation's timetable: days as headings, then time · "
                    "activity · venue rows; the partner city named once, in the title (jiji dada = sister)",
                    "the visit's span only from the first and last day headings ('Jumatatu, 3 Novemba 2025' … "
                    "'Alhamisi, 6 Novemba 2025')", "the visitors' own call at their embassy and a flight number as "
                    "distractors", "other sister cities in a footnote", "items with Swahili statuses on page 2"])
def dar_pdf():
    p1 = [(56, 790, 14, "JIJI LA DAR ES SALAAM - OFISI YA MEYA"),
          (56, 770, 12, "RATIBA YA ZIARA YA UJUMBE WA JIJI DADA LA HAMBURG"),
          (56, 754, 10, "Toleo la 3, limesasishwa 28 Oktoba 2025"),
          (56, 726, 10, "Muda"), (160, 726, 10, "Shughuli"), (420, 726, 10, "Mahali")]
    y = 704
    for a, b, c in DSM_ROWS:
        if b is None:
            y -= 6
            p1.append((56, y, 11, a))
        else:
            p1 += [(56, y, 9, a), (160, y, 9, b), (420, y, 9, c)]
        y -= 18
    p1 += [(56, y - 14, 8, "* Miji dada mingine ya Dar es Salaam: Changzhou na Liuzhou (China), Samsun (Uturuki)."),
           (56, 40, 8, "Ofisi ya Uhusiano wa Kimataifa - ukurasa 1 kati ya 2")]
    p2 = [(56, 790, 12, "Mambo ya kujadiliwa wakati wa ziara"), ]
    y = 764
    for t, s, _ in DSM_ITEMS:
        p2.append((64, y, 10, f"- {t}: {s}"))
        y -= 18
    p2 += [(56, y - 10, 9, "Mratibu: Bi. Amina Said, simu +255 22 000 0000"),
           (56, 40, 8, "Ofisi ya Uhusiano wa Kimataifa - ukurasa 2 kati ya 2")]
    gold = Gold(
        partnerships=[partner("HAMBURG", "Hamburg", "sister")] + [partner(w, c, "sister") for w, c in DSM_OTHER],
        engagements=[engagement("incoming", ["Hamburg"], "Dar es Salaam", "2025-11-03", "2025-11-06")],
        cooperation=[coop(t, st, ["Dar es Salaam", "Hamburg"]) for t, _, st in DSM_ITEMS],
    )
    return minimal_pdf([p1, p2]), gold
