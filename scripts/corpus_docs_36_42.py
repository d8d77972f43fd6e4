"""Corpus documents 36-42: part of the fresh ``test`` split written on 2026-11-30.

Written by someone who did not write the extraction rules, in new words and new layouts (see
docs/evaluation.md). Rule writers: do not read this file or these documents' gold.
City names and partner pairs are real where we know them (checked against
``../shared/data/twin-cities``); visits, dates and cooperation items are invented.
"""

from __future__ import annotations

from email.header import Header
from email.message import EmailMessage

from corpus_common import (Gold, Spec, claim, coop, deck_bytes, docx_bytes, eml_bytes, engagement, html_page,
                           new_deck, new_docx, partner, registrar, slide_table, textbox, titled_slide)

SPECS: list[Spec] = []
document = registrar(SPECS)

IDEO = "\u3000"  # ideographic space


def _pad(text: str, width: int) -> str:
    """Pad with ideographic spaces to a width counted in full-width characters (a fixed-width table)."""
    return text + IDEO * max(1, width - len(text))


# --------------------------------------------------------------------------- 36 Chengdu list (zh, GBK)

CHENGDU = [  # (as written, country as written, signed, category, canonical)
    ("凤凰城", "美国", "1986.05", "友好城市", "Phoenix"), ("蒙彼利埃", "法国", "1981.10", "友好城市", "Montpellier"),
    ("温尼伯", "加拿大", "1988.09", "友好城市", "Winnipeg"), ("林茨", "奥地利", "1983.11", "友好城市", "Linz"),
    ("甲府", "日本", "1984.09", "友好城市", "Kofu"), ("大邱", "韩国", "2015.03", "友好城市", "Daegu"),
    ("珀斯", "澳大利亚", "2012.04", "友好城市", "Perth"), ("谢菲尔德", "英国", "2010.05", "友好城市", "Sheffield"),
    ("波恩", "德国", "2009.08", "友好城市", "Bonn"), ("罗兹", "波兰", "2015.06", "友好城市", "Łódź"),
    ("清迈", "泰国", "2016.03", "友好合作关系城市", "Chiang Mai"), ("棉兰", "印度尼西亚", "2013.09", "友好城市", "Medan"),
    ("纳什维尔", "美国", "2018.06", "友好合作关系城市", "Nashville"),
    ("加德满都", "尼泊尔", "2017.05", "友好合作关系城市", "Kathmandu"),
    ("巴勒莫", "意大利", "2016.10", "友好合作关系城市", "Palermo"),
    ("马普托", "莫桑比克", "2017.11", "友好合作关系城市", "Maputo"), ("海法", "以色列", "2017.09", "友好合作关系城市", "Haifa"),
    ("萨波潘", "墨西哥", "2016.06", "友好合作关系城市", "Zapopan"),
    ("卢布尔雅那", "斯洛文尼亚", "2018.10", "友好合作关系城市", "Ljubljana"),
    ("汉密尔顿", "新西兰", "2014.11", "友好合作关系城市", "Hamilton (NZ)"),
]
CHENGDU_KIND = {"友好城市": "sister", "友好合作关系城市": "friendship"}


@document("36_chengdu_youhao_chengshi_gbk.txt", split="test", home="Chengdu", language="zh", encoding="gbk",
          features=["txt", "Simplified Chinese", "GBK", "fixed-width table padded with ideographic spaces",
                    "category column (友好城市 / 友好合作关系城市)", "1986.05-style signing dates",
                    "2023年9月5日—7日", "同年11月 (year from the previous sentence)", "inconsistent headline"])
