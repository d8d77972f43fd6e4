"""Corpus documents 01-14 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

The documents 02, 05, 08, 11, 13, 15, 16, 19, 22 and 23 were the first test split; it was exposed
and moved to dev on 2026-11-30.
"""

from __future__ import annotations

from email.message import EmailMessage

from corpus_common import (Gold, Spec, claim, coop, deck_bytes, docx_bytes, docx_table, eml_bytes, engagement,
                           html_page, minimal_pdf, need, new_deck, new_docx, pages_html, partner, print_pdf, registrar,
                           slide_table, textbox, titled_slide)

SPECS: list[Spec] = []
document = registrar(SPECS)

# --------------------------------------------------------------------------- 01 Busan deck

BUSAN_SISTER = [  # (as written on the slide, canonical)
    ("Kaohsiung", "Kaohsiung"), ("Los Angeles", "Los Angeles"), ("Shimonoseki", "Shimonoseki"),
    ("Barcelona", "Barcelona"), ("Rio de Janeiro.", "Rio de Janeiro"), ("Vladivostok", "Vladivostok"),
    ("Shanghai", "Shanghai"), ("Surabaya", "Surabaya"), ("Victoria", "Victoria (AU)"), ("Tijuana", "Tijuana"),
    ("Ho chi minh City", "Ho Chi Minh City"), ("Auckland", "Auckland"), ("Valparaíso", "Valparaíso"),
    ("Western Cape", "Western Cape"), ("Montréal", "Montréal"), ("Istanbul", "Istanbul"), ("Dubai", "Dubai"),
    ("Fukuoka", "Fukuoka"), ("Chicago", "Chicago"), ("St. Petersburg", "Saint Petersburg"),
    ("Phnom Penh", "Phnom Penh"), ("Mumbai", "Mumbai"), ("Thessaloniki.", "Thessaloniki"),
    ("Casablanca", "Casablanca"), ("Cebu Province", "Cebu"), ("Yangon", "Yangon"),
]
BUSAN_FRIENDSHIP = [  # (as written, canonical or None, country column)
    ("Shenzhen", "Shenzhen", "China"), ("Tianjin", "Tianjin", "China"), ("Chongqing", "Chongqing", "China"),
    ("Osaka", "Osaka", "Japan"), ("Bangkok", "Bangkok", "Thailand"), ("Beijing", "Beijing", "China"),
    ("Nagasaki", "Nagasaki", "Japan"), ("Bandar", None, "–"), ("Ulaanbaatar", "Ulaanbaatar", "Mongolia"),
    ("Panama City", "Panama City", "Panama"), ("Guangzhou", "Guangzhou", "China"),
]


@document("01_busan_network_2023.pptx", split="dev", home="Busan", language="en",
          features=["pptx", "title slide", "two text boxes interleaving 1,3,5 / 2,4,6", "table", "grouped shapes",
                    "speaker notes with place context", "ambiguous Bandar", "headline claims"])
def busan_network():
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches

    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Busan Metropolitan City"
    s.placeholders[1].text = "Global partnerships briefing · Intercity Cooperation Team · 2023"

    s = titled_slide(prs, "Our network at a glance")
    textbox(s.shapes, 0.8, 1.8, 11.5, 2.5, [
        "Busan keeps sister and friendship ties with 37 cities in 27 countries.",
        "Sister cities: 26 cities in 23 countries · Friendship cities: 11 cities in 6 countries",
    ], size=22)

    s = titled_slide(prs, "Sister Cities (26)")
    left = [f"{i}  {w}" for i, (w, _) in enumerate(BUSAN_SISTER, 1) if i % 2 == 1]
    right = [f"{i}  {w}" for i, (w, _) in enumerate(BUSAN_SISTER, 1) if i % 2 == 0]
    textbox(s.shapes, 0.8, 1.5, 5.5, 5.6, left, size=16)
    textbox(s.shapes, 6.8, 1.5, 5.5, 5.6, right, size=16)
    s.notes_slide.notes_text_frame.text = (
        "Speaker note: Victoria on this list is the State of Victoria in Australia, not the Canadian city; "
        "St. Petersburg is the Russian city. Both ties go back to the 1990s.")

    s = titled_slide(prs, "Friendship Cities (11)")
    rows = [["No.", "City", "Country"]] + [[str(i), w, c] for i, (w, _, c) in enumerate(BUSAN_FRIENDSHIP, 1)]
    slide_table(s, rows, 2.0, 1.4, 9.0, size=13)

    s = titled_slide(prs, "Who we are")
    team = [("Deputy Director", "Coordinates relations on five continents"),
            ("Officer", "Asia, Middle East & Africa; EU programme file"),
            ("Interpreter", "Korean–English conference interpreting")]
    outer = s.shapes.add_group_shape()
    for i, (role, duty) in enumerate(team):
        card = outer.shapes.add_group_shape()
        card.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(0.8 + 4.1 * i), Inches(2.0), Inches(3.8), Inches(2.6))
        textbox(card.shapes, 1.0 + 4.1 * i, 2.2, 3.4, 2.2, [role, duty], size=16)

    gold = Gold(
        partnerships=[partner(w, c, "sister", i) for i, (w, c) in enumerate(BUSAN_SISTER, 1)]
        + [partner(w, c, "friendship", i) for i, (w, c, _) in enumerate(BUSAN_FRIENDSHIP, 1)],
        claims=[claim("37 cities in 27 countries", 37, 27, "all", "unverified"),
                claim("26 cities in 23 countries", 26, 23, "sister", "consistent"),
                claim("11 cities in 6 countries", 11, 6, "friendship", "unverified")],
    )
    return deck_bytes(prs, "Busan global partnerships 2023"), gold


