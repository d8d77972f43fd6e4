"""Corpus documents 43-49 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

Additional dev material written on 2026-11-30 (43-56, with ``corpus_docs_50_56.py``): new homes
(Kitakyushu, Bilbao, Lille, Cologne, Adelaide, Seattle, Taichung, ...), new layouts and encodings.
Partner pairs are taken from ``../shared/data/twin-cities``; kinds, years, visits, dates and
cooperation items are invented.
"""

from __future__ import annotations

from email.message import EmailMessage

from corpus_common import (PLACES, Gold, Spec, claim, coop, deck_bytes, docx_bytes, docx_table, eml_bytes,
                           engagement, html_page, minimal_pdf, need, new_deck, new_docx, pages_html, partner,
                           print_pdf, registrar, slide_table, textbox, titled_slide)

SPECS: list[Spec] = []
document = registrar(SPECS)


def add_places(places: dict[str, tuple[str, str]]) -> None:
    """Add places to the shared table (GeoNames ids looked up in cities500.json, as in corpus_common)."""
    for name, value in places.items():
        if PLACES.setdefault(name, value) != value:
            raise ValueError(f"{name}: {value} conflicts with {PLACES[name]}")


add_places({
    # homes
    "Bilbao": ("ES", "gn:3128026"), "Lille": ("FR", "gn:2998324"), "Cologne": ("DE", "gn:2886242"),
    "Adelaide": ("AU", "gn:2078025"), "Taichung": ("TW", "gn:1668399"),
    # partners
    "Tacoma": ("US", "gn:5812944"), "Norfolk (US)": ("US", "gn:4776222"), "Davao": ("PH", "gn:1715348"),
    "Pittsburgh": ("US", "gn:5206379"), "Medellín": ("CO", "gn:3674962"), "Tbilisi": ("GE", "gn:611717"),
    "Monterrey": ("MX", "gn:3995465"), "Liège": ("BE", "gn:2792413"), "Esch-sur-Alzette": ("LU", "gn:2960596"),
    "Leeds": ("GB", "gn:2644688"), "Erfurt": ("DE", "gn:2929670"), "Valladolid": ("ES", "gn:3106672"),
    "Saint-Louis (SN)": ("SN", "gn:2246452"), "Oujda": ("MA", "gn:2540483"), "Nablus": ("PS", "gn:282615"),
    "Kharkiv": ("UA", "gn:706483"), "Tlemcen": ("DZ", "gn:2475687"), "Bethlehem": ("PS", "gn:284315"),
    "Corinto": ("NI", "gn:3620269"), "El Realejo": ("NI", "gn:3619451"), "Cork": ("IE", "gn:2965140"),
    "Dnipro": ("UA", "gn:709930"), "Indianapolis": ("US", "gn:4259418"), "Katowice": ("PL", "gn:3096472"),
    "Liverpool": ("GB", "gn:2644210"), "Turku": ("FI", "gn:633679"), "Volgograd": ("RU", "gn:472757"),
    "Austin": ("US", "gn:4671654"), "Christchurch": ("NZ", "gn:2192362"), "Himeji": ("JP", "gn:1862627"),
    "George Town": ("MY", "gn:1735106"), "Bergen": ("NO", "gn:3161732"), "Galway": ("IE", "gn:2964180"),
    "Nantes": ("FR", "gn:2990969"), "Perugia": ("IT", "gn:3171180"), "Pécs": ("HU", "gn:3046526"),
    "Reykjavík": ("IS", "gn:3413829"), "Mombasa": ("KE", "gn:186301"), "Limbe": ("CM", "gn:2229411"),
    "Reno": ("US", "gn:5511077"), "Baton Rouge": ("US", "gn:4315588"), "Cheyenne": ("US", "gn:5821086"),
    "New Haven": ("US", "gn:4839366"), "Petah Tikva": ("IL", "gn:293918"), "Makati": ("PH", "gn:1703417"),
    "San Pedro Sula": ("HN", "gn:3601782"), "Santa Cruz de la Sierra": ("BO", "gn:3904906"),
    "Mexicali": ("MX", "gn:3996069"), "Chungju": ("KR", "gn:1845033"), "Miyazaki Prefecture": ("JP", "iso:JP-45"),
    "Uvs": ("MN", "iso:MN-046"),
})


# --------------------------------------------------------------------------- 43 Kitakyushu deck (ja)