def chengdu_txt():
    lines = ["成都市国际友好城市及友好合作关系城市一览", "（截至2023年12月）", "",
             "成都已与全球21个城市建立国际友好城市或友好合作关系城市关系，分布在19个国家；其中国际友好城市11个。", "",
             _pad("序号", 3) + _pad("城市", 6) + _pad("国家", 6) + _pad("结好时间", 6) + "类别"]
    for i, (c, n, d, k, _) in enumerate(CHENGDU, 1):
        lines.append(_pad(str(i), 3) + _pad(c, 6) + _pad(n, 6) + _pad(d, 6) + k)
    lines += ["", "2023年主要交流活动", "",
              "2023年9月5日—7日，澳大利亚珀斯市市长率团访问成都，双方签署了大熊猫科研与教育合作备忘录。",
              "同年11月，成都市政府代表团出访法国蒙彼利埃市，就开通成都—蒙彼利埃直航航线事宜进行磋商，目前仍在磋商中。",
              "与林茨市合作举办的数字艺术节已圆满完成。", ""]
    gold = Gold(
        partnerships=[partner(c, canon, CHENGDU_KIND[k], i) for i, (c, _, _, k, canon) in enumerate(CHENGDU, 1)],
        engagements=[engagement("incoming", ["Perth"], "Chengdu", "2023-09-05", "2023-09-07"),
                     engagement("outgoing", ["Chengdu"], "Montpellier", "2023-11")],
        cooperation=[coop("大熊猫科研与教育合作", "agreed", ["Chengdu", "Perth"]),
                     coop("成都—蒙彼利埃直航航线", "in_progress", ["Chengdu", "Montpellier"]),
                     coop("数字艺术节", "completed", ["Chengdu", "Linz"])],
        claims=[claim("21个城市……分布在19个国家", 21, 19, "all", "inconsistent"),
                claim("国际友好城市11个", 11, None, "sister", "consistent")],
    )
    return "\r\n".join(lines).encode("gbk"), gold


# --------------------------------------------------------------------------- 37 Nagoya e-mail (ja, ISO-2022-JP)

NAGOYA = [("姉妹都市", "ロサンゼルス", "米国", "Los Angeles", "sister"),
          ("姉妹都市", "メキシコシティ", "メキシコ", "Mexico City", "sister"),
          ("姉妹都市", "シドニー", "オーストラリア", "Sydney", "sister"), ("姉妹都市", "トリノ", "イタリア", "Turin", "sister"),
          ("友好都市", "南京", "中国", "Nanjing", "friendship"), ("パートナー都市", "ランス", "フランス", "Reims", "partner")]


@document("37_nagoya_sydney_iso2022jp.eml", split="test", home="Nagoya", language="ja", encoding="iso-2022-jp",
          features=["eml", "Japanese", "ISO-2022-JP 7bit body", "来名", "11月5日（火）〜11月7日（木） with the year from "
                    "the Date header", "記 … 以上 notice layout",
                    "reference list of ties grouped by kind on one line each", "statuses in Japanese"])
def nagoya_email():
    groups = []
    for kind in ("姉妹都市", "友好都市", "パートナー都市"):
        groups.append(f"{IDEO}{kind}：" + "、".join(f"{c}（{n}）" for k, c, n, _, _ in NAGOYA if k == kind))
    text = (
        "関係各位\n\n"
        "お疲れさまです。国際交流課です。\n"
        "姉妹都市シドニー市（オーストラリア）の代表団が、下記のとおり来名しますので、ご協力をお願いいたします。\n\n"
        "記\n\n"
        "１．期間　11月5日（火）〜11月7日（木）\n"
        "２．人数　副市長以下8名\n"
        "３．主な日程\n"
        "　11/5　市長表敬、名古屋城視察\n"
        "　11/6　名古屋港視察、意見交換会\n"
        "　11/7　東山動植物園視察\n\n"
        "なお、昨年度に合意した動物園間の技術交流については、今回の訪問で覚書を取り交わす予定です。\n"
        "また、姉妹都市提携45周年記念事業（令和7年）の内容は、引き続き先方と協議中です。\n\n"
        "（参考）名古屋市の姉妹友好都市等\n" + "\n".join(groups) + "\n\n"
        "以上\n\n"
        "名古屋市 観光文化交流局 国際交流課\n")
    msg = EmailMessage()
    msg["From"] = Header("名古屋市 国際交流課", "iso-2022-jp").encode(maxlinelen=998) + " <kokusai@nagoya.example>"
    msg["To"] = Header("関係各課", "iso-2022-jp").encode(maxlinelen=998) + " <kankei@nagoya.example>"
    msg["Subject"] = Header("【ご案内】シドニー市代表団の来名について", "iso-2022-jp").encode(maxlinelen=998)
    msg["Date"] = "Mon, 21 Oct 2024 10:15:00 +0900"
    msg["Message-ID"] = "<corpus-37@nagoya.example>"
    msg.set_content(text.encode("iso-2022-jp"), maintype="text", subtype="plain", cte="7bit",
                    params={"charset": "iso-2022-jp"})
    gold = Gold(
        partnerships=[partner(c, canon, kind) for _, c, _, canon, kind in NAGOYA],
        engagements=[engagement("incoming", ["Sydney"], "Nagoya", "2024-11-05", "2024-11-07")],
        cooperation=[coop("動物園間の技術交流", "agreed", ["Nagoya", "Sydney"]),
                     coop("姉妹都市提携45周年記念事業", "in_progress", ["Nagoya", "Sydney"])],
    )
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 38 Suwon (ko, docx, merged cells)