# --------------------------------------------------------------------------- 02 Incheon pairing deck

INCHEON_FRIENDS = [("Dalian, China", "Dalian"), ("Qingdao, China", "Qingdao"), ("Shenyang, China", "Shenyang"),
                   ("Banten Province, Indonesia", "Banten")]


@document("02_incheon_iurc_pairing_2022.pptx", split="dev", home="Incheon", language="en",
          features=["pptx", "programme pairing", "list inside a group shape", "status table",
                    "engagement and month-only date in speaker notes"])
def incheon_pairing():
    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Incheon – Rotterdam"
    s.placeholders[1].text = "IURC city pairing · kick-off presentation, 2022"

    s = titled_slide(prs, "The pairing")
    textbox(s.shapes, 0.8, 1.8, 11.5, 3.0, [
        "Under the International Urban and Regional Cooperation programme, Incheon has been paired with "
        "Rotterdam (Netherlands) to work on the port-city energy transition and climate adaptation.",
        "Both are gateway ports with large reclaimed waterfronts.",
    ], size=20)

    s = titled_slide(prs, "Our friendship cities")
    grp = s.shapes.add_group_shape()
    textbox(grp.shapes, 0.8, 1.6, 6.0, 0.8, ["Friendship cities (4 cities, 2 countries)"], size=20)
    textbox(grp.shapes, 0.8, 2.5, 6.0, 3.0, [w for w, _ in INCHEON_FRIENDS], size=18)

    s = titled_slide(prs, "Where we stand")
    slide_table(s, [["Area", "Status"],
                    ["Port decarbonisation roadmap", "Agreed at the kick-off meeting"],
                    ["Shared logistics data platform", "Pre-identified, still to be scoped"],
                    ["Coastal flood resilience", "Communications are ongoing"],
                    ["Shore power at the cruise terminal", "Suspended until the 2023 budget"]], 0.8, 1.5, 11.5)

    s = titled_slide(prs, "Study visits")
    textbox(s.shapes, 0.8, 1.8, 11.5, 2.0, ["Rotterdam delegation in Incheon · 7–9 June 2022",
                                             "Programme: Incheon New Port, Songdo, Incheon Bridge"], size=20)
    s.notes_slide.notes_text_frame.text = (
        "Return leg: Incheon's team travels to Rotterdam in October 2022; exact dates to be fixed. "
        "Incheon wants to learn from Rotterdam's experience with floating neighbourhoods.")

    parties = ["Incheon", "Rotterdam"]
    gold = Gold(
        partnerships=[partner("Rotterdam", "Rotterdam", "pairing")]
        + [partner(w.split(",")[0], c, "friendship") for w, c in INCHEON_FRIENDS],
        engagements=[engagement("incoming", ["Rotterdam"], "Incheon", "2022-06-07", "2022-06-09"),
                     engagement("outgoing", ["Incheon"], "Rotterdam", "2022-10", "2022-10")],
        cooperation=[coop("Port decarbonisation roadmap", "agreed", parties),
                     coop("Shared logistics data platform", "proposed", parties),
                     coop("Coastal flood resilience", "in_progress", parties),
                     coop("Shore power at the cruise terminal", "stalled", parties)],
        claims=[claim("Friendship cities (4 cities, 2 countries)", 4, 2, "friendship", "consistent")],
        needs=[need("Incheon", "floating neighbourhoods", "Rotterdam")],
    )
    return deck_bytes(prs, "Incheon Rotterdam pairing"), gold


# --------------------------------------------------------------------------- 03 Yokohama deck (ja)

YOKOHAMA_SISTER = [("サンディエゴ", "アメリカ", "1957年", "San Diego"), ("リヨン", "フランス", "1959年", "Lyon"),
                   ("ムンバイ", "インド", "1965年", "Mumbai"), ("マニラ", "フィリピン", "1965年", "Manila"),
                   ("オデーサ", "ウクライナ", "1965年", "Odesa"), ("バンクーバー", "カナダ", "1965年", "Vancouver"),
                   ("コンスタンツァ", "ルーマニア", "1977年", "Constanța")]


@document("03_yokohama_network_ja.pptx", split="dev", home="Yokohama", language="ja",
          features=["pptx", "Japanese", "姉妹都市/友好都市/パートナー都市", "table", "平成 era date", "month-only dates"])
def yokohama_deck():
    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "横浜市の国際ネットワーク"
    s.placeholders[1].text = "国際局 国際連携課　令和元年度版"

    s = titled_slide(prs, "姉妹都市・友好都市")
    textbox(s.shapes, 0.8, 1.3, 11.5, 0.8, ["横浜市は7か国の7都市と姉妹都市提携を結んでいます。"], size=20)
    slide_table(s, [["都市", "国", "提携年"]] + [[c, n, y] for c, n, y, _ in YOKOHAMA_SISTER], 0.8, 2.1, 7.0)
    textbox(s.shapes, 8.3, 2.1, 4.5, 2.0, ["友好都市：上海（中国）1973年", "パートナー都市：フランクフルト（ドイツ）平成23年"],
            size=16)

    s = titled_slide(prs, "最近の交流")
    textbox(s.shapes, 0.8, 1.5, 11.5, 3.0, [
        "・平成27年5月　リヨン市長一行が来浜し、市長と会談（都市デザイン・ガストロノミー分野）",
        "・2019年11月　横浜市代表団がバンクーバーを訪問（港湾・観光分野）",
    ], size=18)
    s.notes_slide.notes_text_frame.text = "ムンバイとの提携は、当時の名称ボンベイで結ばれた。"

    gold = Gold(
        partnerships=[partner(c, canon, "sister") for c, _, _, canon in YOKOHAMA_SISTER]
        + [partner("上海", "Shanghai", "friendship"), partner("フランクフルト", "Frankfurt am Main", "partner")],
        engagements=[engagement("incoming", ["Lyon"], "Yokohama", "2015-05"),
                     engagement("outgoing", ["Yokohama"], "Vancouver", "2019-11")],
        claims=[claim("7か国の7都市と姉妹都市提携", 7, 7, "sister", "consistent")],
    )
    return deck_bytes(prs, "Yokohama international network"), gold