# (badge, as written, country, year, canonical, kind, left, top), in the order the cards were drawn
KITAKYUSHU_CARDS = [
    ("姉妹都市", "ハイフォン市", "ベトナム", "2014年", "Haiphong", "sister", 8.9, 4.3),
    ("姉妹都市", "タコマ市", "アメリカ合衆国", "1959年", "Tacoma", "sister", 0.7, 1.6),
    ("友好都市", "大連市", "中華人民共和国", "1979年", "Dalian", "friendship", 8.9, 1.6),
    ("姉妹都市", "プノンペン都", "カンボジア", "2016年", "Phnom Penh", "sister", 0.7, 4.3),
    ("姉妹都市", "ノーフォーク市", "アメリカ合衆国", "1959年", "Norfolk (US)", "sister", 4.8, 1.6),
    ("友好都市", "仁川広域市", "大韓民国", "1988年", "Incheon", "friendship", 4.8, 4.3),
]
KITAKYUSHU_MOU = [("スラバヤ市", "インドネシア", "Surabaya"), ("ダバオ市", "フィリピン", "Davao")]
KITAKYUSHU_VISITS = [  # (when, partner, what, gold)
    ("令和5年4月18日～20日", "タコマ市", "タコマ市長一行が来北。響灘地区の港湾施設を視察",
     ("incoming", ["Tacoma"], "Kitakyushu", "2023-04-18", "2023-04-20")),
    ("令和5年8月", "大連市", "本市経済訪問団（団長：副市長）が大連市を訪問",
     ("outgoing", ["Kitakyushu"], "Dalian", "2023-08", "2023-08")),
    ("R5.11.7", "ハイフォン市", "人民委員会副委員長が市長を表敬訪問",
     ("incoming", ["Haiphong"], "Kitakyushu", "2023-11-07", "2023-11-07")),
    ("令和6年2月（予定）", "プノンペン都", "水道技術研修の修了式に本市上下水道局職員が出席",
     ("outgoing", ["Kitakyushu"], "Phnom Penh", "2024-02", "2024-02")),
]
KITAKYUSHU_ITEMS = [("上水道整備の技術協力", "プノンペン都", "完了", "completed", "Phnom Penh"),
                    ("港湾物流分野の協力", "大連市", "協議中", "in_progress", "Dalian"),
                    ("青少年相互派遣プログラム", "タコマ市", "合意済み", "agreed", "Tacoma"),
                    ("廃棄物発電設備の導入支援", "スラバヤ市", "一時中断", "stalled", "Surabaya"),
                    ("エコタウン視察の受入れ", "ダバオ市", "先方より提案", "proposed", "Davao")]


@document("43_kitakyushu_kokusai_network_ja.pptx", split="dev", home="Kitakyushu", language="ja",
          features=["pptx", "Japanese", "one card per city (rounded rectangle with a kind badge), drawn out of "
                    "reading order", "inline MOU list in one sentence", "令和 dates, 'R5.11.7', planned month",
                    "status table with a partner column", "speaker notes with place context", "headline claim"])
def kitakyushu_deck():
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches, Pt

    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "北九州市の国際ネットワーク"
    s.placeholders[1].text = "産業経済局 国際政策課　令和5年度版"

    s = titled_slide(prs, "姉妹都市・友好都市")
    for badge, city, country, year, *_rest, left, top in KITAKYUSHU_CARDS:
        card = s.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(left), Inches(top), Inches(3.7), Inches(2.3))
        tf = card.text_frame
        tf.word_wrap = True
        for i, line in enumerate([f"【{badge}】", city, f"{country}・{year}提携"]):
            p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            run = p.add_run()
            run.text = line
            run.font.size = Pt(20 if i == 1 else 14)
    s.notes_slide.notes_text_frame.text = ("ノーフォーク市は米国バージニア州の港湾都市。タコマ市とは同じ1959年に"
                                           "提携した。")

    s = titled_slide(prs, "ネットワークの概要")
    mou = "、".join(f"{c}（{n}）" for c, n, _ in KITAKYUSHU_MOU)
    textbox(s.shapes, 0.8, 1.6, 11.5, 3.5, [
        "北九州市は5か国6都市と姉妹・友好都市の関係にあります。",
        f"このほか、環境協力に関する覚書（MOU）を{mou}と締結しています。",
    ], size=20)

    s = titled_slide(prs, "最近の主な交流")
    slide_table(s, [["時期", "相手都市", "内容"]] + [[w, c, t] for w, c, t, _ in KITAKYUSHU_VISITS], 0.6, 1.5, 12.0)

    s = titled_slide(prs, "協力事業の状況")
    slide_table(s, [["事業", "相手都市", "状況"]] + [[t, c, st] for t, c, st, _, _ in KITAKYUSHU_ITEMS],
                0.6, 1.5, 12.0)

    gold = Gold(
        partnerships=[partner(w, canon, kind) for _, w, _, _, canon, kind, _, _ in KITAKYUSHU_CARDS]
        + [partner(c, canon, "partner") for c, _, canon in KITAKYUSHU_MOU],
        engagements=[engagement(*g) for *_, g in KITAKYUSHU_VISITS],
        cooperation=[coop(t, st, ["Kitakyushu", p]) for t, _, _, st, p in KITAKYUSHU_ITEMS],
        claims=[claim("5か国6都市と姉妹・友好都市", 6, 5, "all", "consistent")],
    )
    return deck_bytes(prs, "Kitakyushu international network"), gold


# --------------------------------------------------------------------------- 44 Bilbao e-mail (es, cp1252) + DOCX