SUWON = [("자매도시", "아사히카와시", "일본", "1989. 10. 25.", "Asahikawa"),
         ("자매도시", "지난시", "중국", "1993. 10. 27.", "Jinan"),
         ("자매도시", "프라이부르크시", "독일", "2015. 5. 6.", "Freiburg im Breisgau"),
         ("자매도시", "클루지나포카시", "루마니아", "2000. 4. 12.", "Cluj-Napoca"),
         ("자매도시", "톨루카시", "멕시코", "1999. 2. 9.", "Toluca"),
         ("자매도시", "반둥시", "인도네시아", "1997. 8. 7.", "Bandung"),
         ("자매도시", "하이즈엉성", "베트남", "2004. 12. 28.", "Hải Dương"),
         ("자매도시", "페스시", "모로코", "2003. 3. 31.", "Fez"),
         ("자매도시", "타운즈빌시", "호주", "1997. 9. 11.", "Townsville"),
         ("우호도시", "니즈니노브고로드시", "러시아", "2005. 9. 16.", "Nizhny Novgorod"),
         ("우호도시", "쿠리치바시", "브라질", "2003. 6. 23.", "Curitiba"),
         ("우호도시", "씨엠립주", "캄보디아", "2007. 11. 5.", "Siem Reap"),
         ("우호도시", "얄로바시", "튀르키예", "2010. 3. 18.", "Yalova")]
SUWON_ITEMS = [("탄소중립 도시 협력", "프라이부르크", "추진 중", "Freiburg im Breisgau", "in_progress"),
               ("청소년 홈스테이 교류", "아사히카와", "완료", "Asahikawa", "completed"),
               ("생태교통 페스티벌 공동 개최", "톨루카", "제안", "Toluca", "proposed"),
               ("의료관광 협력", "지난", "보류", "Jinan", "stalled"),
               ("스마트 상수도 기술 지원", "하이즈엉성", "업무협약 체결", "Hải Dương", "agreed")]


@document("38_suwon_sister_friendship_cities_ko.docx", split="test", home="Suwon", language="ko",
          features=["docx", "Korean", "kind column merged vertically over its rows", "'1989. 10. 25.' signing dates",
                    "2024. 5. 14.(화) ~ 5. 16.(목)", "○ bullets 'title(city): state'", "a province as a partner",
                    "headline claim over two kinds"])