# --------------------------------------------------------------------------- 04 Lyon mission report


@document("04_lyon_mission_yokohama_2019.docx", split="dev", home="Lyon", language="en",
          features=["docx", "headings", "numbered list (Word numbering)", "table", "outgoing mission",
                    "meeting with a national representation", "twinned since prose", "all status words"])
def lyon_mission():
    doc = new_docx()
    doc.add_heading("Mission report: Lyon delegation to Yokohama", 0)
    doc.add_paragraph("Prepared by the International Relations Department, City of Lyon, November 2019.")
    doc.add_heading("Background", 1)
    doc.add_paragraph("Lyon has been twinned with Yokohama since 1959, one of the oldest ties between a French and a "
                      "Japanese city. The sixtieth anniversary was the occasion for a working mission.")
    doc.add_heading("The mission", 1)
    doc.add_paragraph("A delegation of eight, led by the Deputy Mayor for international relations, travelled to "
                      "Yokohama from 21 to 23 October 2019.")
    doc.add_paragraph("Ahead of the mission, the Deputy Mayor met the Consul General of Japan in Lyon on "
                      "2 September 2019 to prepare the programme.")
    docx_table(doc, [["Date", "Site", "Topic"],
                     ["21 October", "Minato Mirai 21 district", "Waterfront regeneration"],
                     ["22 October", "Smart-energy demonstration area", "Energy management"],
                     ["23 October", "Osanbashi pier", "Cruise tourism"]])
    doc.add_heading("Cooperation items", 1)
    items = [
        ("Urban data platform", "the two cities signed an MoU on open urban data on 22 October 2019.", "agreed"),
        ("Culinary exchange week", "completed; the week of Lyon chefs in Yokohama took place during the mission.",
         "completed"),
        ("Start-up exchange", "communications are ongoing between the two innovation agencies.", "in_progress"),
        ("Tram-train interoperability study", "suspended until further notice.", "stalled"),
    ]
    for title, text, _ in items:
        doc.add_paragraph(f"{title}: {text}", style="List Number")
    doc.add_heading("Needs and strengths", 1)
    doc.add_paragraph("Lyon expressed interest in learning from Yokohama's experience with its smart-energy "
                      "demonstration project. Yokohama would like to draw on Lyon's know-how in gastronomy tourism.")

    gold = Gold(
        partnerships=[partner("Yokohama", "Yokohama", "sister")],
        engagements=[engagement("outgoing", ["Lyon"], "Yokohama", "2019-10-21", "2019-10-23"),
                     engagement("meeting", ["JP"], "Lyon", "2019-09-02")],
        cooperation=[coop(t, st, ["Lyon", "Yokohama"]) for t, _, st in items],
        needs=[need("Lyon", "smart-energy demonstration project", "Yokohama"),
               need("Yokohama", "gastronomy tourism", "Lyon")],
    )
    return docx_bytes(doc, "Mission report Lyon Yokohama"), gold


# --------------------------------------------------------------------------- 05 Seoul sister cities (ko)

SEOUL_SISTER = [("타이베이", "대만", "1968", "Taipei"), ("앙카라", "튀르키예", "1971", "Ankara"),
                ("호놀룰루", "미국", "1973", "Honolulu"), ("샌프란시스코", "미국", "1976", "San Francisco"),
                ("보고타", "콜롬비아", "1982", "Bogotá"), ("자카르타", "인도네시아", "1984", "Jakarta"),
                ("도쿄", "일본", "1988", "Tokyo"), ("모스크바", "러시아", "1991", "Moscow"),
                ("뉴사우스웨일스주", "호주", "1991", "New South Wales"), ("파리", "프랑스", "1991", "Paris"),
                ("멕시코시티", "멕시코", "1992", "Mexico City"), ("베이징", "중국", "1993", "Beijing"),
                ("울란바토르", "몽골", "1995", "Ulaanbaatar"), ("하노이", "베트남", "1996", "Hanoi")]


@document("05_seoul_sister_cities_ko.docx", split="dev", home="Seoul", language="ko",
          features=["docx", "Korean", "자매도시 table with numbers", "inconsistent headline claim", "numbered list",
                    "2017년 3월 15일", "MoU"])