BILBAO_ITEMS = [
    ("Regeneración de riberas (ría del Nervión / río Medellín)", "acordado en la reunión de 2023; falta firmar "
     "el anexo técnico.", "agreed"),
    ("Intercambio técnico entre Metro Bilbao y el Metro de Medellín", "en curso.", "in_progress"),
    ("Festival de cine latinoamericano", "propuesto por Medellín, pendiente de valorar.", "proposed"),
    ("Becas para estudiantes de ingeniería", "suspendido hasta la nueva convocatoria.", "stalled"),
]


def bilbao_programme_docx() -> bytes:
    doc = new_docx()
    doc.add_heading("Programa de la visita de la delegación de Medellín", 0)
    doc.add_paragraph("Bilbao, mayo de 2024 · Relaciones Exteriores")
    docx_table(doc, [["Día", "Hora", "Actividad", "Lugar"],
                     ["Martes 14", "11:00", "Recepción del alcalde", "Ayuntamiento, Salón Árabe"],
                     ["Martes 14", "16:30", "Paseo por la ría y Zorrotzaurre", "Muelle de Uribitarte"],
                     ["Miércoles 15", "09:30", "Visita técnica a Metro Bilbao", "Cocheras de Sopela"],
                     ["Miércoles 15", "21:00", "Cena oficial", "Palacio Euskalduna"],
                     ["Jueves 16", "10:00", "Reunión de trabajo y cierre", "Bizkaia Aretoa"]])
    doc.add_heading("Temas de trabajo", 1)
    for title, text, _ in BILBAO_ITEMS:
        doc.add_paragraph(f"{title}: {text}", style="List Bullet")
    doc.add_paragraph("Medellín quiere conocer la experiencia de Bilbao en la regeneración de la ría.")
    return docx_bytes(doc, "Programa visita Medellin")


@document("44_bilbao_visita_medellin_es.eml", split="dev", home="Bilbao", language="es", encoding="windows-1252",
          features=["eml", "Spanish", "windows-1252 body, 8bit (€ sign)", "DOCX attachment",
                    "weekday dates without a year ('del martes 14 al jueves 16 de mayo'; year from Date:)",
                    "inline list of twins in one sentence, Spanish exonyms (Burdeos, Tiflis)",
                    "a bare 'Rosario' (ambiguous) and an unverifiable count", "RSVP deadline that is not a visit",
                    "planned month-only trip"])
def bilbao_email():
    msg = EmailMessage()
    msg["From"] = "Ainhoa Etxeberria <relaciones.exteriores@bilbao.example>"
    msg["To"] = "Áreas municipales <areas@bilbao.example>"
    msg["Subject"] = "Programa definitivo: delegación de Medellín (14-16 de mayo)"
    msg["Date"] = "Thu, 25 Apr 2024 12:40:00 +0200"
    msg["Message-ID"] = "<corpus-44@bilbao.example>"
    msg.set_content(
        "Hola a todas y todos:\n\n"
        "Os paso el programa definitivo de la visita de la delegación de Medellín (Colombia), que estará en\n"
        "Bilbao del martes 14 al jueves 16 de mayo. La encabeza la secretaria de Desarrollo Económico de la\n"
        "Alcaldía y vienen seis personas en total.\n\n"
        "Como contexto para las reuniones: Bilbao está hermanada con cinco ciudades de cinco países (Burdeos,\n"
        "Pittsburgh, Medellín, Tiflis y Rosario) y tiene además acuerdos de colaboración con Monterrey y Qingdao.\n\n"
        "Por favor, confirmad asistencia a la cena oficial antes del 6 de mayo. El presupuesto de la visita es\n"
        "de 12.000 € (partida de Relaciones Exteriores).\n\n"
        "Y para ir reservando agenda: en octubre está previsto que el alcalde viaje a Pittsburgh para la cumbre\n"
        "de ciudades postindustriales. Os daré las fechas exactas en cuanto las tenga.\n\n"
        "Un saludo,\n"
        "Ainhoa\n"
        "Relaciones Exteriores - Ayuntamiento de Bilbao\n", charset="windows-1252", cte="8bit")
    msg.add_attachment(bilbao_programme_docx(), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename="Programa_visita_Medellin_mayo2024.docx")
    twins = [("Burdeos", "Bordeaux"), ("Pittsburgh", "Pittsburgh"), ("Medellín", "Medellín"), ("Tiflis", "Tbilisi"),
             ("Rosario", None)]
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, c in twins]
        + [partner("Monterrey", "Monterrey", "partner"), partner("Qingdao", "Qingdao", "partner")],
        engagements=[engagement("incoming", ["Medellín"], "Bilbao", "2024-05-14", "2024-05-16"),
                     engagement("outgoing", ["Bilbao"], "Pittsburgh", "2024-10")],
        cooperation=[coop(t, st, ["Bilbao", "Medellín"]) for t, _, st in BILBAO_ITEMS],
        claims=[claim("hermanada con cinco ciudades de cinco países", 5, 5, "sister", "unverified")],
        needs=[need("Medellín", "regeneración de la ría", "Bilbao")],
    )
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 45 Lille newsletter PDF (fr)

