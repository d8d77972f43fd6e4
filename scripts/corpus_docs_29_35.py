"""Corpus documents 29-35: part of the fresh ``test`` split written on 2026-11-30.

Written by someone who did not write the extraction rules, in new words and new layouts (see
docs/evaluation.md). Rule writers: do not read this file or these documents' gold.
City names and partner pairs are real where we know them (checked against
``../shared/data/twin-cities``); visits, dates and cooperation items are invented.
"""

from __future__ import annotations

from email.message import EmailMessage

from corpus_common import (Gold, Spec, claim, coop, deck_bytes, docx_bytes, eml_bytes, engagement, html_page,
                           minimal_pdf, new_deck, pages_html, partner, print_pdf, registrar, slide_table, textbox,
                           titled_slide)

SPECS: list[Spec] = []
document = registrar(SPECS)


# --------------------------------------------------------------------------- 29 Daejeon deck (en)

DAEJEON_MAP = [  # (continent box, as written, country as written, year, canonical)
    ("THE AMERICAS", "Seattle", "USA", "'89", "Seattle"),
    ("THE AMERICAS", "Calgary", "Canada", "'96", "Calgary"),
    ("THE AMERICAS", "Guadalajara", "Mexico", "'97", "Guadalajara"),
    ("EUROPE", "Uppsala", "Sweden", "'99", "Uppsala"),
    ("EUROPE", "Novosibirsk", "Russia", "'01", "Novosibirsk"),
    ("ASIA", "Nanjing", "China", "'94", "Nanjing"),
    ("ASIA", "Binh Duong Province", "Viet Nam", "'05", "Bình Dương"),
    ("ASIA", "Sapporo", "Japan", "'10", "Sapporo"),
    ("OCEANIA", "Brisbane", "Australia", "'02", "Brisbane"),
    ("AFRICA", "Durban", "South Africa", "'11", "Durban"),
]
DAEJEON_OTHER = [("Shenyang", "China", "Friendship city", "2010", "Shenyang", "friendship"),
                 ("Dresden", "Germany", "MoU – science & technology", "2023", "Dresden", "partner")]
DAEJEON_PIPELINE = [  # (tag, title, partner as written, canonical, status)
    ("MoU signed", "Hydrogen bus demonstration", "Calgary", "Calgary", "agreed"),
    ("In talks", "Joint AI research fund", "Uppsala", "Uppsala", "in_progress"),
    ("Proposed", "Travelling science museum exhibitions", "Brisbane", "Brisbane", "proposed"),
    ("Paused", "Youth football camp", "Novosibirsk", "Novosibirsk", "stalled"),
    ("Done", "Smart-city officials training", "Binh Duong", "Bình Dương", "completed")]


@document("29_daejeon_global_network_2024.pptx", split="test", home="Daejeon", language="en",
          features=["pptx", "partner names in five continent text boxes laid out like a map", "'89-style years",
                    "table with a merged title row and a kind column", "2024-04-22~24 in a table",
                    "engagement in speaker notes (Nov. 5th–7th, 2024)", "[status] tags in bullets", "headline claims"])