def seoul_sister_ko():
    doc = new_docx()
    doc.add_heading("서울특별시 자매도시 현황", 0)
    doc.add_paragraph("서울시는 15개국 14개 도시와 자매결연을 맺고 있습니다. (2019년 12월 기준)")
    docx_table(doc, [["연번", "도시", "국가", "체결연도"]]
               + [[str(i), c, n, y] for i, (c, n, y, _) in enumerate(SEOUL_SISTER, 1)])
    doc.add_heading("주요 교류", 1)
    for line in [
        "2017년 3월 15일 하노이시 인민위원회 대표단이 서울을 방문하여 도시철도 운영 경험을 청취하였습니다.",
        "2018년 10월 8일부터 10일까지 서울시 대표단이 울란바토르를 방문하여 대기질 개선 협력에 관한 양해각서(MoU)를 "
        "체결하였습니다.",
        "파리시와의 보행친화도시 정책 교류는 현재 협의가 진행 중입니다.",
    ]:
        doc.add_paragraph(line, style="List Number")

    gold = Gold(
        partnerships=[partner(c, canon, "sister", i) for i, (c, _, _, canon) in enumerate(SEOUL_SISTER, 1)],
        engagements=[engagement("incoming", ["Hanoi"], "Seoul", "2017-03-15"),
                     engagement("outgoing", ["Seoul"], "Ulaanbaatar", "2018-10-08", "2018-10-10")],
        cooperation=[coop("대기질 개선 협력", "agreed", ["Seoul", "Ulaanbaatar"]),
                     coop("보행친화도시 정책 교류", "in_progress", ["Seoul", "Paris"])],
        claims=[claim("15개국 14개 도시", 14, 15, "sister", "inconsistent")],
        needs=[need("Hanoi", "도시철도 운영", "Seoul")],
    )
    return docx_bytes(doc, "Seoul sister cities"), gold


# --------------------------------------------------------------------------- 06 Barcelona minutes (es)

BCN_ITEMS = [
    ("Plataforma de ciudad inteligente", "se firmó un memorando de entendimiento (MoU) para intercambiar proyectos "
     "piloto.", "agreed"),
    ("Sistema de pago en el autobús", "las comunicaciones siguen en curso entre los operadores de transporte de "
     "ambas ciudades.", "in_progress"),
    ("Ordenanzas de energía solar térmica", "Busan manifestó interés en aprender de la experiencia de Barcelona con "
     "sus ordenanzas solares térmicas; tema preidentificado para 2019.", "proposed"),
    ("Intercambio universitario", "suspendido hasta la firma de los convenios entre universidades.", "stalled"),
    ("Semana de Barcelona en Busan", "completada en septiembre de 2018.", "completed"),
]


@document("06_barcelona_busan_acta_es.docx", split="dev", home="Barcelona", language="es",
          features=["docx", "Spanish", "ciudad hermanada", "incoming delegation", "del 12 al 14 de noviembre",
                    "numbered list with states", "attendance table without places"])
def barcelona_minutes():
    doc = new_docx()
    doc.add_heading("Acta de la reunión de seguimiento Barcelona – Busan", 0)
    doc.add_paragraph("Lugar: Ayuntamiento de Barcelona, Saló de Cent.")
    doc.add_paragraph("Una delegación de la ciudad de Busan (Corea del Sur), ciudad hermanada con Barcelona desde 1983, "
                      "visitó Barcelona del 12 al 14 de noviembre de 2018 para revisar los compromisos adquiridos "
                      "en 2017.")
    doc.add_heading("Estado de los compromisos", 1)
    for title, text, _ in BCN_ITEMS:
        doc.add_paragraph(f"{title}: {text}", style="List Number")
    doc.add_heading("Asistentes", 1)
    docx_table(doc, [["Institución", "Cargo"],
                     ["Delegación de Busan", "Director de Cooperación Internacional"],
                     ["Delegación de Busan", "Intérprete"],
                     ["Ayuntamiento de Barcelona", "Comisionada de Relaciones Internacionales"]])

    gold = Gold(
        partnerships=[partner("Busan", "Busan", "sister")],
        engagements=[engagement("incoming", ["Busan"], "Barcelona", "2018-11-12", "2018-11-14")],
        cooperation=[coop(t, st, ["Barcelona", "Busan"]) for t, _, st in BCN_ITEMS],
        needs=[need("Busan", "ordenanzas solares térmicas", "Barcelona")],
    )
    return docx_bytes(doc, "Acta Barcelona Busan"), gold


# --------------------------------------------------------------------------- 07 Incheon visit confirmation


PHILLY_ITEMS = [
    ("Renewal of the sister-city agreement", "agreed in principle; to be signed during the visit.", "agreed"),
    ("Youth exchange programme for 2024", "proposed by Philadelphia.", "proposed"),
    ("Port of Philadelphia – Incheon Port cooperation", "communications are ongoing.", "in_progress"),
]


def philly_programme_docx() -> bytes:
    doc = new_docx()
    doc.add_heading("Programme: Philadelphia delegation to Incheon, 15–16 May 2023", 0)
    docx_table(doc, [["Date", "Time", "Activity", "Place"],
                     ["15 May", "10:00", "Courtesy call on the Mayor", "Incheon City Hall"],
                     ["15 May", "14:00", "Briefing on the free economic zone", "Songdo G-Tower"],
                     ["16 May", "09:30", "Airport logistics tour", "Incheon International Airport"],
                     ["16 May", "15:00", "Waterfront walk", "Songdo Central Park"]])
    doc.add_heading("Topics for discussion", 1)
    for title, text, _ in PHILLY_ITEMS:
        doc.add_paragraph(f"{title}: {text}", style="List Number")
    return docx_bytes(doc, "Programme Philadelphia delegation")


@document("07_incheon_visit_confirmation.eml", split="dev", home="Incheon", language="en",
          features=["eml", "DOCX attachment", "visit confirmation", "sister city since prose",
                    "deadline date that is not an engagement"])