LILLE_PROJECTS = [("Gestion des déchets ménagers", "Saint-Louis", "convention signée", "agreed", "Saint-Louis (SN)"),
                  ("Maison des jeunes", "Naplouse", "achevé", "completed", "Nablus"),
                  ("Réhabilitation d'écoles", "Kharkiv", "en cours", "in_progress", "Kharkiv"),
                  ("Échanges d'apprentis", "Erfurt", "en pause", "stalled", "Erfurt"),
                  ("Appui technique au tramway", "Oujda", "abandonné", "dropped", "Oujda"),
                  ("Fête des lumières partagée", "Liège", "proposé par Liège, à l'étude", "proposed", "Liège")]


@document("45_lille_lettre_internationale_fr.pdf", split="dev", home="Lille", language="fr",
          features=["pdf (Chromium)", "French", "newsletter in two columns with a boxed table", "running header and "
                    "footer", "partnerships only in prose ('jumelée depuis 1958 avec', 'accord d'amitié … en 2015')",
                    "exonyms (Naplouse)", "meeting with a consul general", "headline claim over all kinds"])
def lille_pdf():
    rows = "".join(f"<tr><td>{t}</td><td>{p}</td><td>{s}</td></tr>" for t, p, s, _, _ in LILLE_PROJECTS)
    page1 = (
        "<h1>Lille à l'international</h1><p><b>La lettre n° 14 · automne 2023</b></p><div class=\"cols\">"
        "<h2>Soixante-cinq ans de jumelages</h2>"
        "<p>Lille est jumelée depuis 1958 avec Cologne, Rotterdam, Liège et Esch-sur-Alzette : un réseau né de la "
        "réconciliation d'après-guerre. Leeds a rejoint la famille en 1968, puis Erfurt en 1987.</p>"
        "<p>Le 21 juin 2023, l'adjointe aux relations internationales s'est rendue à Cologne pour célébrer les "
        "65 ans du jumelage avec les élus rhénans.</p>"
        "<h2>Des amitiés plus récentes</h2>"
        "<p>La ville a signé un accord d'amitié avec Valladolid en 2015, puis avec Wrocław en 2017. Les deux "
        "accords portent surtout sur la culture et la jeunesse.</p>"
        "<h2>Coopération décentralisée</h2>"
        "<p>Lille conduit des accords de coopération avec Saint-Louis du Sénégal, Oujda (Maroc), Tlemcen "
        "(Algérie), Naplouse (Territoires palestiniens) et Kharkiv (Ukraine).</p>"
        "<p>Du 2 au 4 octobre 2023, Lille a reçu une délégation de la ville de Kharkiv venue présenter ses "
        "besoins pour la reconstruction des écoles.</p>"
        "<p>Le 7 septembre 2023, la maire a reçu le consul général du Maroc pour préparer la prochaine mission "
        "à Oujda.</p></div>")
    page2 = (
        "<h2>Où en sont nos projets ?</h2>"
        f"<table><tr><th>Projet</th><th>Ville partenaire</th><th>État</th></tr>{rows}</table>"
        "<p style=\"margin-top:5mm\">Au total, Lille entretient des liens officiels avec 13 villes de 12 pays.</p>"
        "<p><i>Contact : Direction des relations internationales, Hôtel de ville, place Augustin-Laurent.</i></p>")
    html = pages_html("fr", [page1, page2], "Ville de Lille · Direction des relations internationales",
                      "La lettre n° 14 · page {page}/{pages}")
    sisters = [("Cologne", "Cologne"), ("Rotterdam", "Rotterdam"), ("Liège", "Liège"),
               ("Esch-sur-Alzette", "Esch-sur-Alzette"), ("Leeds", "Leeds"), ("Erfurt", "Erfurt")]
    partners = [("Saint-Louis du Sénégal", "Saint-Louis (SN)"), ("Oujda", "Oujda"), ("Tlemcen", "Tlemcen"),
                ("Naplouse", "Nablus"), ("Kharkiv", "Kharkiv")]
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, c in sisters]
        + [partner("Valladolid", "Valladolid", "friendship"), partner("Wrocław", "Wrocław", "friendship")]
        + [partner(w, c, "partner") for w, c in partners],
        engagements=[engagement("outgoing", ["Lille"], "Cologne", "2023-06-21"),
                     engagement("incoming", ["Kharkiv"], "Lille", "2023-10-02", "2023-10-04"),
                     engagement("meeting", ["MA"], "Lille", "2023-09-07")],
        cooperation=[coop(t, st, ["Lille", p]) for t, _, _, st, p in LILLE_PROJECTS],
        claims=[claim("13 villes de 12 pays", 13, 12, "all", "consistent")],
    )
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 46 Cologne web page (de), cards