def suwon_docx():
    doc = new_docx()
    doc.add_heading("수원시 국제 자매·우호도시 현황", 0)
    doc.add_paragraph("(2024. 6. 기준, 국제협력과)")
    doc.add_paragraph("수원시는 13개국 13개 도시와 자매·우호 관계를 맺고 있습니다.")
    table = doc.add_table(rows=1 + len(SUWON), cols=4)
    table.style = "Table Grid"
    for c, h in enumerate(["구분", "도시명", "국가", "체결일"]):
        table.cell(0, c).text = h
    for r, (kind, city, country, date, _) in enumerate(SUWON, 1):
        table.cell(r, 1).text = city
        table.cell(r, 2).text = country
        table.cell(r, 3).text = date
    for kind in ("자매도시", "우호도시"):
        rows = [r for r, row in enumerate(SUWON, 1) if row[0] == kind]
        merged = table.cell(rows[0], 0).merge(table.cell(rows[-1], 0))
        merged.text = f"{kind}\n({len(rows)})"
    doc.add_heading("2024년 주요 교류", 1)
    doc.add_paragraph("2024. 5. 14.(화) ~ 5. 16.(목) 프라이부르크시 대표단 수원 방문 (기후·환경 정책 교류)")
    doc.add_paragraph("2024. 9. 23.(월) 수원시장 일행 반둥시 방문 (도시재생 현장 견학)")
    doc.add_heading("협력사업 추진 현황", 1)
    for t, w, s, _, _ in SUWON_ITEMS:
        doc.add_paragraph(f"○ {t}({w}): {s}")
    gold = Gold(
        partnerships=[partner(c, canon, "sister" if k == "자매도시" else "friendship") for k, c, _, _, canon in SUWON],
        engagements=[engagement("incoming", ["Freiburg im Breisgau"], "Suwon", "2024-05-14", "2024-05-16"),
                     engagement("outgoing", ["Suwon"], "Bandung", "2024-09-23")],
        cooperation=[coop(t, st, ["Suwon", c]) for t, _, _, c, st in SUWON_ITEMS],
        claims=[claim("13개국 13개 도시와 자매·우호 관계", 13, 13, "all", "consistent")],
    )
    return docx_bytes(doc, "Suwon sister and friendship cities"), gold


# --------------------------------------------------------------------------- 39 Sendai fax OCR (en, cp1252)

SENDAI = [  # (OCR'd line, as written, canonical, kind)
    ("  * Rlverside , U.S.A.        (1957)", "Rlverside", "Riverside", "sister"),
    ("  * Renn es , France          (1967)", "Renn es", "Rennes", "sister"),
    ("  * Mlnsk , Belarus           (l973)", "Mlnsk", "Minsk", "sister"),
    ("  * ACAPULCO , Mexico        ( 1973 )", "ACAPULCO", "Acapulco", "sister"),
    ("  * Dal1as , U S A            (1997)", "Dal1as", "Dallas", "sister"),
]


@document("39_sendai_fax_ocr.txt", split="test", home="Sendai", language="en", encoding="cp1252",
          features=["txt", "cp1252", "OCR of a fax: l/I and 1/l confusion, split words, stray ¦ and ° marks",
                    "kinds as line labels (Friendship City / Exchange Promotion Agreement)", "0ctober 21 - 23 , 2024",
                    "statuses in capitals"])
def sendai_txt():
    lines = ["SENDAl ClTY  -  lnternational Affairs Div.          [ FAX ]   p. 1 / 1",
             "¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦",
             "To :  Office of Economic Development , City of Dallas",
             "Re :  Visit of Dal1as delegation to Sendai , 0ctober 21 - 23 , 2024",
             "",
             "Sendai has 5 sister cities in 4 countries :",
             ""]
    lines += [line for line, _, _, _ in SENDAI]
    lines += ["",
              "Friendship City :   Chang chun , China  (1980)",
              "Exchange Promotion Agreement :  Gwang ju , Korea (2002) ;  Tai nan , Taiwan (2006)",
              "",
              "Items for the visit °",
              "  l. Youth baseball exchange ............ AGREED",
              "  2. Direct flight promotion  ........... UNDER DlSCUSSION",
              "",
              "Please confirm the hotel by return fax .   Thank you ."]
    gold = Gold(
        partnerships=[partner(w, c, k) for _, w, c, k in SENDAI]
        + [partner("Chang chun", "Changchun", "friendship"), partner("Gwang ju", "Gwangju", "partner"),
           partner("Tai nan", "Tainan", "partner")],
        engagements=[engagement("incoming", ["Dallas"], "Sendai", "2024-10-21", "2024-10-23")],
        cooperation=[coop("Youth baseball exchange", "agreed", ["Sendai", "Dallas"]),
                     coop("Direct flight promotion", "in_progress", ["Sendai", "Dallas"])],
        claims=[claim("5 sister cities in 4 countries", 5, 4, "sister", "consistent")],
    )
    return ("\r\n".join(lines) + "\r\n").encode("cp1252"), gold


# --------------------------------------------------------------------------- 40 Brisbane web page (en)