def incheon_confirmation():
    msg = EmailMessage()
    msg["From"] = '"International Affairs Division, Incheon" <intl@incheon.example>'
    msg["To"] = '"Office of International Affairs, Philadelphia" <protocol@philadelphia.example>'
    msg["Subject"] = "Confirmation: Philadelphia delegation to Incheon, 15-16 May 2023"
    msg["Date"] = "Tue, 25 Apr 2023 09:12:00 +0900"
    msg["Message-ID"] = "<corpus-07@incheon.example>"
    msg.set_content(
        "Dear colleagues,\n\n"
        "We are pleased to confirm the visit of the Philadelphia delegation to Incheon from 15 to 16 May 2023.\n"
        "Philadelphia has been Incheon's sister city since 1984, and this will be the first in-person\n"
        "exchange since 2019.\n\n"
        "The detailed programme is attached as a Word document. In short:\n"
        "- Day 1: courtesy call on the Mayor, briefing on the free economic zone\n"
        "- Day 2: airport logistics tour and the Songdo waterfront\n\n"
        "Please send us the final list of participants by 5 May.\n\n"
        "Kind regards,\n"
        "International Affairs Division\n"
        "Incheon Metropolitan City\n")
    msg.add_attachment(philly_programme_docx(), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename="programme_philadelphia_2023.docx")
    gold = Gold(
        partnerships=[partner("Philadelphia", "Philadelphia", "sister")],
        engagements=[engagement("incoming", ["Philadelphia"], "Incheon", "2023-05-15", "2023-05-16")],
        cooperation=[coop(t, st, ["Incheon", "Philadelphia"]) for t, _, st in PHILLY_ITEMS],
    )
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 08 Busan e-mail (ko, EUC-KR)


@document("08_busan_fukuoka_visit_ko.eml", split="dev", home="Busan", language="ko", encoding="euc-kr",
          features=["eml", "Korean", "EUC-KR body", "date without a year (year from the Date header)",
                    "agreed / in progress in Korean"])
def busan_fukuoka_email():
    msg = EmailMessage()
    msg["From"] = "부산광역시 국제협력과 <intl@busan.example>"
    msg["To"] = "후쿠오카시 국제부 <intl@fukuoka.example>"
    msg["Subject"] = "[일정 확정] 후쿠오카시 대표단 부산 방문 (3.15~16)"
    msg["Date"] = "Thu, 02 Mar 2017 14:05:00 +0900"
    msg["Message-ID"] = "<corpus-08@busan.example>"
    msg.set_content(
        "담당자님께,\n\n"
        "부산시의 자매도시인 후쿠오카시 대표단의 방문 일정이 아래와 같이 확정되었음을 알려드립니다.\n\n"
        "- 방문 기간: 3월 15일(수) ~ 16일(목)\n"
        "- 방문단: 후쿠오카시 부시장 외 6명\n"
        "- 주요 일정: 15일 부산시청 접견 및 실무 협의, 16일 북항 재개발 현장 시찰\n\n"
        "양 도시는 지난 실무 협의에서 청소년 교류 프로그램 재개에 합의하였으며,\n"
        "관광 공동 마케팅 사업은 현재 협의가 진행 중입니다.\n\n"
        "부산광역시 국제협력과 드림\n", charset="euc-kr")
    gold = Gold(
        partnerships=[partner("후쿠오카시", "Fukuoka", "sister")],
        engagements=[engagement("incoming", ["Fukuoka"], "Busan", "2017-03-15", "2017-03-16")],
        cooperation=[coop("청소년 교류 프로그램 재개", "agreed", ["Busan", "Fukuoka"]),
                     coop("관광 공동 마케팅 사업", "in_progress", ["Busan", "Fukuoka"])],
    )
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 09 Lyon e-mail (fr)


@document("09_lyon_yokohama_anniversaire_fr.eml", split="dev", home="Lyon", language="fr",
          features=["eml", "French", "multipart/alternative (text + HTML)", "villes jumelées", "du 8 au 10 décembre"])
def lyon_email():
    text = (
        "Madame, Monsieur,\n\n"
        "Lyon et Yokohama sont villes jumelées depuis 1959. Pour célébrer ce 60e anniversaire, la Ville de Lyon\n"
        "accueillera une délégation de Yokohama du 8 au 10 décembre 2019, pendant la Fête des Lumières.\n\n"
        "Le programme d'échange de jeunes cuisiniers lancé en 2017 est désormais terminé ; un accord sur\n"
        "l'éclairage urbain a été conclu le mois dernier entre les services techniques des deux villes.\n\n"
        "Vous trouverez le programme détaillé sur l'intranet.\n\n"
        "Cordialement,\n"
        "Direction des relations internationales, Ville de Lyon\n")
    html = ("<html><body>" + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in text.split("\n\n") if p)
            + "</body></html>")
    msg = EmailMessage()
    msg["From"] = "Relations internationales <international@lyon.example>"
    msg["To"] = "International Affairs Bureau <kokusai@yokohama.example>"
    msg["Subject"] = "60e anniversaire du jumelage Lyon – Yokohama : programme de la visite"
    msg["Date"] = "Mon, 18 Nov 2019 10:30:00 +0100"
    msg["Message-ID"] = "<corpus-09@lyon.example>"
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    gold = Gold(
        partnerships=[partner("Yokohama", "Yokohama", "sister")],
        engagements=[engagement("incoming", ["Yokohama"], "Lyon", "2019-12-08", "2019-12-10")],
        cooperation=[coop("programme d'échange de jeunes cuisiniers", "completed", ["Lyon", "Yokohama"]),
                     coop("accord sur l'éclairage urbain", "agreed", ["Lyon", "Yokohama"])],
    )
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 10 Lyon PDF (fr)