KOELN_CARDS = [  # (badge, as written, country, since, canonical)
    ("Städtepartnerschaft", "Liverpool", "Großbritannien", "1952", "Liverpool"),
    ("Städtepartnerschaft", "Esch-sur-Alzette", "Luxemburg", "1958", "Esch-sur-Alzette"),
    ("Städtepartnerschaft", "Lille", "Frankreich", "1958", "Lille"),
    ("Städtepartnerschaft", "Lüttich", "Belgien", "1958", "Liège"),
    ("Städtepartnerschaft", "Rotterdam", "Niederlande", "1958", "Rotterdam"),
    ("Städtepartnerschaft", "Tunis", "Tunesien", "1964", "Tunis"),
    ("Städtepartnerschaft", "Turku", "Finnland", "1967", "Turku"),
    ("Städtepartnerschaft", "Tel Aviv-Yafo", "Israel", "1979", "Tel Aviv"),
    ("Städtepartnerschaft", "Barcelona", "Spanien", "1984", "Barcelona"),
    ("Städtepartnerschaft", "Peking", "China", "1987", "Beijing"),
    ("Städtepartnerschaft", "Cork", "Irland", "1988", "Cork"),
    ("Städtepartnerschaft", "Indianapolis", "USA", "1988", "Indianapolis"),
    ("Städtepartnerschaft", "Thessaloniki", "Griechenland", "1988", "Thessaloniki"),
    ("Städtepartnerschaft", "Wolgograd", "Russland", "1988", "Volgograd"),
    ("Städtepartnerschaft", "Kattowitz", "Polen", "1991", "Katowice"),
    ("Städtepartnerschaft", "Istanbul", "Türkei", "1997", "Istanbul"),
    ("Städtepartnerschaft", "Rio de Janeiro", "Brasilien", "2011", "Rio de Janeiro"),
    ("Projektpartnerschaft", "Corinto / El Realejo", "Nicaragua", "1988", ("Corinto", "El Realejo")),
    ("Projektpartnerschaft", "Bethlehem", "Palästinensische Gebiete", "1996", "Bethlehem"),
    ("Projektpartnerschaft", "Dnipro", "Ukraine", "2022", "Dnipro"),
]


@document("46_koeln_partnerstaedte_de.html", split="dev", home="Cologne", language="de",
          features=["html", "German", "one card per city with a kind badge (Städte- vs Projektpartnerschaft)",
                    "two cities on one card (Corinto / El Realejo)", "German exonyms (Lüttich, Peking, Wolgograd, "
                    "Kattowitz)", "mega-menu, sidebar and footer naming other places", "news with a publication date",
                    "vom 4. bis 6. Juni 2024 / 12.–15.11.2023", "claims with a number in words"])
def koeln_html():
    cards = "\n".join(
        f'<div class="card"><span class="badge">{b}</span><h3>{w}</h3><p class="land">{n}</p>'
        f'<p class="seit">seit {y}</p><a class="more" href="/partner/{i}">Mehr erfahren</a></div>'
        for i, (b, w, n, y, _) in enumerate(KOELN_CARDS, 1))
    main = (
        '<nav class="breadcrumb">Startseite › Rathaus › Internationales › Städtepartnerschaften</nav>'
        "<h1>Kölns Partnerstädte</h1>"
        "<p>Köln pflegt 17 Städtepartnerschaften in 17 Ländern und daneben vier Projektpartnerschaften, die auf "
        "konkrete Vorhaben ausgerichtet sind.</p>"
        f'<section class="partner-grid">\n{cards}\n</section>'
        '<section class="news"><h2>Aktuelles aus den Partnerschaften</h2>'
        '<article><p class="date">Veröffentlicht am 10.06.2024</p><h3>Besuch aus Kattowitz</h3>'
        "<p>Vom 4. bis 6. Juni 2024 war eine Delegation der Stadt Kattowitz zu Gast in Köln. Im Mittelpunkt standen "
        "der Strukturwandel und die Kulturwirtschaft.</p></article>"
        '<article><p class="date">Veröffentlicht am 20.11.2023</p><h3>Kölner Delegation in Rio de Janeiro</h3>'
        "<p>Eine Kölner Delegation war vom 12.–15.11.2023 in Rio de Janeiro. Die Klimapartnerschaft beider Städte "
        "ist abgeschlossen; ein Folgeprojekt zur Hitzevorsorge wurde von Rio vorgeschlagen. Die Schulpartnerschaften "
        "mit Dnipro laufen weiter.</p></article></section>")
    nav = ("<a href='/'>Startseite</a> | <a href='/leben'>Leben in Köln</a> "
           "<ul class='mega'><li>Innenstadt</li><li>Köln-Deutz</li><li>Porz</li><li>Chorweiler</li></ul> | "
           "<a href='/wirtschaft'>Wirtschaft</a> | <a href='/kultur'>Kultur &amp; Freizeit</a> | "
           "<a href='/rathaus'>Rathaus</a>")
    aside = ("<h3>Tipps</h3><ul><li>Gewinnspiel: Wochenende in Paris</li><li>Rheinufer-Lauf nach Leverkusen</li>"
             "<li>Messe Düsseldorf: Anreise</li></ul>")
    footer = ("© Stadt Köln · Willy-Brandt-Platz 2 · 50679 Köln · <a href='/impressum'>Impressum</a> · "
              "<a href='/datenschutz'>Datenschutz</a> · Region Köln/Bonn")
    parts = []
    for badge, w, _, _, canon in KOELN_CARDS:
        kind = "sister" if badge == "Städtepartnerschaft" else "partner"
        if isinstance(canon, tuple):
            parts += [partner(n, n, kind) for n in canon]
        else:
            parts.append(partner(w, canon, kind))
    sisters = [c for b, _, _, _, c in KOELN_CARDS if b == "Städtepartnerschaft"]
    assert len(sisters) == len({PLACES[c][0] for c in sisters}) == 17
    gold = Gold(
        partnerships=parts,
        engagements=[engagement("incoming", ["Katowice"], "Cologne", "2024-06-04", "2024-06-06"),
                     engagement("outgoing", ["Cologne"], "Rio de Janeiro", "2023-11-12", "2023-11-15")],
        cooperation=[coop("Klimapartnerschaft", "completed", ["Cologne", "Rio de Janeiro"]),
                     coop("Folgeprojekt zur Hitzevorsorge", "proposed", ["Cologne", "Rio de Janeiro"]),
                     coop("Schulpartnerschaften", "in_progress", ["Cologne", "Dnipro"])],
        claims=[claim("17 Städtepartnerschaften in 17 Ländern", 17, 17, "sister", "consistent"),
                claim("vier Projektpartnerschaften", 4, None, "partner", "consistent")],
    )
    return html_page("de", "Städtepartnerschaften – stadt-koeln.example", nav, main, aside, footer), gold