BRISBANE = [("Kobe", "Japan", "1985", "Kobe"), ("Auckland", "New Zealand", "1988", "Auckland"),
            ("Shenzhen", "China", "1992", "Shenzhen"), ("Semarang", "Indonesia", "1993", "Semarang"),
            ("Kaohsiung", "Taiwan", "1997", "Kaohsiung"), ("Daejeon", "South Korea", "2002", "Daejeon"),
            ("Chongqing", "China", "2005", "Chongqing"), ("Hyderabad", "India", "2016", "Hyderabad"),
            ("Abu Dhabi", "United Arab Emirates", "2017", "Abu Dhabi")]
BRISBANE_ITEMS = [("Port partnership agreement", "Kobe", "renewed — agreement signed in May 2024", "agreed"),
                  ("Science and innovation exchange", "Daejeon", "planning underway with Daejeon's officials",
                   "in_progress"),
                  ("Flood-resilience mentoring", "Semarang", "completed in 2023", "completed")]


@document("40_brisbane_sister_cities.html", split="test", home="Brisbane", language="en",
          features=["html", "cookie banner, mega-menu and footer naming neighbouring councils",
                    "one card per city (h3 + 'Country · Sister City since YYYY')", "numbers in words",
                    "Monday 3 June to Wednesday 5 June 2024", "16–18 October 2024", "a 'Posted' date that is not "
                    "a visit", "statuses after an em dash"])
def brisbane_html():
    cards = "".join(f'<div class="card"><h3>{c}</h3><p class="meta">{n} · Sister City since {y}</p></div>'
                    for c, n, y, _ in BRISBANE)
    items = "".join(f"<li><strong>{t}</strong> ({w}) — {s}</li>" for t, w, s, _ in BRISBANE_ITEMS)
    main = (
        '<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>'
        '<nav class="breadcrumbs">Home / About Council / International relations / Sister cities</nav>'
        "<h1>Sister cities</h1>"
        "<p>Brisbane has nine sister cities in eight countries. The relationships open doors for trade, education "
        "and culture across the Asia-Pacific and beyond.</p>"
        f'<div class="cards">{cards}</div>'
        "<h2>News</h2>"
        '<article><p class="posted">Posted 7 June 2024</p>'
        "<p>The Vice-Mayor of Kobe visited Brisbane from Monday 3 June to Wednesday 5 June 2024, touring the Port of "
        "Brisbane and the Howard Smith Wharves precinct.</p>"
        "<p>Next up: the Lord Mayor will lead a trade and science mission to Daejeon, 16–18 October 2024.</p></article>"
        f"<h2>Current programs</h2><ul>{items}</ul>")
    nav = ("<ul class='mega'><li>Rates &amp; payments</li><li>Bins &amp; recycling</li><li>Parks &amp; venues"
           "<ul><li>Mount Coot-tha</li><li>South Bank Parklands</li></ul></li><li>Traffic &amp; transport</li>"
           "<li>Community &amp; safety</li><li>About Council</li></ul>")
    aside = ("<h3>Related</h3><ul><li>Brisbane 2032 Olympic and Paralympic Games</li><li>Business in Brisbane</li>"
             "<li>International students</li></ul>")
    footer = ("Brisbane City Council · 266 George Street, Brisbane QLD 4000 · Our neighbours: Ipswich, Logan, "
              "Moreton Bay, Redland · Gold Coast and Sunshine Coast visitor information · Privacy · Accessibility")
    gold = Gold(
        partnerships=[partner(c, canon, "sister") for c, _, _, canon in BRISBANE],
        engagements=[engagement("incoming", ["Kobe"], "Brisbane", "2024-06-03", "2024-06-05"),
                     engagement("outgoing", ["Brisbane"], "Daejeon", "2024-10-16", "2024-10-18")],
        cooperation=[coop(t, st, ["Brisbane", w]) for t, w, _, st in BRISBANE_ITEMS],
        claims=[claim("nine sister cities in eight countries", 9, 8, "sister", "consistent")],
    )
    return html_page("en", "Sister cities | Brisbane City Council", nav, main, aside, footer), gold


# --------------------------------------------------------------------------- 41 Guadalajara deck (es)