LYON_TWINS = [("Birmingham", "Royaume-Uni", "1951", "Birmingham"),
              ("Francfort-sur-le-Main", "Allemagne", "1960", "Frankfurt am Main"),
              ("Milan", "Italie", "1966", "Milan"), ("Yokohama", "Japon", "1959", "Yokohama"),
              ("Leipzig", "Allemagne", "1981", "Leipzig"), ("Beer-Sheva", "Israël", "1984", "Beersheba"),
              ("Saint-Louis", "États-Unis", "1985", "St. Louis"), ("Göteborg", "Suède", "1987", "Gothenburg"),
              ("Łódź", "Pologne", "1991", "Łódź")]
LYON_COOP = [("Montréal", "Canada", "Montréal"), ("Canton", "Chine", "Guangzhou"),
             ("Hô Chi Minh-Ville", "Viêt Nam", "Ho Chi Minh City"), ("Addis-Abeba", "Éthiopie", "Addis Ababa"),
             ("Ouagadougou", "Burkina Faso", "Ouagadougou"), ("Porto-Novo", "Bénin", "Porto-Novo"),
             ("Rabat", "Maroc", "Rabat")]
LYON_PROJECTS = [("Assainissement à Porto-Novo", "convention signée en 2018", "agreed", "Porto-Novo"),
                 ("Formation des agents municipaux avec Ouagadougou", "en cours", "in_progress", "Ouagadougou"),
                 ("Mobilité électrique avec Montréal", "projet suspendu", "stalled", "Montréal"),
                 ("Échanges d'étudiants avec Canton", "terminé", "completed", "Guangzhou")]


@document("10_lyon_villes_jumelees_fr.pdf", split="dev", home="Lyon", language="fr",
          features=["pdf (Chromium)", "French", "two-column page", "running header and footer on each page",
                    "villes jumelées vs accords de coopération", "French exonyms (Canton, Francfort)",
                    "les 14 et 15 mars / du 3 au 5 juin"])
def lyon_pdf():
    twins = "".join(f"<li>{c} ({n}), {y}</li>" for c, n, y, _ in LYON_TWINS)
    coops = "".join(f"<li>{c} ({n})</li>" for c, n, _ in LYON_COOP)
    projects = "".join(f"<li>{t} : {s}.</li>" for t, s, _, _ in LYON_PROJECTS)
    page1 = (
        "<h1>Villes jumelées et partenaires de Lyon</h1>"
        "<p>Lyon est jumelée avec 9 villes de 8 pays et entretient des accords de coopération avec 7 autres villes "
        "sur quatre continents.</p>"
        f'<div class="cols"><div><h2>Villes jumelées</h2><ul>{twins}</ul></div>'
        f'<div style="break-before: column"><h2>Accords de coopération</h2><ul>{coops}</ul></div></div>')
    page2 = (
        "<h2>Temps forts 2018–2019</h2>"
        "<p>Les 14 et 15 mars 2018, Lyon a accueilli une délégation de Porto-Novo consacrée à l'assainissement et "
        "à la gestion des déchets.</p>"
        "<p>Du 3 au 5 juin 2019, une délégation lyonnaise s'est rendue à Leipzig pour un forum sur les villes "
        "européennes et la culture.</p>"
        f"<h2>Projets de coopération</h2><ul>{projects}</ul>")
    html = pages_html("fr", [page1, page2], "Ville de Lyon · Direction des relations internationales",
                      "Document de travail – mise à jour 2019 – page {page}/{pages}")
    gold = Gold(
        partnerships=[partner(c, canon, "sister") for c, _, _, canon in LYON_TWINS]
        + [partner(c, canon, "partner") for c, _, canon in LYON_COOP],
        engagements=[engagement("incoming", ["Porto-Novo"], "Lyon", "2018-03-14", "2018-03-15"),
                     engagement("outgoing", ["Lyon"], "Leipzig", "2019-06-03", "2019-06-05")],
        cooperation=[coop(t, st, ["Lyon", p]) for t, _, st, p in LYON_PROJECTS],
        claims=[claim("jumelée avec 9 villes de 8 pays", 9, 8, "sister", "consistent"),
                claim("accords de coopération avec 7 autres villes", 7, None, "partner", "consistent")],
    )
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 11 Seoul bulletin PDF


@document("11_seoul_bulletin_2019.pdf", split="dev", home="Seoul", language="en",
          features=["pdf (Chromium)", "two-column newsletter on both pages", "running header and footer",
                    "March 15–16, 2019", "20.-22.11.2019", "partnerships in prose", "statuses in prose"])