def daejeon_deck():
    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Daejeon Metropolitan City — Global Network"
    s.placeholders[1].text = "International Cooperation Division · status as of September 2024"

    s = titled_slide(prs, "At a glance")
    textbox(s.shapes, 0.8, 1.7, 11.5, 2.4, [
        "12 partner cities in 11 countries",
        "ten sister cities on five continents, one friendship city and one memorandum partner",
        "Science city · KAIST · Daedeok Innopolis",
    ], size=24)

    s = titled_slide(prs, "Sister cities around the world")
    boxes = {"THE AMERICAS": (0.4, 1.6), "EUROPE": (4.6, 1.4), "AFRICA": (4.9, 4.6), "ASIA": (8.9, 1.6),
             "OCEANIA": (9.4, 5.0)}
    for region, (left, top) in boxes.items():
        rows = [f"{w} · {c} · {y}" for reg, w, c, y, _ in DAEJEON_MAP if reg == region]
        textbox(s.shapes, left, top, 4.0, 0.5 + 0.45 * len(rows), [region] + rows, size=15)

    s = titled_slide(prs, "Friendship and memorandum partners")
    shape = slide_table(s, [["Friendship and memorandum partners", "", "", ""], ["City", "Country", "Type", "Since"]]
                        + [[w, c, t, y] for w, c, t, y, _, _ in DAEJEON_OTHER], 1.5, 1.6, 10.0, size=15)
    shape.table.cell(0, 0).merge(shape.table.cell(0, 3))

    s = titled_slide(prs, "Exchanges in 2024")
    slide_table(s, [["When", "Who", "Where", "Purpose"],
                    ["2024-04-22~24", "Seattle biotech delegation", "Daejeon", "Bio-health cluster, KAIST labs"],
                    ["2024-09-10", "Mayor of Daejeon and party", "Uppsala", "Science park forum"]],
                0.8, 1.6, 11.5, size=15)
    s.notes_slide.notes_text_frame.text = (
        "Not yet on the slide: Calgary's hydrogen task force is coming to Daejeon Nov. 5th–7th, 2024 "
        "(programme still to be confirmed by the Calgary side).")

    s = titled_slide(prs, "Cooperation pipeline")
    textbox(s.shapes, 0.8, 1.6, 11.5, 4.5, [f"[{tag}] {title} — with {w}" for tag, title, w, _, _ in DAEJEON_PIPELINE],
            size=19)

    gold = Gold(
        partnerships=[partner(w, c, "sister") for _, w, _, _, c in DAEJEON_MAP]
        + [partner(w, c, k) for w, _, _, _, c, k in DAEJEON_OTHER],
        engagements=[engagement("incoming", ["Seattle"], "Daejeon", "2024-04-22", "2024-04-24"),
                     engagement("outgoing", ["Daejeon"], "Uppsala", "2024-09-10"),
                     engagement("incoming", ["Calgary"], "Daejeon", "2024-11-05", "2024-11-07")],
        cooperation=[coop(title, st, ["Daejeon", c]) for _, title, _, c, st in DAEJEON_PIPELINE],
        claims=[claim("12 partner cities in 11 countries", 12, 11, "all", "consistent"),
                claim("ten sister cities on five continents", 10, None, "sister", "consistent")],
    )
    return deck_bytes(prs, "Daejeon global network 2024"), gold


# --------------------------------------------------------------------------- 30 Sapporo PDF (ja)

SAPPORO_TIES = [("ポートランド市", "アメリカ合衆国・オレゴン州", "姉妹都市", "昭和34年11月17日", "Portland", "sister"),
                ("ミュンヘン市", "ドイツ連邦共和国・バイエルン州", "姉妹都市", "昭和47年8月30日", "Munich", "sister"),
                ("瀋陽市", "中華人民共和国・遼寧省", "友好都市", "昭和55年11月18日", "Shenyang", "friendship"),
                ("ノボシビルスク市", "ロシア連邦", "姉妹都市", "平成2年6月13日", "Novosibirsk", "sister"),
                ("大田広域市", "大韓民国", "姉妹都市", "平成22年10月22日", "Daejeon", "sister")]
SAPPORO_ITEMS = [("冬季スポーツ指導者の相互派遣", "ミュンヘン", "合意済み", "Munich", "agreed"),
                 ("水素エネルギー分野の情報交換", "大田", "協議中", "Daejeon", "in_progress"),
                 ("青少年交流派遣事業", "ノボシビルスク", "休止中", "Novosibirsk", "stalled"),
                 ("ビール文化交流イベント", "ミュンヘン", "実施済み", "Munich", "completed"),
                 ("市民植樹プロジェクト", "ポートランド", "先方から提案あり", "Portland", "proposed")]

CARD_CSS = ("<style>.card{display:inline-block;vertical-align:top;width:52mm;height:34mm;margin:0 3mm 4mm 0;"
            "padding:2.5mm;border:0.6pt solid #777;border-radius:2mm;box-sizing:border-box}"
            ".badge{font-size:8pt;color:#fff;background:#1b5e8c;padding:0.4mm 1.5mm}"
            ".nm{font-size:13pt;font-weight:bold;margin:1.5mm 0 0.5mm 0}.cc{font-size:8.5pt;color:#444}"
            "dt{font-weight:bold;margin-top:2mm}dd{margin:0 0 0 6mm}</style>")


@document("30_sapporo_shimai_toshi_ja.pdf", split="test", home="Sapporo", language="ja",
          features=["pdf (Chromium)", "Japanese", "one card per city in a grid (three per row)", "kind as a badge",
                    "昭和/平成/令和 era dates", "来札", "timeline as a definition list", "meeting with a consul",
                    "status table in Japanese"])