# --------------------------------------------------------------------------- 47 Adelaide report (hand-written PDF)

ADELAIDE_TIES = [("Christchurch, New Zealand", "sister city", "1972", "Christchurch", "sister"),
                 ("George Town (Penang), Malaysia", "sister city", "1973", "George Town", "sister"),
                 ("Himeji, Japan", "sister city", "1982", "Himeji", "sister"),
                 ("Austin, Texas, USA", "sister city", "1983", "Austin", "sister"),
                 ("Qingdao, China", "friendly city", "2014", "Qingdao", "friendship")]
ADELAIDE_REGIONS = [("Asia", 3, ["George Town", "Himeji", "Qingdao"]), ("Oceania", 1, ["Christchurch"]),
                    ("Americas", 2, ["Austin"])]
ADELAIDE_ITEMS = [("Heritage exchange: Himeji Castle and Adelaide Town Hall", "complete", "completed", "Himeji"),
                  ("Student internship program with Himeji", "agreed (MoU signed October 2023)", "agreed", "Himeji"),
                  ("Live music city exchange with Austin", "in discussion with Austin's Music Office", "in_progress",
                   "Austin"),
                  ("Wine export promotion in Qingdao", "on hold pending the trade review", "stalled", "Qingdao"),
                  ("Hawker food culture exchange", "proposed by Penang Island City Council", "proposed", "George Town"),
                  ("Urban renewal knowledge exchange with Christchurch", "discontinued", "dropped", "Christchurch")]


@document("47_adelaide_sister_cities_council_report.pdf", split="dev", home="Adelaide", language="en",
          handwritten=True,
          features=["pdf (hand-written, Helvetica)", "council report with running header and page footer",
                    "'City, State, Country' entries with kind and year", "'friendly city' = friendship",
                    "headline claim in words", "counts per region (one wrong)", "8-10 October 2023 and "
                    "22/11/2023 - 25/11/2023", "status items across a page break"])
def adelaide_pdf():
    header = (50, 805, 9, "City of Adelaide - Report for Council - Item 12.4 - Sister City Program")
    p1 = [header, (50, 765, 15, "Sister City Program: annual report to Council (12 March 2024)"),
          (50, 735, 11, "Adelaide has five sister and friendship cities in five countries:")]
    y = 712
    for i, (w, kind, year, _, _) in enumerate(ADELAIDE_TIES, 1):
        p1.append((62, y, 11, f"{i}. {w} - {kind} since {year}"))
        y -= 18
    p1 += [(50, y - 8, 11, "Distribution by region:")]
    y -= 28
    for region, n, cities in ADELAIDE_REGIONS:
        names = ", ".join(next(w for w, _, _, c, _ in ADELAIDE_TIES if c == city).split(",")[0] for city in cities)
        p1.append((62, y, 11, f"- {region} ({n}): {names}"))
        y -= 18
    p1 += [(50, y - 10, 13, "Delegations in 2023-24"),
           (62, y - 30, 11, "- Visit by the Mayor of Himeji to Adelaide, 8-10 October 2023."),
           (62, y - 48, 11, "- Lord Mayor's delegation to Qingdao, 22/11/2023 - 25/11/2023."),
           (50, y - 76, 13, "Status of program items")]
    y -= 98
    p2 = [header]
    for i, (title, status, _, _) in enumerate(ADELAIDE_ITEMS, 1):
        target = p1 if i <= 3 else p2
        if i == 4:
            y = 765
        target += [(62, y, 11, f"{i}. {title}"), (80, y - 15, 11, f"Status: {status}")]
        y -= 38
    p2.append((50, y - 10, 11, "Christchurch has asked to learn from Adelaide's experience with its carbon neutral "
                               "strategy."))
    p2.append((50, y - 40, 11, "Recommendation: that Council notes this report."))
    for n, page in enumerate((p1, p2), 1):
        page.append((50, 40, 9, f"Council Meeting - 12 March 2024 - Page {n} of 2"))
    gold = Gold(
        partnerships=[partner(w.split(",")[0].split(" (")[0], c, k, i)
                      for i, (w, _, _, c, k) in enumerate(ADELAIDE_TIES, 1)],
        engagements=[engagement("incoming", ["Himeji"], "Adelaide", "2023-10-08", "2023-10-10"),
                     engagement("outgoing", ["Adelaide"], "Qingdao", "2023-11-22", "2023-11-25")],
        cooperation=[coop(t, st, ["Adelaide", p]) for t, _, st, p in ADELAIDE_ITEMS],
        claims=[claim("five sister and friendship cities in five countries", 5, 5, "all", "consistent")]
        + [claim(f"{r} ({n})", n, None, f"region:{r.lower()}", "consistent" if n == len(c) else "inconsistent")
           for r, n, c in ADELAIDE_REGIONS],
        needs=[need("Christchurch", "carbon neutral strategy", "Adelaide")],
    )
    return minimal_pdf([p1, p2]), gold