def seoul_bulletin():
    page1 = (
        "<h1>Global Cooperation Bulletin</h1><p><b>Issue 12 · December 2019</b></p><div class=\"cols\">"
        "<h2>Ulaanbaatar studies air-quality monitoring</h2>"
        "<p>A delegation from Ulaanbaatar, one of Seoul's sister cities since 1995, visited Seoul on "
        "March 15–16, 2019 to see the city's air-quality monitoring network and its fine-dust alert system.</p>"
        "<p>During the visit the two cities signed an MoU on fine-dust reduction, covering data sharing and "
        "the training of environmental inspectors.</p>"
        "<h2>Mission to Hanoi</h2>"
        "<p>A Seoul mission visited Hanoi on 20.-22.11.2019 to close the urban railway consulting project, "
        "which was completed in June, and to discuss a second phase.</p>"
        "<h2>Taipei: fifty years and counting</h2>"
        "<p>Seoul and Taipei, twinned since 1968, marked the anniversary with a photo exhibition. A joint "
        "smart-tourism pass has been pre-identified as the next project.</p></div>")
    page2 = (
        '<div class="cols">'
        "<h2>Bogotá</h2>"
        "<p>The bus rapid transit knowledge exchange with Seoul's sister city Bogotá is suspended while the "
        "Colombian capital reorganises its transport agency.</p>"
        "<h2>Tashkent</h2>"
        "<p>Seoul's e-government consulting for Tashkent, a sister city since 2010, was completed this year; "
        "the final report was handed over in October.</p>"
        "<h2>Staff news</h2>"
        "<p>Two new officers joined the division in November and will cover the Americas and Europe.</p></div>")
    html = pages_html("en", [page1, page2], "Seoul Metropolitan Government · International Relations Division",
                      "For internal circulation · page {page} of {pages}")
    gold = Gold(
        partnerships=[partner("Ulaanbaatar", "Ulaanbaatar", "sister"), partner("Taipei", "Taipei", "sister"),
                      partner("Bogotá", "Bogotá", "sister"), partner("Tashkent", "Tashkent", "sister")],
        engagements=[engagement("incoming", ["Ulaanbaatar"], "Seoul", "2019-03-15", "2019-03-16"),
                     engagement("outgoing", ["Seoul"], "Hanoi", "2019-11-20", "2019-11-22")],
        cooperation=[coop("fine-dust reduction", "agreed", ["Seoul", "Ulaanbaatar"]),
                     coop("urban railway consulting project", "completed", ["Seoul", "Hanoi"]),
                     coop("joint smart-tourism pass", "proposed", ["Seoul", "Taipei"]),
                     coop("bus rapid transit knowledge exchange", "stalled", ["Seoul", "Bogotá"]),
                     coop("e-government consulting", "completed", ["Seoul", "Tashkent"])],
    )
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 12 Kobe PDF (ja)

KOBE_TIES = [("姉妹都市", "シアトル", "アメリカ", "1957年", "Seattle", "sister"),
             ("姉妹都市", "マルセイユ", "フランス", "1961年", "Marseille", "sister"),
             ("姉妹都市", "リオデジャネイロ", "ブラジル", "1969年", "Rio de Janeiro", "sister"),
             ("友好都市", "天津", "中国", "1973年", "Tianjin", "friendship"),
             ("姉妹都市", "リガ", "ラトビア", "1974年", "Riga", "sister"),
             ("姉妹都市", "ブリスベン", "オーストラリア", "1985年", "Brisbane", "sister"),
             ("姉妹都市", "バルセロナ", "スペイン", "1993年", "Barcelona", "sister"),
             ("親善協力都市", "仁川", "韓国", "2010年", "Incheon", "partner")]


@document("12_kobe_shimai_toshi_ja.pdf", split="dev", home="Kobe", language="ja",
          features=["pdf (Chromium)", "Japanese", "kind column in a table", "平成27年5月", "2016年10月12日〜14日",
                    "running header and footer"])
def kobe_pdf():
    rows = "".join(f"<tr><td>{k}</td><td>{c}</td><td>{n}</td><td>{y}</td></tr>" for k, c, n, y, _, _ in KOBE_TIES)
    page1 = ("<h1>神戸市の姉妹・友好都市</h1>"
             "<p>神戸市は6つの姉妹都市、1つの友好都市、1つの親善協力都市と交流を続けています。</p>"
             f"<table><tr><th>区分</th><th>都市</th><th>国</th><th>提携</th></tr>{rows}</table>")
    page2 = ("<h2>主な交流</h2>"
             "<p>平成27年5月、バルセロナ市の副市長が来神し、港湾とデザインの分野での協力について意見を交換した。</p>"
             "<p>2016年10月12日〜14日、神戸市長が仁川広域市を訪問し、両市の経済交流について協議した。</p>"
             "<p>ブリスベン市との職員相互派遣事業は完了した。</p>"
             "<p>リガ市との医療産業分野の協力については、現在協議中である。</p>")
    html = pages_html("ja", [page1, page2], "神戸市 国際部 国際交流推進課", "― 神戸市の国際交流 ―　{page}")
    gold = Gold(
        partnerships=[partner(c, canon, kind) for _, c, _, _, canon, kind in KOBE_TIES],
        engagements=[engagement("incoming", ["Barcelona"], "Kobe", "2015-05"),
                     engagement("outgoing", ["Kobe"], "Incheon", "2016-10-12", "2016-10-14")],
        cooperation=[coop("職員相互派遣事業", "completed", ["Kobe", "Brisbane"]),
                     coop("医療産業分野の協力", "in_progress", ["Kobe", "Riga"])],
        claims=[claim("6つの姉妹都市", 6, None, "sister", "consistent"),
                claim("1つの友好都市", 1, None, "friendship", "consistent"),
                claim("1つの親善協力都市", 1, None, "partner", "consistent")],
    )
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 13 Busan/Auckland minimal PDF

AUCKLAND_ITEMS = [
    ("Waterfront regeneration exchange", "completed.", "completed"),
    ("Working-holiday youth programme", "communications are ongoing.", "in_progress"),
    ("Film festival co-production", "suspended.", "stalled"),
    ("Marine research station twinning", "Busan's model is not readily applicable to Auckland, but avenues of "
     "cooperation in marine science still exist.", "proposed"),
    ("Geothermal heating pilot", "dropped by mutual decision.", "dropped"),
    ("Smart port logistics", "agreed; an MoU is to be signed in 2020.", "agreed"),
]