def sapporo_pdf():
    cards = "".join(f'<div class="card"><span class="badge">{k}</span><div class="nm">{c}</div>'
                    f'<div class="cc">{n}</div><div class="cc">提携日：{d}</div></div>'
                    for c, n, k, d, _, _ in SAPPORO_TIES)
    rows = "".join(f"<tr><td>{t}</td><td>{w}</td><td>{s}</td></tr>" for t, w, s, _, _ in SAPPORO_ITEMS)
    page1 = (CARD_CSS + "<h1>札幌市の姉妹都市・友好都市</h1>"
             "<p>札幌市は、4か国4都市と姉妹都市提携を、1都市と友好都市提携を結んでいます。"
             "市民・経済・文化など幅広い分野で交流を進めています。</p>" + cards)
    page2 = ("<h2>交流のあゆみ（令和5年度〜令和6年度）</h2><dl>"
             "<dt>令和5年10月</dt><dd>札幌市長が大田広域市を訪問し、科学技術分野の協力について意見交換を行った。</dd>"
             "<dt>令和6年2月6日〜8日</dt><dd>ミュンヘン市経済使節団が来札し、さっぽろ雪まつりと市内の"
             "スタートアップ支援施設を視察した。</dd>"
             "<dt>令和6年7月25日</dt><dd>在札幌米国総領事と面談し、ポートランド市との提携65周年記念事業について"
             "意見を交換した。</dd></dl>"
             f"<h2>主な交流事業の状況</h2><table><tr><th>事業</th><th>相手都市</th><th>状況</th></tr>{rows}</table>")
    html = pages_html("ja", [page1, page2], "札幌市 総務局 国際部 交流推進課", "さっぽろの国際交流　― {page} ―")
    gold = Gold(
        partnerships=[partner(c, canon, kind) for c, _, _, _, canon, kind in SAPPORO_TIES],
        engagements=[engagement("outgoing", ["Sapporo"], "Daejeon", "2023-10"),
                     engagement("incoming", ["Munich"], "Sapporo", "2024-02-06", "2024-02-08"),
                     engagement("meeting", ["US"], "Sapporo", "2024-07-25")],
        cooperation=[coop(t, st, ["Sapporo", c]) for t, _, _, c, st in SAPPORO_ITEMS],
        claims=[claim("4か国4都市と姉妹都市提携", 4, 4, "sister", "consistent"),
                claim("1都市と友好都市提携", 1, None, "friendship", "consistent")],
    )
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 31 Kaohsiung web page (zh-Hant)

KAOHSIUNG = [  # (continent, as written, country as written, ROC date, canonical)
    ("亞洲", "釜山廣域市", "韓國", "民國55年6月30日", "Busan"), ("亞洲", "宿霧市", "菲律賓", "民國79年3月22日", "Cebu City"),
    ("亞洲", "峴港市", "越南", "民國93年11月29日", "Da Nang"), ("亞洲", "泗水市", "印尼", "民國86年8月1日", "Surabaya"),
    ("亞洲", "八王子市", "日本", "民國95年11月6日", "Hachiōji"),
    ("美洲", "西雅圖市", "美國", "民國80年5月3日", "Seattle"), ("美洲", "檀香山市", "美國", "民國51年10月4日", "Honolulu"),
    ("美洲", "邁阿密市", "美國", "民國68年9月12日", "Miami"), ("美洲", "聖安東尼奧市", "美國", "民國70年4月9日", "San Antonio"),
    ("美洲", "塔爾薩市", "美國", "民國71年6月1日", "Tulsa"), ("美洲", "諾克斯維爾市", "美國", "民國73年3月15日", "Knoxville"),
    ("美洲", "波特蘭市（奧勒岡州）", "美國", "民國77年10月11日", "Portland"),
    ("美洲", "巴拿馬市", "巴拿馬", "民國88年7月2日", "Panama City"),
    ("美洲", "巴蘭基亞市", "哥倫比亞", "民國92年5月20日", "Barranquilla"),
    ("大洋洲", "布里斯本市", "澳洲", "民國86年10月14日", "Brisbane"), ("大洋洲", "柯羅", "帛琉", "民國91年8月8日", "Koror"),
    ("歐洲", "格丁尼亞市", "波蘭", "民國100年9月26日", "Gdynia"),
    ("非洲", "德班市", "南非", "民國94年2月25日", "Durban"), ("非洲", "墨巴本市", "史瓦帝尼", "民國96年4月30日", "Mbabane"),
]
KAOHSIUNG_ITEMS = [("港口智慧物流合作", "已簽署合作備忘錄", "Seattle", "agreed"),
                   ("青年交換實習計畫", "洽談中", "Brisbane", "in_progress"),
                   ("城市光雕藝術節合作", "暫緩辦理", "Busan", "stalled")]