GUADALAJARA = [  # (as written, country as written, canonical or None when genuinely ambiguous)
    ("Alajuela", "Costa Rica", "Alajuela"), ("Albuquerque", "EE. UU.", "Albuquerque"),
    ("Caracas", "Venezuela", "Caracas"), ("Ciudad de Cebú", "Filipinas", "Cebu City"),
    ("Changwon", "Corea del Sur", "Changwon"), ("Curitiba", "Brasil", "Curitiba"),
    ("Daejeon", "Corea del Sur", "Daejeon"), ("Kansas City", "EE. UU.", "Kansas City"),
    ("Kioto", "Japón", "Kyoto"), ("Lima", "Perú", "Lima"), ("Livorno", "Italia", "Livorno"),
    ("San Antonio", "EE. UU.", "San Antonio"), ("San José", "—", None),
    ("Santo Domingo", "Rep. Dominicana", "Santo Domingo"), ("Sevilla", "España", "Seville"),
    ("Tegucigalpa", "Honduras", "Tegucigalpa"), ("Tucson", "EE. UU.", "Tucson"), ("Breslavia", "Polonia", "Wrocław"),
    ("Xiamén", "China", "Xiamen"),
]
GDL_ITEMS = [("Corredor de innovación tecnológica", "Daejeon", "Convenio firmado", "agreed"),
             ("Festival cultural binacional", "San Antonio", "En proceso", "in_progress"),
             ("Programa de becas universitarias", "Curitiba", "Concluido", "completed"),
             ("Rutas de transporte eléctrico", "Kansas City", "Propuesta de Kansas City", "proposed"),
             ("Hermanamiento de mercados municipales", "Sevilla", "Cancelado", "dropped")]


@document("41_guadalajara_ciudades_hermanas_es.pptx", split="test", home="Guadalajara", language="es",
          features=["pptx", "Spanish (Mexico)", "ciudades hermanas", "four-column table holding two city/country "
                    "pairs per row", "Spanish exonyms (Kioto, Breslavia)", "a bare San José with no country "
                    "(genuinely ambiguous) and an unverifiable headline", "del 7 al 9 de octubre de 2024",
                    "15 y 16 de abril de 2024", "28/02/2024 meeting with a consul", "project status table"])
def guadalajara_deck():
    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Guadalajara en el mundo"
    s.placeholders[1].text = "Dirección de Relaciones Internacionales · Informe 2024"

    s = titled_slide(prs, "Ciudades hermanas")
    textbox(s.shapes, 0.8, 1.25, 11.5, 0.6, ["Guadalajara cuenta con 19 ciudades hermanas en 15 países."], size=18)
    half = (len(GUADALAJARA) + 1) // 2
    rows = [["Ciudad", "País", "Ciudad", "País"]]
    for i in range(half):
        left = GUADALAJARA[i]
        right = GUADALAJARA[half + i] if half + i < len(GUADALAJARA) else ("", "", None)
        rows.append([left[0], left[1], right[0], right[1]])
    slide_table(s, rows, 1.2, 1.9, 11.0, size=12)
    s.notes_slide.notes_text_frame.text = ("San José aparece sin país en el registro heredado; pendiente de "
                                           "confirmar con la Secretaría.")

    s = titled_slide(prs, "Agenda internacional 2024")
    textbox(s.shapes, 0.8, 1.6, 11.5, 3.5, [
        "• Visita de una delegación de Kansas City: 15 y 16 de abril de 2024 (movilidad y vivienda)",
        "• Reunión con el Cónsul General de Japón en Guadalajara — 28/02/2024",
        "• Misión a Daejeon (Corea del Sur): del 7 al 9 de octubre de 2024",
    ], size=20)

    s = titled_slide(prs, "Proyectos de cooperación")
    slide_table(s, [["Proyecto", "Ciudad", "Estatus"]] + [[t, w, st] for t, w, st, _ in GDL_ITEMS], 0.8, 1.6, 11.5)

    canon = {w: c for w, _, c in GUADALAJARA}
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, c in GUADALAJARA],
        engagements=[engagement("incoming", ["Kansas City"], "Guadalajara", "2024-04-15", "2024-04-16"),
                     engagement("meeting", ["JP"], "Guadalajara", "2024-02-28"),
                     engagement("outgoing", ["Guadalajara"], "Daejeon", "2024-10-07", "2024-10-09")],
        cooperation=[coop(t, st, ["Guadalajara", canon[w]]) for t, w, _, st in GDL_ITEMS],
        claims=[claim("19 ciudades hermanas en 15 países", 19, 15, "sister", "unverified")],
    )
    return deck_bytes(prs, "Guadalajara ciudades hermanas 2024"), gold