@document("13_busan_auckland_status.pdf", split="dev", home="Busan", language="en", handwritten=True,
          features=["pdf (hand-written, Helvetica)", "running header and footer", "numbered list across pages",
                    "all status words incl. 'not readily applicable … still exist' and 'dropped'", "4-6 November 2019"])
def busan_auckland_pdf():
    header = (50, 805, 9, "Busan Metropolitan City - Intercity Cooperation Team")
    page1 = [header, (50, 760, 15, "Busan - Auckland: cooperation status (December 2019)"),
             (50, 730, 11, "Auckland has been a sister city of Busan since 1996."),
             (50, 712, 11, "Visit: the Deputy Mayor of Auckland led a delegation to Busan, 4-6 November 2019."),
             (50, 680, 13, "Cooperation items")]
    page2 = [header]
    y = 655
    for i, (title, text, _) in enumerate(AUCKLAND_ITEMS, 1):
        target = page1 if i <= 3 else page2
        if i == 4:
            y = 760
        line = f"{i}. {title} - {text}"
        if len(line) > 95:  # wrap long items like a word processor would
            cut = line.rfind(" ", 0, 95)
            target.append((50, y, 11, line[:cut]))
            y -= 16
            target.append((62, y, 11, line[cut + 1:]))
        else:
            target.append((50, y, 11, line))
        y -= 22
    page2.append((50, y - 10, 11, "Auckland has expressed interest in learning from Busan's experience with its "
                                  "smart port operations."))
    for n, page in enumerate((page1, page2), 1):
        page.append((50, 40, 9, f"Internal working document - page {n} of 2"))
    parties = ["Busan", "Auckland"]
    gold = Gold(
        partnerships=[partner("Auckland", "Auckland", "sister")],
        engagements=[engagement("incoming", ["Auckland"], "Busan", "2019-11-04", "2019-11-06")],
        cooperation=[coop(t, st, parties) for t, _, st in AUCKLAND_ITEMS],
        needs=[need("Auckland", "smart port operations", "Busan")],
    )
    return minimal_pdf([page1, page2]), gold


# --------------------------------------------------------------------------- 14 Hamburg web page (de)

HAMBURG = [("St. Petersburg", "Russland", "1957", "Saint Petersburg"), ("Marseille", "Frankreich", "1958", "Marseille"),
           ("Shanghai", "China", "1986", "Shanghai"), ("Dresden", "Deutschland", "1987", "Dresden"),
           ("Osaka", "Japan", "1989", "Osaka"), ("León", "Nicaragua", "1989", "León (NI)"),
           ("Prag", "Tschechien", "1990", "Prague"), ("Chicago", "USA", "1994", "Chicago"),
           ("Daressalam", "Tansania", "2010", "Dar es Salaam")]


@document("14_hamburg_partnerstaedte_de.html", split="dev", home="Hamburg", language="de",
          features=["html", "German", "Partnerstädte", "nav/sidebar/footer noise with other city names",
                    "15.-16.03.2017", "German exonyms (Prag, Daressalam)"])
def hamburg_html():
    items = "".join(f"<li>{c} ({n}), seit {y}</li>" for c, n, y, _ in HAMBURG)
    main = (
        '<nav class="breadcrumb">Startseite › Internationales › Partnerstädte</nav>'
        "<article><h1>Hamburgs Partnerstädte</h1>"
        "<p>Hamburg pflegt Städtepartnerschaften mit 9 Städten in 9 Ländern. Die älteste verbindet die Hansestadt "
        "seit 1957 mit St. Petersburg.</p>"
        f"<ul>{items}</ul>"
        "<h2>Aktuelles</h2>"
        "<p>Eine Delegation aus Shanghai war vom 15.-16.03.2017 zu Gast im Rathaus; Schwerpunkt waren Hafen und "
        "Logistik.</p>"
        "<p>Die Zusammenarbeit mit Daressalam im Bereich Abfallwirtschaft wurde vereinbart. Das "
        "Klimapartnerschaftsprojekt mit León ist abgeschlossen.</p></article>")
    nav = ('<a href="/">Startseite</a> | <a href="/politik">Politik &amp; Verwaltung</a> | '
           '<a href="/wirtschaft">Wirtschaft</a> | <a href="/kultur">Kultur</a> | <a href="/tourismus">Tourismus</a> | '
           '<a href="/kontakt">Kontakt</a>')
    aside = ("<h3>Auch interessant</h3><ul><li><a href='/reisen/berlin'>Wochenende in Berlin</a></li>"
             "<li><a href='/reisen/muenchen'>Bahnreisen nach München</a></li></ul>")
    footer = ("© Freie und Hansestadt Hamburg · <a href='/impressum'>Impressum</a> · <a href='/datenschutz'>Datenschutz</a>"
              " · <a href='/barrierefreiheit'>Barrierefreiheit</a> · Newsletter abonnieren")
    gold = Gold(
        partnerships=[partner(c, canon, "sister") for c, _, _, canon in HAMBURG],
        engagements=[engagement("incoming", ["Shanghai"], "Hamburg", "2017-03-15", "2017-03-16")],
        cooperation=[coop("Abfallwirtschaft", "agreed", ["Hamburg", "Dar es Salaam"]),
                     coop("Klimapartnerschaftsprojekt", "completed", ["Hamburg", "León (NI)"])],
        claims=[claim("9 Städten in 9 Ländern", 9, 9, "sister", "consistent")],
    )
    return html_page("de", "Partnerstädte – hamburg.example", nav, main, aside, footer), gold