@document("31_kaohsiung_sister_cities_zh.html", split="test", home="Kaohsiung", language="zh",
          features=["html", "Traditional Chinese", "姊妹市 (Taiwanese form)", "table with a continent column merged "
                    "over rows (rowspan)", "ROC-era dates (民國112年10月17日至19日, 113年3月12日至14日)", "來高",
                    "publication dates that are not visits", "nav/sidebar/footer noise naming other cities",
                    "a memorandum partner", "statuses in Chinese"])
def kaohsiung_html():
    rows = []
    for i, (region, city, country, date, _) in enumerate(KAOHSIUNG):
        first = i == 0 or KAOHSIUNG[i - 1][0] != region
        span = sum(1 for r in KAOHSIUNG if r[0] == region)
        cell = f'<td rowspan="{span}">{region}</td>' if first else ""
        rows.append(f"<tr>{cell}<td>{city}</td><td>{country}</td><td>{date}</td></tr>")
    items = "".join(f"<li>{t}：{s}</li>" for t, s, _, _ in KAOHSIUNG_ITEMS)
    main = (
        '<div class="breadcrumb">首頁 &gt; 市政資訊 &gt; 國際交流 &gt; 姊妹市</div>'
        "<h1>高雄市姊妹市一覽</h1>"
        "<p>高雄市目前已與13個國家、19個城市締結為姊妹市，另與日本熊本市簽署交流合作備忘錄。</p>"
        "<table><thead><tr><th>洲別</th><th>城市</th><th>國家</th><th>締盟日期</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        "<h2>最新消息</h2>"
        '<div class="news"><p class="date">發布日期：112-10-20</p>'
        "<p>美國西雅圖港務局訪問團於民國112年10月17日至19日來高，參訪高雄港及亞洲新灣區，並與市府就港口智慧物流"
        "交換意見。</p></div>"
        '<div class="news"><p class="date">發布日期：113-03-18</p>'
        "<p>市府團隊113年3月12日至14日赴日本八王子市，出席締盟紀念活動並考察當地長照設施。</p></div>"
        f"<h2>合作項目辦理情形</h2><ul>{items}</ul>")
    nav = ("<a href='/'>首頁</a> | <a href='https://www.gov.taipei.example'>臺北市政府</a> | "
           "<a href='https://www.taichung.example'>臺中市政府</a> | <a href='https://www.tainan.example'>臺南市政府</a> | "
           "<a href='/en'>English</a> | <a href='/sitemap'>網站導覽</a>")
    aside = ("<h3>熱門景點</h3><ul><li>駁二藝術特區</li><li>旗津海岸</li><li>西子灣</li><li>澄清湖</li></ul>"
             "<h3>相關連結</h3><ul><li>桃園國際機場</li><li>花蓮觀光資訊</li></ul>")
    footer = "高雄市政府 新聞局 · 802 高雄市苓雅區四維三路2號 · 服務時間：週一至週五 8:00-17:30 · 隱私權政策"
    gold = Gold(
        partnerships=[partner(c, canon, "sister") for _, c, _, _, canon in KAOHSIUNG]
        + [partner("熊本市", "Kumamoto", "partner")],
        engagements=[engagement("incoming", ["Seattle"], "Kaohsiung", "2023-10-17", "2023-10-19"),
                     engagement("outgoing", ["Kaohsiung"], "Hachiōji", "2024-03-12", "2024-03-14")],
        cooperation=[coop(t, st, ["Kaohsiung", c]) for t, _, c, st in KAOHSIUNG_ITEMS],
        claims=[claim("13個國家、19個城市締結為姊妹市", 19, 13, "sister", "consistent")],
    )
    return html_page("zh", "姊妹市 – 高雄市政府", nav, main, aside, footer), gold


# --------------------------------------------------------------------------- 32 Valencia report (es)