# --------------------------------------------------------------------------- 48 Seattle e-mail with a forwarded message


@document("48_seattle_pecs_delegation_fwd.eml", split="dev", home="Seattle", language="en", encoding="iso-8859-1",
          features=["eml", "ISO-8859-1 body", "forwarded message attached as message/rfc822",
                    "inner message in ISO-8859-2 (Hungarian signature)",
                    "'Tuesday, September 10 through Thursday, September 12' (year from Date:)",
                    "'July 15-18'", "sister cities named inline, grouped by continent in prose",
                    "statuses spread over both messages"])
def seattle_email():
    inner = EmailMessage()
    inner["From"] = "Nemzetközi Kapcsolatok Osztálya <nemzetkozi@pecs.example>"
    inner["To"] = "Office of Intergovernmental Relations <oir@seattle.example>"
    inner["Subject"] = "Delegation of Pécs to Seattle - September 2024"
    inner["Date"] = "Mon, 19 Aug 2024 16:02:00 +0200"
    inner["Message-ID"] = "<corpus-48-inner@pecs.example>"
    inner.set_content(
        "Dear Colleagues,\n\n"
        "Following our call, I confirm that our Deputy Mayor will lead a delegation of five to Seattle, our\n"
        "sister city since 2007. We arrive on 10 September and leave on 12 September.\n\n"
        "We would also like to discuss the exhibition of Zsolnay ceramics that Pécs proposed last year for\n"
        "the Seattle Center.\n\n"
        "Üdvözlettel / Best regards,\n"
        "Kovács Réka\n"
        "Pécs Megyei Jogú Város Önkormányzata - Nemzetközi Kapcsolatok Osztálya\n", charset="iso-8859-2")
    msg = EmailMessage()
    msg["From"] = "Office of Intergovernmental Relations <oir@seattle.example>"
    msg["To"] = "Sister City Association presidents <sca-presidents@lists.seattle.example>"
    msg["Subject"] = "Fwd: Delegation of Pécs to Seattle - September 2024"
    msg["Date"] = "Tue, 20 Aug 2024 09:15:00 -0700"
    msg["Message-ID"] = "<corpus-48@seattle.example>"
    msg.set_content(
        "Hi all,\n\n"
        "Forwarding the note below from our colleagues in Pécs: their Deputy Mayor will be in Seattle from\n"
        "Tuesday, September 10 through Thursday, September 12. Welcome reception at City Hall on the 10th.\n\n"
        "For the reception I'd like a table for each of our European sister cities with a local association:\n"
        "Bergen, Galway, Nantes, Perugia, Pécs and Reykjavík. Our sister cities in Asia and Africa (Kobe,\n"
        "Chongqing, Haiphong, Surabaya, Mombasa and Limbe) will be featured at the Lunar New Year event instead.\n\n"
        "Status on the Pécs files: the design-week exchange was agreed in March; the jazz conservatory exchange is\n"
        "still being discussed with Cornish College; and the Zsolnay ceramics exhibition (proposed by Pécs) needs\n"
        "a venue decision from us.\n\n"
        "And thanks again to everyone who helped with the Kobe trip (July 15-18), it went very well.\n\n"
        "Best,\nOIR\n", charset="iso-8859-1")
    msg.add_attachment(inner)
    sisters = ["Bergen", "Galway", "Nantes", "Perugia", "Pécs", "Reykjavík", "Kobe", "Chongqing", "Haiphong",
               "Surabaya", "Mombasa", "Limbe"]
    parties = ["Seattle", "Pécs"]
    gold = Gold(
        partnerships=[partner(c, c, "sister") for c in sisters],
        engagements=[engagement("incoming", ["Pécs"], "Seattle", "2024-09-10", "2024-09-12"),
                     engagement("outgoing", ["Seattle"], "Kobe", "2024-07-15", "2024-07-18")],
        cooperation=[coop("design-week exchange", "agreed", parties),
                     coop("jazz conservatory exchange", "in_progress", parties),
                     coop("Zsolnay ceramics exhibition", "proposed", parties)],
    )
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 49 Taichung press release (zh-Hant, Big5)