# --------------------------------------------------------------------------- 42 Freiburg report (de, Latin-1)

FREIBURG = [("Besançon", "Frankreich", "1959", "Besançon"), ("Innsbruck", "Österreich", "1963", "Innsbruck"),
            ("Padua", "Italien", "1967", "Padua"), ("Guildford", "Großbritannien", "1979", "Guildford"),
            ("Madison", "USA", "1987", "Madison"), ("Matsuyama", "Japan", "1988", "Matsuyama"),
            ("Lemberg (Lwiw)", "Ukraine", "1989", "Lviv"), ("Granada", "Spanien", "1991", "Granada"),
            ("Isfahan", "Iran", "2000 (ruht)", "Isfahan"), ("Suwon", "Südkorea", "2015", "Suwon")]
FREIBURG_ITEMS = [("Klimapartnerschaft mit Wiwilí", "läuft", "Wiwilí", "in_progress"),
                  ("Schüleraustausch mit Padua", "abgeschlossen", "Padua", "completed"),
                  ("Beratung zum Radverkehr für Lemberg", "vereinbart", "Lviv", "agreed"),
                  ("Kulturaustausch mit Isfahan", "seit 2020 ausgesetzt", "Isfahan", "stalled")]


@document("42_freiburg_sachstand_partnerstaedte_latin1.txt", split="test", home="Freiburg im Breisgau",
          language="de", encoding="iso-8859-1",
          features=["txt", "German", "ISO-8859-1", "numbered sections 1. / 1.1", "tab-separated columns",
                    "Lemberg (Lwiw)", "Projektpartnerschaft", "14.-16.5.2024", "3. Oktober 2024",
                    "numbers in words"])
def freiburg_txt():
    lines = ["Stadt Freiburg im Breisgau - Referat für Internationale Kontakte",
             "Sachstandsbericht Städtepartnerschaften 2024 (Drucksache G-24/187)", "",
             "1. Überblick", "",
             "Freiburg unterhält zehn Städtepartnerschaften in zehn Ländern sowie eine Projektpartnerschaft.", "",
             "1.1 Partnerstädte", "", "Stadt\tLand\tseit"]
    lines += [f"{c}\t{n}\t{y}" for c, n, y, _ in FREIBURG]
    lines += ["", "1.2 Projektpartnerschaft", "", "Wiwilí\tNicaragua\t1988", "",
              "2. Begegnungen 2024", "",
              "- 14.-16.5.2024: Delegation unter Leitung des Oberbürgermeisters in Suwon (Klimaschutz, Abfall)",
              "- 3. Oktober 2024: Besuch einer Bürgergruppe aus Madison im Rathaus", "",
              "3. Projekte", ""]
    lines += [f"3.{i} {t}: {s}" for i, (t, s, _, _) in enumerate(FREIBURG_ITEMS, 1)]
    lines += ["", "gez. Referatsleitung", ""]
    gold = Gold(
        partnerships=[partner(c.split(" (")[0], canon, "sister") for c, _, _, canon in FREIBURG]
        + [partner("Wiwilí", "Wiwilí", "partner")],
        engagements=[engagement("outgoing", ["Freiburg im Breisgau"], "Suwon", "2024-05-14", "2024-05-16"),
                     engagement("incoming", ["Madison"], "Freiburg im Breisgau", "2024-10-03")],
        cooperation=[coop(t, st, ["Freiburg im Breisgau", c]) for t, _, c, st in FREIBURG_ITEMS],
        claims=[claim("zehn Städtepartnerschaften in zehn Ländern", 10, 10, "sister", "consistent")],
    )
    return "\n".join(lines).encode("iso-8859-1"), gold