VALENCIA_TWINS = [("Maguncia", "Alemania", "1978", "Mainz"), ("Valencia", "Venezuela", "1981", "Valencia (VE)"),
                  ("Veracruz", "México", "1992", "Veracruz"), ("Bolonia", "Italia", "1995", "Bologna"),
                  ("Plovdiv", "Bulgaria", "2006", "Plovdiv")]
VALENCIA_ITEMS = [("Red de huertos urbanos", "Maguncia", "acordada durante la visita", "Mainz", "agreed"),
                  ("Intercambio de técnicos de bomberos", "Maguncia", "en fase de negociación", "Mainz",
                   "in_progress"),
                  ("Festival de cine mediterráneo", "Bolonia", "propuesto por Bolonia para 2025", "Bologna",
                   "proposed"),
                  ("Feria gastronómica conjunta", "Bolonia", "finalizada en octubre de 2023", "Bologna", "completed"),
                  ("Vuelo directo València–Plovdiv", "Plovdiv", "descartado por falta de demanda", "Plovdiv",
                   "dropped"),
                  ("Cátedra de estudios urbanos", "Valencia (Venezuela)", "en suspenso desde 2019", "Valencia (VE)",
                   "stalled")]


@document("32_valencia_informe_mision_es.docx", split="test", home="Valencia", language="es",
          features=["docx", "Spanish", "table whose title row is merged across the columns",
                    "a partner with the home city's own name (Valencia, Venezuela)", "Spanish exonyms (Maguncia, "
                    "Bolonia)", "entre los días 3 y 5 de abril de 2024", "los días 8 y 9 del mismo mes",
                    "meeting with a consul", "bulleted items 'title (city): state'", "partners in prose"])
def valencia_docx():
    from docx import Document

    doc = Document()
    doc.add_heading("Informe de la misión institucional a Maguncia y Bolonia", 0)
    doc.add_paragraph("Servicio de Relaciones Internacionales · Ajuntament de València · junio de 2024")
    doc.add_heading("1. Contexto", 1)
    doc.add_paragraph("València mantiene hermanamientos con cinco ciudades de cinco países, recogidos en la tabla "
                      "siguiente. Además, el Ayuntamiento tiene suscritos acuerdos de cooperación con Guangzhou y "
                      "con Xi'an, ambas en China.")
    table = doc.add_table(rows=2 + len(VALENCIA_TWINS), cols=3)
    table.style = "Table Grid"
    title = table.cell(0, 0).merge(table.cell(0, 2))
    title.text = "Ciudades hermanadas con València"
    for c, h in enumerate(["Ciudad", "País", "Año del hermanamiento"]):
        table.cell(1, c).text = h
    for r, row in enumerate(VALENCIA_TWINS, 2):
        for c, value in enumerate(row[:3]):
            table.cell(r, c).text = value
    doc.add_heading("2. Desarrollo de la misión", 1)
    doc.add_paragraph("La delegación, encabezada por la concejala de Relaciones Internacionales, estuvo en Maguncia "
                      "entre los días 3 y 5 de abril de 2024 y continuó viaje a Bolonia, donde permaneció los días "
                      "8 y 9 del mismo mes.")
    doc.add_paragraph("Ya de regreso, el jueves 20 de junio de 2024 la alcaldesa recibió en el Ayuntamiento al cónsul "
                      "general de México para preparar el aniversario del hermanamiento con Veracruz.")
    doc.add_heading("3. Estado de los compromisos", 1)
    for t, w, s, _, _ in VALENCIA_ITEMS:
        doc.add_paragraph(f"{t} ({w}): {s}.", style="List Bullet")
    gold = Gold(
        partnerships=[partner(c, canon, "sister") for c, _, _, canon in VALENCIA_TWINS]
        + [partner("Guangzhou", "Guangzhou", "partner"), partner("Xi'an", "Xi'an", "partner")],
        engagements=[engagement("outgoing", ["Valencia"], "Mainz", "2024-04-03", "2024-04-05"),
                     engagement("outgoing", ["Valencia"], "Bologna", "2024-04-08", "2024-04-09"),
                     engagement("meeting", ["MX"], "Valencia", "2024-06-20")],
        cooperation=[coop(t, st, ["Valencia", c]) for t, _, _, c, st in VALENCIA_ITEMS],
        claims=[claim("hermanamientos con cinco ciudades de cinco países", 5, 5, "sister", "consistent")],
    )
    return docx_bytes(doc, "Informe mision Maguncia Bolonia"), gold