TAICHUNG_SISTERS = [  # (country, as written, since, canonical)
    ("美國", "塔科馬市", "1988.10.10", "Tacoma"), ("美國", "奧斯汀市", "1993.4.21", "Austin"),
    ("美國", "雷諾市", "1994.7.1", "Reno"), ("美國", "聖地牙哥市", "1983.5.12", "San Diego"),
    ("美國", "巴頓魯治市", "1996.9.3", "Baton Rouge"), ("美國", "夏延市", "1985.3.11", "Cheyenne"),
    ("美國", "紐哈芬市", "1992.11.6", "New Haven"), ("以色列", "佩塔提克瓦市", "1997.2.18", "Petah Tikva"),
    ("菲律賓", "馬卡蒂市", "1994.8.26", "Makati"), ("宏都拉斯", "汕埠市", "1985.6.7", "San Pedro Sula"),
    ("玻利維亞", "聖塔克魯茲市", "1990.3.30", "Santa Cruz de la Sierra"), ("墨西哥", "墨西加利市", "2003.10.22", "Mexicali"),
    ("紐西蘭", "奧克蘭市", "2000.5.15", "Auckland"), ("韓國", "忠州市", "2012.4.9", "Chungju"),
]
TAICHUNG_MOU = [("日本", "宮崎縣", "Miyazaki Prefecture"), ("蒙古", "烏布蘇省", "Uvs")]


@document("49_taichung_sister_cities_big5.txt", split="dev", home="Taichung", language="zh", encoding="big5",
          features=["txt", "Traditional Chinese", "Big5", "press release then an appended table padded with "
                    "ideographic spaces (country first)", "姊妹市 = sister; 友好交流協定（MOU） = partner",
                    "ROC-era dates (112年10月3日至5日, 113年3月)", "聖地牙哥 = San Diego next to 美國",
                    "prefecture and aimag as partners", "headline claim"])
def taichung_txt():
    n_countries = len({PLACES[c][0] for *_, c in TAICHUNG_SISTERS})
    lines = ["臺中市政府新聞局　新聞稿", "發布日期：112年10月6日", "",
             "美國奧斯汀市訪問團抵臺中　雙方同意推動新創企業互訪",
             "",
             "本市姊妹市美國德州奧斯汀市（Austin）副市長率領之訪問團一行8人，於112年10月3日至5日訪問本市，"
             "參訪水湳智慧城、臺中國際會展中心及中部科學園區。",
             "雙方同意自明年起推動「新創企業互訪計畫」；至於「智慧城市合作備忘錄」之簽署，目前仍在洽談中。"
             "市長表示，將於113年3月率團回訪奧斯汀，出席當地創新科技盛會。",
             "另本市與韓國忠州市之青少年棒球交流計畫，已於今年暑假圓滿完成。",
             "",
             f"本市迄今已與{n_countries}個國家、{len(TAICHUNG_SISTERS)}個城市締結為姊妹市，"
             "另與日本宮崎縣、蒙古烏布蘇省簽署友好交流協定（MOU）。",
             "", "附表：臺中市姊妹市一覽", "編號　國家　　　　城市　　　　　　締結日期"]
    for i, (country, city, since, _) in enumerate(TAICHUNG_SISTERS, 1):
        lines.append(f"{i:>2}　{country.ljust(5, '　')}{city.ljust(7, '　')}{since}")
    lines += ["", "新聞聯絡人：外事科　電話：04-2228-9111", ""]
    gold = Gold(
        partnerships=[partner(w, c, "sister", i) for i, (_, w, _, c) in enumerate(TAICHUNG_SISTERS, 1)]
        + [partner(w, c, "partner") for _, w, c in TAICHUNG_MOU],
        engagements=[engagement("incoming", ["Austin"], "Taichung", "2023-10-03", "2023-10-05"),
                     engagement("outgoing", ["Taichung"], "Austin", "2024-03")],
        cooperation=[coop("新創企業互訪計畫", "agreed", ["Taichung", "Austin"]),
                     coop("智慧城市合作備忘錄", "in_progress", ["Taichung", "Austin"]),
                     coop("青少年棒球交流計畫", "completed", ["Taichung", "Chungju"])],
        claims=[claim(f"{n_countries}個國家、{len(TAICHUNG_SISTERS)}個城市締結為姊妹市", len(TAICHUNG_SISTERS),
                      n_countries, "sister", "consistent")],
    )
    return ("\r\n".join(lines)).encode("big5"), gold