# --------------------------------------------------------------------------- 33 Bordeaux e-mail (fr, ISO-8859-1)

BORDEAUX_TWINS = [("Bristol", "Bristol"), ("Munich", "Munich"), ("Madrid", "Madrid"), ("Porto", "Porto"),
                  ("Québec", "Québec"), ("Lima", "Lima"), ("Los Angeles", "Los Angeles"), ("Fukuoka", "Fukuoka"),
                  ("Casablanca", "Casablanca"), ("Ashdod", "Ashdod"), ("Riga", "Riga"), ("Cracovie", "Kraków"),
                  ("Wuhan", "Wuhan"), ("Oran", "Oran"), ("Bamako", "Bamako"),
                  ("Saint-Pétersbourg", "Saint Petersburg")]
BORDEAUX_ITEMS = [("Échanges entre viticulteurs et brasseurs de saké", "en cours", "in_progress"),
                  ("Jumelage entre lycées hôteliers", "convention signée le 4 mars 2024", "agreed"),
                  ("Semaine du cinéma japonais", "réalisée en novembre 2023", "completed"),
                  ("Liaison aérienne directe Bordeaux - Fukuoka", "abandonnée", "dropped"),
                  ("Stage croisé d'agents municipaux", "en attente du budget 2025", "stalled")]


def bordeaux_fiche_pdf() -> bytes:
    lines = [(50, 800, 9, "Mairie de Bordeaux - Direction des relations internationales"),
             (50, 760, 15, "Fiche de suivi : coopération Bordeaux / Fukuoka (avril 2024)"),
             (50, 730, 11, "Ville jumelée depuis 1982. Référente : pôle Asie."),
             (50, 700, 12, "Actions")]
    y = 678
    for title, state, _ in BORDEAUX_ITEMS:
        lines.append((50, y, 11, f"\u2022 {title} .......... {state}"))
        y -= 20
    lines.append((50, 40, 8, "Document interne - ne pas diffuser"))
    return minimal_pdf([lines])


@document("33_bordeaux_agenda_international_fr.eml", split="test", home="Bordeaux", language="fr",
          encoding="iso-8859-1",
          features=["eml", "French", "ISO-8859-1 quoted-printable body", "PDF attachment (status sheet, dotted "
                    "leaders)", "partner list inline in one sentence", "mardi 14/05/2024 et mercredi 15/05/2024",
                    "'les 2 et 3 juillet' with the year from the Date header", "an internal meeting date (22/04) that "
                    "is not an engagement", "a suspended twinning still listed", "coopération décentralisée"])
def bordeaux_email():
    twins = ", ".join(w for w, _ in BORDEAUX_TWINS[:-1]) + f" et {BORDEAUX_TWINS[-1][0]}"
    text = (
        "Bonjour à toutes et à tous,\n\n"
        "Suite à la réunion de service du 22/04, voici le point sur l'agenda international du printemps.\n\n"
        "1) Accueil de la délégation de Fukuoka (ville jumelée depuis 1982) : la délégation sera reçue à l'Hôtel de\n"
        "Ville le mardi 14/05/2024 et le mercredi 15/05/2024. Programme : Cité du Vin, écosystème Darwin, quais.\n\n"
        "2) Mission à Porto les 2 et 3 juillet (adjoint au maire + deux agents), sur le tourisme fluvial.\n\n"
        f"3) Pour mémoire, la liste à jour des villes jumelées : {twins} (jumelage suspendu depuis mars 2022),\n"
        "soit 16 villes dans 16 pays.\n\n"
        "4) Partenariats de coopération décentralisée hors jumelage : Ouagadougou (Burkina Faso) et Ramallah\n"
        "(Palestine).\n\n"
        "La fiche de suivi Bordeaux / Fukuoka est jointe à ce message.\n\n"
        "Bien cordialement,\n"
        "Direction des relations internationales\n"
        "Mairie de Bordeaux\n")
    msg = EmailMessage()
    msg["From"] = "Relations internationales <dri@bordeaux.example>"
    msg["To"] = "Equipe DRI <equipe-dri@bordeaux.example>"
    msg["Subject"] = "Agenda international : Fukuoka, Porto et liste des jumelages"
    msg["Date"] = "Tue, 23 Apr 2024 16:40:00 +0200"
    msg["Message-ID"] = "<corpus-33@bordeaux.example>"
    msg.set_content(text, charset="iso-8859-1")
    msg.add_attachment(bordeaux_fiche_pdf(), maintype="application", subtype="pdf",
                       filename="fiche_suivi_fukuoka_2024.pdf")
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, c in BORDEAUX_TWINS]
        + [partner("Ouagadougou", "Ouagadougou", "partner"), partner("Ramallah", "Ramallah", "partner")],
        engagements=[engagement("incoming", ["Fukuoka"], "Bordeaux", "2024-05-14", "2024-05-15"),
                     engagement("outgoing", ["Bordeaux"], "Porto", "2024-07-02", "2024-07-03")],
        cooperation=[coop(t, st, ["Bordeaux", "Fukuoka"]) for t, _, st in BORDEAUX_ITEMS],
        claims=[claim("16 villes dans 16 pays", 16, 16, "sister", "consistent")],
    )
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 34 Munich minutes (de, hand-written PDF)

MUNICH_TWINS = [("Edinburgh (Schottland)", "1954", "Edinburgh"), ("Verona (Italien)", "1960", "Verona"),
                ("Bordeaux (Frankreich)", "1964", "Bordeaux"), ("Sapporo (Japan)", "1972", "Sapporo"),
                ("Cincinnati (USA)", "1989", "Cincinnati"), ("Kiew (Ukraine)", "1989", "Kyiv"),
                ("Harare (Simbabwe)", "1996", "Harare"), ("Be'er Scheva (Israel)", "2021", "Beersheba")]
MUNICH_DATES = ["Termine 2024", "04.-06.06.2024  Delegation aus", "Cincinnati in München", "",
                "12.-14.08.2024  Reise des", "Bürgermeisters nach Edinburgh", "(Festival Fringe)", "",
                "laufend: Ausstellung im Rathaus"]
MUNICH_ITEMS = [("Wiederaufbau von Schulen in Kiew", "vereinbart, Absichtserklärung unterzeichnet", "Kyiv", "agreed"),
                ("Fachkräfteaustausch Pflege mit Harare", "ruht seit 2022", "Harare", "stalled"),
                ("Bierkulturwoche mit Sapporo", "abgeschlossen", "Sapporo", "completed"),
                ("Start-up-Brücke München - Be'er Scheva", "in Abstimmung", "Beersheba", "in_progress"),
                ("Radschnellweg-Beratung für Verona", "von Verona angeregt", "Verona", "proposed"),
                ("Gemeinsamer Weihnachtsmarktstand in Cincinnati", "verworfen", "Cincinnati", "dropped")]


@document("34_muenchen_protokoll_staedtepartnerschaften_de.pdf", split="test", home="Munich", language="de",
          handwritten=True,
          features=["pdf (hand-written, Helvetica)", "German", "two columns written line by line across the page "
                    "(partner list left, dates right: interleaving)", "04.-06.06.2024", "am 18. März 2024",
                    "meeting with a consul general", "lettered TOP list with German statuses", "Kiew, Be'er Scheva"])
def munich_pdf():
    header = (50, 805, 9, "Landeshauptstadt München - Direktorium - Städtepartnerschaften")
    page1 = [header, (50, 770, 15, "Niederschrift: Arbeitskreis Städtepartnerschaften"),
             (50, 752, 11, "Sitzung vom 12.03.2024, Rathaus, Zimmer 227"),
             (50, 726, 11, "München unterhält acht Städtepartnerschaften in acht Ländern."),
             (50, 700, 12, "Partnerstädte seit")]
    left = [f"{w}  {y}" for w, y, _ in MUNICH_TWINS]
    y = 680
    for i in range(max(len(left), len(MUNICH_DATES))):
        if i < len(left):
            page1.append((50, y, 11, left[i]))
        if i < len(MUNICH_DATES) and MUNICH_DATES[i]:
            page1.append((320, y + 20 if i == 0 else y, 12 if i == 0 else 11, MUNICH_DATES[i]))
        y -= 18
    page2 = [header, (50, 770, 12, "TOP 2 - Ukraine"),
             (50, 750, 11, "Am 18. März 2024 Gespräch mit der Generalkonsulin der Ukraine zur Hilfe für Kiew."),
             (50, 716, 12, "TOP 3 - Stand der Projekte")]
    y = 696
    for letter, (title, state, _, _) in zip("abcdef", MUNICH_ITEMS):
        page2.append((50, y, 11, f"{letter}) {title}: {state}"))
        y -= 18
    for n, page in enumerate((page1, page2), 1):
        page.append((50, 40, 9, f"Seite {n} von 2"))
    gold = Gold(
        partnerships=[partner(w.split(" (")[0], c, "sister") for w, _, c in MUNICH_TWINS],
        engagements=[engagement("incoming", ["Cincinnati"], "Munich", "2024-06-04", "2024-06-06"),
                     engagement("outgoing", ["Munich"], "Edinburgh", "2024-08-12", "2024-08-14"),
                     engagement("meeting", ["UA"], "Munich", "2024-03-18")],
        cooperation=[coop(t, st, ["Munich", c]) for t, _, c, st in MUNICH_ITEMS],
        claims=[claim("acht Städtepartnerschaften in acht Ländern", 8, 8, "sister", "consistent")],
    )
    return minimal_pdf([page1, page2]), gold


# --------------------------------------------------------------------------- 35 Melbourne briefing (md)

MELBOURNE = [("Asia", "Osaka", "Japan", "1978", "", "Osaka"), ("Asia", "Tianjin", "China", "1980", "", "Tianjin"),
             ("Europe", "Thessaloniki", "Greece", "1984", "", "Thessaloniki"),
             ("Europe", "St Petersburg", "Russia", "1989", " — *relationship suspended since March 2022*",
              "Saint Petersburg"),
             ("Europe", "Milan", "Italy", "2004", "", "Milan"),
             ("North America", "Boston", "USA", "1985", "", "Boston")]
MELBOURNE_ITEMS = [("Urban forest knowledge exchange", "Milan", "Underway", "in_progress"),
                   ("Life sciences precinct MoU", "Boston", "Signed (March 2024)", "agreed"),
                   ("Greek writers' festival", "Thessaloniki", "Delivered", "completed"),
                   ("Tram data-sharing pilot", "Osaka", "Under consideration", "proposed"),
                   ("Cold-chain logistics study", "Tianjin", "Paused", "stalled"),
                   ("Arts residency", "St Petersburg", "Discontinued", "dropped")]


@document("35_melbourne_sister_city_briefing.md", split="test", home="Melbourne", language="en",
          features=["markdown", "nested bullet lists grouped by continent", "a suspended relationship in italics",
                    "numbers in words", "3rd–5th June 2024", "14/10/2024 – 18/10/2024 (day/month)",
                    "table with a partner column and free-text statuses"])
def melbourne_md():
    parts = ["# Sister City Program — briefing for the Lord Mayor",
             "",
             "*City of Melbourne · International Engagement Branch · November 2024*",
             "",
             "Melbourne maintains six sister city relationships across six countries. The oldest, with Osaka, was "
             "signed in 1978.",
             "",
             "## Relationships",
             ""]
    for region in ("Asia", "Europe", "North America"):
        parts.append(f"- {region}")
        parts += [f"    - **{w}** ({c}), since {y}{note}" for reg, w, c, y, note, _ in MELBOURNE if reg == region]
    parts += ["",
              "## Recent and upcoming visits",
              "",
              "The Deputy Mayor of Osaka led a business delegation to Melbourne, 3rd–5th June 2024, focusing on "
              "the tram network and the Queen Victoria Market renewal.",
              "",
              "Lord Mayor's mission to Tianjin: 14/10/2024 – 18/10/2024 (port and cold-chain logistics).",
              "",
              "## Programs",
              "",
              "| Program | Partner | Status |",
              "|:--|:--|:--|"]
    parts += [f"| {t} | {w} | {s} |" for t, w, s, _ in MELBOURNE_ITEMS]
    parts += ["", "_Prepared for internal briefing only._", ""]
    canon = {w: c for _, w, _, _, _, c in MELBOURNE}
    gold = Gold(
        partnerships=[partner(w, c, "sister") for _, w, _, _, _, c in MELBOURNE],
        engagements=[engagement("incoming", ["Osaka"], "Melbourne", "2024-06-03", "2024-06-05"),
                     engagement("outgoing", ["Melbourne"], "Tianjin", "2024-10-14", "2024-10-18")],
        cooperation=[coop(t, st, ["Melbourne", canon[w]]) for t, w, _, st in MELBOURNE_ITEMS],
        claims=[claim("six sister city relationships across six countries", 6, 6, "sister", "consistent")],
    )
    return "\n".join(parts).encode("utf-8"), gold
