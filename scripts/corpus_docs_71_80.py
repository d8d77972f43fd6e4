"""Corpus documents 71-80 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

Fourth batch, written on 2026-11-30 (71-84, with ``corpus_docs_81_84.py`` for the test documents):
new homes (Huế, Yekaterinburg, Bursa, Cheongju, Zhengzhou, Belo Horizonte, Edmonton, Aarhus, Limerick,
Okayama), two new languages (Russian in KOI8-R, Turkish in windows-1254) and new layouts (an
accordion web page, leader-dot lines, country headings with exonyms, a Korean press release with
▲ lists, a Chinese news release with a year timeline, two-line records in a hand-written PDF, a
consulate's proposal with a programme attachment, steering-group minutes with an action table, a
budget table per partner, a map slide with labels placed by geography). Partner pairs are taken from
``../shared/data/twin-cities`` where it has them (a few are added); kinds, years, visits, dates and
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
    # homes
    "Huế": ("VN", "gn:1580240"), "Yekaterinburg": ("RU", "gn:1486209"), "Bursa": ("TR", "gn:750269"),
    "Cheongju": ("KR", "gn:1845604"), "Zhengzhou": ("CN", "gn:1784658"), "Belo Horizonte": ("BR", "gn:3470127"),
    "Edmonton": ("CA", "gn:5946768"), "Aarhus": ("DK", "gn:2624652"), "Limerick": ("IE", "gn:2962943"),
    "Okayama": ("JP", "gn:1854383"),
    # partners
    "Gyeongju": ("KR", "gn:1841603"), "New Haven": ("US", "gn:4839366"), "São Luís": ("BR", "gn:3388368"),
    "Namur": ("BE", "gn:2790471"), "Yogyakarta": ("ID", "gn:1621177"), "Blois": ("FR", "gn:3032213"),
    "Luang Prabang": ("LA", "gn:1655559"), "Nara": ("JP", "gn:1855612"), "Annaba": ("DZ", "gn:2506999"),
    "Ferentino": ("IT", "gn:3177102"), "Managua": ("NI", "gn:3617763"), "San Jose (US)": ("US", "gn:5392171"),
    "Bishkek": ("KG", "gn:1528675"), "Anshan": ("CN", "gn:2038632"), "Bitola": ("MK", "gn:792578"),
    "Darmstadt": ("DE", "gn:2938913"), "Kulmbach": ("DE", "gn:2882588"), "Hebron": ("PS", "gn:285066"),
    "Kairouan": ("TN", "gn:2473449"), "Košice": ("SK", "gn:724443"), "Kyzylorda": ("KZ", "gn:1519922"),
    "Mogilev": ("BY", "gn:625665"), "Novi Pazar": ("RS", "gn:787595"), "Pleven": ("BG", "gn:728203"),
    "Sarajevo": ("BA", "gn:3191281"), "Veliko Tarnovo": ("BG", "gn:725993"), "Vinnytsia": ("UA", "gn:689558"),
    "Mascara": ("DZ", "gn:2490098"), "Ceadîr-Lunga": ("MD", "gn:618450"), "Bellingham": ("US", "gn:5786899"),
    "Tottori": ("JP", "gn:1849892"), "Thái Nguyên": ("VN", "gn:1566319"), "Yangzhou": ("CN", "gn:1787227"),
    "Richmond (US)": ("US", "gn:4781708"), "Saitama": ("JP", "gn:6940394"), "Samara": ("RU", "gn:499099"),
    "Joinville": ("BR", "gn:3459712"), "Irbid": ("JO", "gn:248946"), "Shumen": ("BG", "gn:727233"),
    "Mariental": ("NA", "gn:3355595"), "Debrecen": ("HU", "gn:721472"), "Cuenca (EC)": ("EC", "gn:3658666"),
    "Fort Lauderdale": ("US", "gn:4155966"), "Homs": ("SY", "gn:169577"), "Lagos": ("NG", "gn:2332459"),
    "Luanda": ("AO", "gn:2240449"), "Masaya": ("NI", "gn:3617723"), "Newark": ("US", "gn:5101798"),
    "Tripoli (LY)": ("LY", "gn:2210247"), "Zahlé": ("LB", "gn:266045"), "Jiangyin": ("CN", "gn:1815251"),
    "Wonju": ("KR", "gn:1833105"), "Gatineau": ("CA", "gn:5959974"), "Bergen": ("NO", "gn:3161732"),
    "Turku": ("FI", "gn:633679"), "Kiel": ("DE", "gn:2891122"), "Rostock": ("DE", "gn:2844588"),
    "Quimper": ("FR", "gn:2984701"), "Spokane": ("US", "gn:5811696"), "Lowell": ("US", "gn:4942618"),
    "Austin": ("US", "gn:4671654"), "Santa Clara": ("US", "gn:5393015"), "San José (CR)": ("CR", "gn:3621849"),
    "Luoyang": ("CN", "gn:1801792"), "Bucheon": ("KR", "gn:1838716"), "Hsinchu": ("TW", "gn:1675151"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 71 Huế English portal (HTML)

HUE = [  # (summary, country line, relation as written, since, canonical, kind)
    ("Gyeongju", "Republic of Korea", "Sister city", 2007, "Gyeongju", "sister"),
    ("Honolulu", "Hawaii, United States", "Sister city", 2021, "Honolulu", "sister"),
    ("New Haven", "Connecticut, United States", "Sister city", 1997, "New Haven", "sister"),
    ("São Luís", "Maranhão, Brazil", "Sister city", 2013, "São Luís", "sister"),
    ("Namur", "Wallonia, Belgium", "Twinned city", 2004, "Namur", "sister"),
    ("Yogyakarta", "Indonesia", "Sister city", 2019, "Yogyakarta", "sister"),
    ("Blois", "Centre-Val de Loire, France", "Twinned city", 1996, "Blois", "sister"),
    ("Nara", "Japan", "Friendship city", 2016, "Nara", "friendship"),
    ("Luang Prabang", "Lao PDR", "Memorandum of understanding on heritage cooperation", 2018, "Luang Prabang",
     "partner"),
    ("Siem Reap", "Kingdom of Cambodia", "Memorandum of understanding on heritage cooperation", 2018, "Siem Reap",
     "partner"),
]
HUE_ITEMS = [("Heritage conservation training for Hue Monuments staff", "Gyeongju", "Completed", "completed"),
             ("Co-organising the lantern and craft festival", "Yogyakarta", "In progress", "in_progress"),
             ("Culinary school exchange", "New Haven", "Proposed by New Haven, under study", "proposed")]


@document("71_hue_international_cooperation_en.html", split="dev", home="Huế", language="en",
          features=["html", "English page of a Vietnamese city", "one <details>/<summary> accordion per partner "
                    "(name in the summary, country and relation inside)", "Twinned city / Sister city / Friendship "
                    "city / memorandum of understanding", "navigation, weather widget and footer naming Hanoi, "
                    "Ho Chi Minh City and Da Nang", "news list with publication dates", "'From 4 to 7 June 2025', "
                    "'15–18 September 2025'", "headline '10 partner cities in 9 countries'", "cooperation table"])
def hue_html():
    canons = [c for *_, c, _ in HUE]
    acc = "\n".join(f'<details class="partner"><summary>{s}</summary><p class="country">{cl}</p>'
                    f'<p class="rel">Relationship: {rel} &middot; since {y}</p></details>'
                    for s, cl, rel, y, _, _ in HUE)
    items = "".join(f"<tr><td>{t}</td><td>{p}</td><td>{st}</td></tr>" for t, p, st, _ in HUE_ITEMS)
    nav = ('<ul><li><a href="/">Home</a></li><li><a href="/gov">Government</a></li><li><a href="/visit">Visit Hue'
           '</a></li><li><a href="/invest">Invest</a></li><li><a href="/intl" class="active">International '
           'cooperation</a></li></ul><p class="ticker">Daily flights from Hanoi and Ho Chi Minh City to Phu Bai '
           'International Airport</p>')
    main = (
        '<nav class="breadcrumb">Home › International cooperation › Partner cities</nav>\n'
        '<h1>International partner cities</h1>\n'
        f'<p class="lead">Hue maintains ties with {len(canons)} partner cities in {_countries(canons)} countries, '
        'from heritage towns in Asia to university cities in America and Europe. Click a city to see the '
        'relationship.</p>\n'
        f'<section class="accordion">\n{acc}\n</section>\n'
        '<h2>Current cooperation</h2>\n'
        f'<table class="coop"><tr><th>Project</th><th>Partner</th><th>Status</th></tr>{items}</table>\n'
        '<h2>Latest news</h2>\n'
        '<article><p class="date">Posted 09/06/2025</p><h3>Gyeongju delegation studies Hue’s royal tombs</h3>'
        '<p>From 4 to 7 June 2025, a delegation from Gyeongju led by its Vice Mayor visited Hue, toured the '
        'Imperial City and the tomb of Emperor Minh Mang, and reviewed the conservation training run with Hue '
        'Monuments Conservation Centre.</p></article>\n'
        '<article><p class="date">Posted 28/08/2025</p><h3>Hue to take part in Wallonia heritage week</h3>'
        '<p>A Hue delegation led by the Chairman of the City People’s Committee will travel to Namur on '
        '15–18 September 2025 for the heritage week and a round table on river tourism. Registration for '
        'the accompanying business group closes on 5 September 2025.</p></article>')
    aside = ('<div class="weather"><b>Weather</b><br>Hue 33°C · Da Nang 31°C · Hoi An 32°C</div>'
             '<div class="links"><b>Related links</b><br>Vietnam Union of Friendship Organisations<br>'
             'Department of Foreign Affairs</div>')
    footer = ("Hue City People's Committee · Electronic information portal · 16 Le Loi, Hue · "
              "© 2025 · Visitors today: 12,483")
    gold = Gold(
        partnerships=[partner(s, c, k) for s, _, _, _, c, k in HUE],
        engagements=[engagement("incoming", ["Gyeongju"], "Huế", "2025-06-04", "2025-06-07"),
                     engagement("outgoing", ["Huế"], "Namur", "2025-09-15", "2025-09-18")],
        cooperation=[coop(t, s, ["Huế", p]) for t, p, _, s in HUE_ITEMS],
        claims=[claim(f"{len(canons)} partner cities in {_countries(canons)} countries", len(canons),
                      _countries(canons), "all", "consistent")],
    )
    return html_page("en", "Partner cities | Hue City", nav, main, aside, footer), gold


# --------------------------------------------------------------------------- 72 Yekaterinburg (ru, KOI8-R)

EKB_TWINS = [("Аннаба", "Алжир", 2016, "Annaba"), ("Ферентино", "Италия", 2013, "Ferentino"),
             ("Гуанчжоу", "КНР", 2002, "Guangzhou"), ("Инчхон", "Республика Корея", 1993, "Incheon"),
             ("Манагуа", "Никарагуа", 2017, "Managua"), ("Пловдив", "Болгария", 2011, "Plovdiv"),
             ("Сан-Хосе", "США, штат Калифорния", 1992, "San Jose (US)")]
EKB_PARTNERS = [("Харбин", "КНР", "Harbin"), ("Бишкек", "Киргизия", "Bishkek"),
                ("Ташкент", "Узбекистан", "Tashkent"), ("Улан-Батор", "Монголия", "Ulaanbaatar")]
EKB_ITEMS = [("Студенческий обмен с Инчхоном", "реализуется", "in_progress", "Incheon"),
             ("Участие делегации Харбина в выставке \"Иннопром\"", "согласовано", "agreed", "Harbin"),
             ("Совместная выставка художников Пловдива и Екатеринбурга", "завершено", "completed", "Plovdiv"),
             ("Проект модернизации водоснабжения с Аннабой", "приостановлен", "stalled", "Annaba")]


@document("72_ekaterinburg_goroda_pobratimy_koi8r.txt", split="dev", home="Yekaterinburg", language="ru",
          encoding="koi8-r",
          features=["txt", "Russian", "KOI8-R", "города-побратимы = sister, соглашения о сотрудничестве = partner",
                    "one line per city with leader dots up to the year", "Russian exonyms (Сан-Хосе with its state, "
                    "Улан-Батор)", "'с 12 по 15 мая 2025 г.', '3-6 сентября 2025 г.'", "an application deadline "
                    "that is not a visit", "headline '8 городов-побратимов в 7 странах' (seven listed)",
                    "items with statuses after a dash"])
def ekb_txt():
    lines = ["АДМИНИСТРАЦИЯ ГОРОДА ЕКАТЕРИНБУРГА",
             "Комитет по внешним связям", "",
             "СПРАВКА", "о международных связях города (по состоянию на 01.10.2025)", "",
             "Екатеринбург поддерживает отношения с 8 городами-побратимами в 7 странах, а также",
             "с городами-партнёрами, с которыми подписаны соглашения о сотрудничестве.", "",
             "1. Города-побратимы (год установления отношений)", ""]
    for name, country, year, _ in EKB_TWINS:
        head = f"   {name} ({country}) "
        lines.append(head + "." * (52 - len(head)) + f" {year}")
    lines += ["", "2. Соглашения о сотрудничестве (города-партнёры)", ""]
    for name, country, _ in EKB_PARTNERS:
        head = f"   {name} ({country}) "
        lines.append(head + "." * (52 - len(head)) + " соглашение")
    lines += ["", "3. Визиты 2025 года", "",
              "   - с 12 по 15 мая 2025 г. делегация Пловдива во главе с заместителем мэра",
              "     находилась в Екатеринбурге (открытие совместной выставки);",
              "   - 3-6 сентября 2025 г. официальная делегация Екатеринбурга посетила Гуанчжоу.", "",
              "4. Проекты", ""]
    lines += [f"   {i}) {t} - {s};" for i, (t, s, _, _) in enumerate(EKB_ITEMS, 1)]
    lines += ["", "Заявки на участие в молодёжной программе принимаются до 1 апреля 2025 г.", "",
              "Исп.: Комитет по внешним связям, тел. (343) 000-00-00"]
    twins = [c for *_, c in EKB_TWINS]
    gold = Gold(
        partnerships=[partner(n, c, "sister") for n, _, _, c in EKB_TWINS]
        + [partner(n, c, "partner") for n, _, c in EKB_PARTNERS],
        engagements=[engagement("incoming", ["Plovdiv"], "Yekaterinburg", "2025-05-12", "2025-05-15"),
                     engagement("outgoing", ["Yekaterinburg"], "Guangzhou", "2025-09-03", "2025-09-06")],
        cooperation=[coop(t, s, ["Yekaterinburg", p]) for t, _, s, p in EKB_ITEMS],
        claims=[claim("8 городами-побратимами в 7 странах", 8, 7, "sister",
                      "consistent" if (len(twins), _countries(twins)) == (8, 7) else "inconsistent")],
    )
    return ("\n".join(lines) + "\n").encode("koi8-r"), gold


# --------------------------------------------------------------------------- 73 Bursa (tr, windows-1254)

BURSA = [  # (country heading, [(as written, canonical, year)])
    ("BULGARİSTAN", [("Filibe", "Plovdiv", 1998), ("Pleven", "Pleven", 2004), ("Tırnova", "Veliko Tarnovo", 2009)]),
    ("ALMANYA", [("Darmstadt", "Darmstadt", 1971), ("Kulmbach", "Kulmbach", 1998)]),
    ("ÇİN HALK CUMHURİYETİ", [("Anşan", "Anshan", 1999)]),
    ("KUZEY MAKEDONYA", [("Manastır", "Bitola", 2005)]),
    ("FİLİSTİN", [("El Halil", "Hebron", 2011)]),
    ("TUNUS", [("Kayrevan", "Kairouan", 2000)]),
    ("SLOVAKYA", [("Koşice", "Košice", 2006)]),
    ("KAZAKİSTAN", [("Kızılorda", "Kyzylorda", 2001)]),
    ("BELARUS", [("Mogilev", "Mogilev", 2003)]),
    ("SIRBİSTAN", [("Yeni Pazar", "Novi Pazar", 2010)]),
    ("FİNLANDİYA", [("Oulu", "Oulu", 1995)]),
    ("BOSNA-HERSEK", [("Saraybosna", "Sarajevo", 2002)]),
    ("ARNAVUTLUK", [("Tiran", "Tirana", 2012)]),
    ("UKRAYNA", [("Vinnitsa", "Vinnytsia", 2007)]),
]
BURSA_PROTOCOL = [("Maskara", "Cezayir", "Mascara"), ("Çadır-Lunga", "Moldova", "Ceadîr-Lunga")]
BURSA_ITEMS = [("Kayrevan ile el sanatları ve çini çalıştayı", "tamamlandı", "completed", "Kairouan"),
               ("Koşice ile bisiklet yolu ağı projesi", "devam ediyor", "in_progress", "Košice"),
               ("Saraybosna ile İpek Yolu turizm rotası", "Saraybosna tarafınca önerildi", "proposed", "Sarajevo")]


@document("73_bursa_kardes_sehirler_cp1254.txt", split="dev", home="Bursa", language="tr", encoding="windows-1254",
          features=["txt", "Turkish", "windows-1254, CRLF", "kardeş şehir = sister, işbirliği protokolü = partner",
                    "cities grouped under upper-case country headings with dotted İ", "Turkish exonyms (Filibe, "
                    "Tırnova, Manastır, El Halil, Kayrevan, Saraybosna, Tiran, Yeni Pazar)", "'3-5 Nisan 2025', "
                    "'20-22 Ekim 2025'", "headline '14 ülkeden 17 kardeş şehir'", "items with Turkish statuses"])
def bursa_txt():
    sisters = [c for _, cs in BURSA for _, c, _ in cs]
    lines = ["T.C. BURSA BÜYÜKŞEHİR BELEDİYESİ", "Dış İlişkiler Şube Müdürlüğü", "",
             "KARDEŞ ŞEHİRLER BİLGİ NOTU  (Ekim 2025)", "",
             f"Bursa'nın {_countries(sisters)} ülkeden {len(sisters)} kardeş şehri bulunmaktadır. Kardeş şehirler "
             "ülkelere göre", "aşağıda sıralanmıştır (parantez içinde protokol yılı).", ""]
    for country, cities in BURSA:
        lines.append(country)
        lines += [f"    » {w} ({y})" for w, _, y in cities]
        lines.append("")
    lines += ["İŞBİRLİĞİ PROTOKOLÜ İMZALANAN ŞEHİRLER",
              "    " + "; ".join(f"{w} ({c})" for w, c, _ in BURSA_PROTOCOL), "",
              "2025 YILI ZİYARETLER",
              "    Kayrevan Belediye Başkanı ve beraberindeki heyet 3-5 Nisan 2025 tarihlerinde Bursa'yı",
              "    ziyaret etmiştir.",
              "    Büyükşehir Belediye Başkanımızın 20-22 Ekim 2025 tarihlerinde Darmstadt'a resmi ziyareti",
              "    planlanmaktadır.", "",
              "ORTAK PROJELER"]
    lines += [f"    - {t}: {s}" for t, s, _, _ in BURSA_ITEMS]
    lines += ["", "Hazırlayan: Dış İlişkiler Şube Müdürlüğü"]
    gold = Gold(
        partnerships=[partner(w, c, "sister") for _, cs in BURSA for w, c, _ in cs]
        + [partner(w, c, "partner") for w, _, c in BURSA_PROTOCOL],
        engagements=[engagement("incoming", ["Kairouan"], "Bursa", "2025-04-03", "2025-04-05"),
                     engagement("outgoing", ["Bursa"], "Darmstadt", "2025-10-20", "2025-10-22")],
        cooperation=[coop(t, s, ["Bursa", p]) for t, _, s, p in BURSA_ITEMS],
        claims=[claim(f"{_countries(sisters)} ülkeden {len(sisters)} kardeş şehir", len(sisters),
                      _countries(sisters), "sister", "consistent")],
    )
    return ("\r\n".join(lines) + "\r\n").encode("cp1254"), gold


# --------------------------------------------------------------------------- 74 Cheongju press release (ko, DOCX)

CHEONGJU = [  # (kind label, city, country, signed, canonical, kind)
    ("자매도시", "벨링햄시", "미국", "2008. 6. 2.", "Bellingham", "sister"),
    ("자매도시", "돗토리시", "일본", "2001. 10. 25.", "Tottori", "sister"),
    ("자매도시", "우한시", "중국", "2000. 10. 30.", "Wuhan", "sister"),
    ("자매도시", "타이응우옌시", "베트남", "2025. 11. 18.", "Thái Nguyên", "sister"),
    ("우호도시", "양저우시", "중국", "2012. 4. 10.", "Yangzhou", "friendship"),
    ("우호도시", "울란바토르시", "몽골", "2015. 9. 7.", "Ulaanbaatar", "friendship"),
    ("우호도시", "알마티시", "카자흐스탄", "2019. 5. 21.", "Almaty", "friendship"),
]
CHEONGJU_ITEMS = [("청소년 홈스테이 교류", "합의", "agreed"), ("농업기술 연수생 파견", "협의 중", "in_progress"),
                  ("직지 국제 공동 전시", "타이응우옌시 제안", "proposed")]


@document("74_cheongju_bodojaryo_jamaegyeolyeon_ko.docx", split="dev", home="Cheongju", language="ko",
          features=["docx", "Korean", "보도자료 with a header table (보도일시, 담당부서)", "자매결연 signing during an "
                    "incoming visit: the signing date is not the visit", "dates without a year ('17일부터 20일까지', "
                    "'18일'; year from 보도일시)", "'내년 4월' = a month of the following year", "▲ inline items "
                    "with statuses in brackets", "참고 table: 자매도시 / 우호도시 with signing dates",
                    "headline '6개국 7개 도시'"])
def cheongju_docx():
    doc = new_docx()
    docx_table(doc, [["보도자료", "청주시"], ["보도일시", "2025. 11. 19.(수) 배포 즉시"],
                     ["담당부서", "국제교류과 (과장 김○○, 043-000-0000)"]])
    doc.add_heading("청주시, 베트남 타이응우옌시와 자매결연 체결", level=1)
    doc.add_paragraph("- 농업·교육·문화 분야 교류 본격화… 해외 자매·우호도시 6개국 7개 도시로 늘어 -")
    items = " ".join(f"▲{t}({s})" for t, s, _ in CHEONGJU_ITEMS)
    for text in [
        "청주시는 18일 시청 임시청사 대회의실에서 베트남 타이응우옌시와 자매결연 협정을 체결했다고 19일 밝혔다.",
        "타이응우옌시 인민위원회 위원장을 단장으로 한 대표단 6명은 11월 17일부터 20일까지 3박 4일 일정으로 청주를 "
        "방문해 오송 바이오밸리와 청주농업기술센터를 둘러봤다.",
        f"양 도시는 협정에 따라 {items} 등에 협력하기로 했다.",
        "이로써 청주시의 해외 자매·우호도시는 6개국 7개 도시로 늘었다.",
        "한편 청주시장은 내년 4월 미국 벨링햄시를 방문해 자매결연 기념행사에 참석할 예정이다.",
    ]:
        doc.add_paragraph(text)
    doc.add_paragraph("【참고】 청주시 국제교류 도시 현황")
    docx_table(doc, [["구분", "도시명", "국가", "체결일"]] + [[k, c, n, d] for k, c, n, d, _, _ in CHEONGJU])
    doc.add_paragraph("※ 사진 있음. 문의: 국제교류과 국제협력팀")
    canons = [c for *_, c, _ in CHEONGJU]
    gold = Gold(
        partnerships=[partner(c, canon, k) for _, c, _, _, canon, k in CHEONGJU],
        engagements=[engagement("incoming", ["Thái Nguyên"], "Cheongju", "2025-11-17", "2025-11-20"),
                     engagement("outgoing", ["Cheongju"], "Bellingham", "2026-04")],
        cooperation=[coop(t, s, ["Cheongju", "Thái Nguyên"]) for t, _, s in CHEONGJU_ITEMS],
        claims=[claim("6개국 7개 도시", len(canons), _countries(canons), "all",
                      "consistent" if (len(canons), _countries(canons)) == (7, 6) else "inconsistent")],
    )
    return docx_bytes(doc, "청주시 보도자료"), gold


# --------------------------------------------------------------------------- 75 Zhengzhou news release (zh, PDF)

ZHENGZHOU = [  # (year.month, country, city as written, canonical, kind label, kind)
    ("1994.05", "美国", "弗吉尼亚州里士满市", "Richmond (US)", "友好城市", "sister"),
    ("1997.10", "日本", "埼玉市", "Saitama", "友好城市", "sister"),
    ("2004.06", "俄罗斯", "萨马拉市", "Samara", "友好城市", "sister"),
    ("2006.09", "罗马尼亚", "克卢日-纳波卡市", "Cluj-Napoca", "友好城市", "sister"),
    ("2009.11", "巴西", "若因维莱市", "Joinville", "友好城市", "sister"),
    ("2013.04", "约旦", "伊尔比德市", "Irbid", "友好城市", "sister"),
    ("2015.08", "白俄罗斯", "莫吉廖夫市", "Mogilev", "友好交流城市", "friendship"),
    ("2017.03", "保加利亚", "舒门市", "Shumen", "友好交流城市", "friendship"),
    ("2019.07", "布基纳法索", "瓦加杜古市", "Ouagadougou", "友好交流城市", "friendship"),
    ("2021.12", "纳米比亚", "马林塔尔市", "Mariental", "友好交流城市", "friendship"),
    ("2025.09", "匈牙利", "德布勒森市", "Debrecen", "友好城市", "sister"),
]
ZZ_ITEMS = [("航空物流合作", "已签署合作备忘录", "agreed"), ("中医药交流中心", "正在筹建", "in_progress"),
            ("职业教育联合培养", "匈方提议，待研究", "proposed")]


@document("75_zhengzhou_xinwengao_youhao_chengshi_zh.pdf", split="dev", home="Zhengzhou", language="zh",
          features=["pdf (Chromium)", "Simplified Chinese", "新闻稿: 缔结友好城市 during an incoming visit "
                    "('9月11日至14日', year from the release date)", "'10月下旬' = month only", "sidebar timeline: "
                    "'YYYY.MM' signing dates (not visits), country, city, kind", "友好城市 = sister, 友好交流城市 = "
                    "friendship", "a US city written with its state (弗吉尼亚州里士满市)", "headline with totals",
                    "three areas with statuses in brackets"])
def zhengzhou_pdf():
    canons = [c for _, _, _, c, _, _ in ZHENGZHOU]
    sisters = [c for _, _, _, c, _, k in ZHENGZHOU if k == "sister"]
    timeline = "".join(f"<tr><td>{ym}</td><td>{n}</td><td>{w}</td><td>{kl}</td></tr>"
                       for ym, n, w, _, kl, _ in ZHENGZHOU)
    areas = "；".join(f"{t}（{s}）" for t, s, _ in ZZ_ITEMS)
    page = (
        "<p>郑州市人民政府外事办公室　新闻稿　2025年9月13日</p>"
        "<h1>郑州与匈牙利德布勒森缔结友好城市关系</h1>"
        "<p>应郑州市人民政府邀请，匈牙利德布勒森市市长率代表团于9月11日至14日访问郑州。12日上午，两市在郑州国际会展"
        "中心签署《中华人民共和国河南省郑州市与匈牙利德布勒森市建立友好城市关系协议书》。</p>"
        f"<p>根据协议，双方将在以下领域开展合作：{areas}。</p>"
        f"<p>至此，郑州市已与{_countries(canons)}个国家的{len(canons)}个城市建立友好城市或友好交流城市关系，"
        f"其中友好城市{len(sisters)}个。</p>"
        "<p>另悉，10月下旬，郑州市代表团将赴俄罗斯萨马拉市，出席两市结好活动并考察航空产业园。</p>"
        "<h2>链接：郑州国际友城发展历程</h2>"
        f"<table><tr><th>时间</th><th>国家</th><th>城市</th><th>类别</th></tr>{timeline}</table>"
        "<p style='font-size:8pt'>（稿件来源：市外办　编辑：国际交流处）</p>")
    html = pages_html("zh-CN", [page], "郑州市人民政府外事办公室", "第{page}页，共{pages}页")
    gold = Gold(
        partnerships=[partner(w, c, k) for _, _, w, c, _, k in ZHENGZHOU],
        engagements=[engagement("incoming", ["Debrecen"], "Zhengzhou", "2025-09-11", "2025-09-14"),
                     engagement("outgoing", ["Zhengzhou"], "Samara", "2025-10")],
        cooperation=[coop(t, s, ["Zhengzhou", "Debrecen"]) for t, _, s in ZZ_ITEMS],
        claims=[claim(f"{_countries(canons)}个国家的{len(canons)}个城市", len(canons), _countries(canons), "all",
                      "consistent"),
                claim(f"友好城市{len(sisters)}个", len(sisters), None, "sister", "consistent")],
    )
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 76 Belo Horizonte (pt, hand-written PDF)

BH = [  # (city upper, country, instrument line, canonical, kind)
    ("CUENCA", "Equador", "Cidade-irmã · Lei Municipal nº 7.101/1996", "Cuenca (EC)", "sister"),
    ("FORT LAUDERDALE", "Estados Unidos", "Cidade-irmã · Lei Municipal nº 6.650/1994", "Fort Lauderdale", "sister"),
    ("GRANADA", "Espanha", "Cidade-irmã · Lei Municipal nº 8.012/2000", "Granada", "sister"),
    ("HAVANA", "Cuba", "Cidade-irmã · Lei Municipal nº 6.991/1995", "Havana", "sister"),
    ("HOMS", "Síria", "Cidade-irmã · Lei Municipal nº 8.457/2002", "Homs", "sister"),
    ("LAGOS", "Nigéria", "Cidade-irmã · Lei Municipal nº 9.120/2005", "Lagos", "sister"),
    ("LUANDA", "Angola", "Cidade-irmã · Lei Municipal nº 7.312/1997", "Luanda", "sister"),
    ("MASAYA", "Nicarágua", "Cidade-irmã · Lei Municipal nº 6.218/1992", "Masaya", "sister"),
    ("NEWARK", "Estados Unidos (Nova Jersey)", "Cidade-irmã · Lei Municipal nº 7.540/1998", "Newark", "sister"),
    ("TEGUCIGALPA", "Honduras", "Cidade-irmã · Lei Municipal nº 6.219/1992", "Tegucigalpa", "sister"),
    ("TRÍPOLI", "Líbia", "Cidade-irmã · Lei Municipal nº 8.900/2004", "Tripoli (LY)", "sister"),
    ("ZAHLÉ", "Líbano", "Cidade-irmã · Lei Municipal nº 7.803/1999", "Zahlé", "sister"),
    ("JIANGYIN", "China", "Acordo de cooperação · assinado em 2014", "Jiangyin", "partner"),
]
BH_ITEMS = [("Intercâmbio de merendeiras escolares", "Luanda", "concluído", "completed"),
            ("Programa de mobilidade ativa e ciclovias", "Fort Lauderdale", "em andamento", "in_progress"),
            ("Cooperação em atenção primária à saúde", "Havana", "suspensa", "stalled")]


@document("76_belo_horizonte_cidades_irmas_pt.pdf", split="dev", home="Belo Horizonte", language="pt",
          handwritten=True,
          features=["pdf (hand-written, Helvetica)", "Portuguese (Brazil)", "prefeitura information sheet",
                    "two-line records: CITY in capitals · country, then the instrument (law number and year)",
                    "cidade-irmã = sister, acordo de cooperação = partner", "'de 5 a 7 de agosto de 2025', "
                    "'nos dias 14 e 15 de outubro de 2025'", "Trípoli with its country", "headline "
                    "'13 cidades de 12 países'", "items with Portuguese statuses on page 2"])
def bh_pdf():
    canons = [c for *_, c, _ in BH]
    p1 = [(56, 790, 15, "Prefeitura de Belo Horizonte"), (56, 770, 10, "Assessoria de Relações Internacionais"),
          (56, 740, 13, "Cidades-irmãs e acordos de cooperação"),
          (56, 718, 10, f"Belo Horizonte mantém relações formais com {len(canons)} cidades de "
                        f"{_countries(canons)} países."),
          (56, 704, 10, "Cada relação foi aprovada por lei municipal ou por acordo assinado pelo Prefeito.")]
    y = 676
    for city, country, inst, _, _ in BH:
        p1.append((64, y, 11, f"{city} · {country}"))
        p1.append((64, y - 13, 9, inst))
        y -= 36
    p1.append((56, 40, 8, "PBH · ARI · página 1 de 2"))
    p2 = [(56, 790, 10, "Prefeitura de Belo Horizonte · Assessoria de Relações Internacionais"),
          (56, 760, 13, "Agenda 2025"),
          (56, 738, 10, "A missão de Luanda esteve em Belo Horizonte de 5 a 7 de agosto de 2025, com visitas"),
          (56, 724, 10, "a escolas municipais e ao Restaurante Popular."),
          (56, 706, 10, "O Prefeito visita Granada nos dias 14 e 15 de outubro de 2025 (Fórum de Cidades Patrimônio)."),
          (56, 676, 13, "Projetos de cooperação")]
    y = 654
    for t, p, s, _ in BH_ITEMS:
        p2.append((64, y, 10, f"- {t} ({p}): {s}"))
        y -= 16
    p2.append((56, 40, 8, "PBH · ARI · página 2 de 2"))
    gold = Gold(
        partnerships=[partner(city, c, k) for city, _, _, c, k in BH],
        engagements=[engagement("incoming", ["Luanda"], "Belo Horizonte", "2025-08-05", "2025-08-07"),
                     engagement("outgoing", ["Belo Horizonte"], "Granada", "2025-10-14", "2025-10-15")],
        cooperation=[coop(t, s, ["Belo Horizonte", p]) for t, p, _, s in BH_ITEMS],
        claims=[claim(f"{len(canons)} cidades de {_countries(canons)} países", len(canons), _countries(canons),
                      "all", "consistent")],
    )
    return minimal_pdf([p1, p2]), gold


# --------------------------------------------------------------------------- 77 Edmonton consulate e-mail (en)

EDMONTON = [("Wonju", "Wonju"), ("Harbin", "Harbin"), ("Gatineau", "Gatineau"), ("Nashville", "Nashville")]
EDM_ITEMS = [("Winter city design exchange", "proposed"), ("Youth hockey exchange", "agreed")]
EDM_PROGRAMME = [("Tuesday", "14 October 2025", "Arrival; welcome dinner hosted by the City of Edmonton"),
                 ("Wednesday", "15 October 2025", "Courtesy call on the Mayor; Winter City design workshop"),
                 ("Thursday", "16 October 2025", "Youth hockey clinic at Rogers Place; departure")]


def edmonton_programme_docx() -> bytes:
    doc = new_docx()
    doc.add_heading("Wonju City Delegation to Edmonton – Draft Programme", level=1)
    doc.add_paragraph("Prepared by the Consulate General of the Republic of Korea in Vancouver (draft 1)")
    docx_table(doc, [["Day", "Date", "Activity"]] + [list(r) for r in EDM_PROGRAMME])
    doc.add_paragraph("All times to be confirmed with the City of Edmonton’s Protocol Office.")
    return docx_bytes(doc, "Wonju delegation draft programme")


@document("77_edmonton_consulate_visit_proposal.eml", split="dev", home="Edmonton", language="en",
          encoding="windows-1252",
          features=["eml", "windows-1252, quoted-printable", "DOCX attachment",
                    "a consulate proposes a partner's visit: 'from Tuesday 14 to Thursday 16 October 2025'",
                    "a consul's courtesy call on 2 September 2025 (meeting, country as the visiting party)",
                    "a reply deadline that is not a visit", "sister cities named inline with a dash",
                    "headline 'four sister cities' in words", "items: proposed and agreed in principle"])
def edmonton_email():
    msg = EmailMessage()
    msg["From"] = "Consulate General of the Republic of Korea in Vancouver <protocol@mofa-vancouver.example>"
    msg["To"] = "Intergovernmental Affairs <international@edmonton.example>"
    msg["Subject"] = "Proposal: Wonju City delegation to Edmonton, October 2025"
    msg["Date"] = "Mon, 28 Jul 2025 09:15:00 -0700"
    msg["Message-ID"] = "<corpus-77@mofa-vancouver.example>"
    msg.set_content(
        "Dear Ms. Tremblay,\n\n"
        "Greetings from the Consulate General of the Republic of Korea in Vancouver.\n\n"
        "On behalf of the Consul General, I am pleased to propose that an official delegation from Wonju,\n"
        "Edmonton’s sister city in Gangwon State, visit Edmonton from Tuesday 14 to Thursday 16 October 2025.\n"
        "The delegation (eight members, led by the Mayor of Wonju) would like to discuss two topics:\n\n"
        "  – a winter city design exchange, proposed by Wonju this spring and not yet discussed with your\n"
        "    planning department;\n"
        "  – the youth hockey exchange, which both cities agreed in principle at the 2024 meeting.\n\n"
        "The Consul General would also be glad to pay a courtesy call on Mayor Sohi on 2 September 2025, if\n"
        "his schedule permits, to prepare the visit.\n\n"
        "We understand that Edmonton’s four sister cities — Wonju, Harbin, Gatineau and Nashville — each have\n"
        "an anniversary this decade, and Wonju would be honoured to open the series.\n\n"
        "A draft programme is attached. We would be grateful for your reply by 15 August 2025.\n\n"
        "With warm regards,\n"
        "Ji-hoon Park\nConsul (Protocol and Public Diplomacy)\n"
        "Consulate General of the Republic of Korea in Vancouver\n", charset="windows-1252",
        cte="quoted-printable")
    msg.add_attachment(edmonton_programme_docx(), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename="Wonju_delegation_draft_programme.docx")
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, c in EDMONTON],
        engagements=[engagement("incoming", ["Wonju"], "Edmonton", "2025-10-14", "2025-10-16"),
                     engagement("meeting", ["KR"], "Edmonton", "2025-09-02")],
        cooperation=[coop(t, s, ["Edmonton", "Wonju"]) for t, s in EDM_ITEMS],
        claims=[claim("four sister cities", len(EDMONTON), None, "sister", "consistent")],
    )
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 78 Aarhus steering group minutes (en)

AARHUS_ACTIONS = [  # (no., action, parties, owner, due, state as written, status)
    ("A-17", "Joint Nordic climate-adaptation bid (Interreg)", ["Bergen", "Gothenburg"], "MKJ", "31.01.2026",
     "In progress", "in_progress"),
    ("A-18", "Ice sculpture exchange for the Harbin winter festival", ["Harbin"], "LT", "—", "Completed",
     "completed"),
    ("A-19", "Maritime apprenticeship exchange", ["Kiel"], "SHA", "01.03.2026", "Agreed", "agreed"),
    ("A-20", "Joint tourism fair stand", ["Rostock"], "LT", "—", "Dropped", "dropped"),
    ("A-21", "Cultural programme with Saint Petersburg", ["Saint Petersburg"], "MKJ", "—",
     "On hold since 2022", "stalled"),
]


@document("78_aarhus_steering_group_minutes.docx", split="dev", home="Aarhus", language="en",
          features=["docx", "English", "steering-group minutes: numbered agenda items with Decision/Action lines",
                    "partners only in prose (Nordic twin towns, German twin towns, a friendship agreement, a "
                    "suspended cooperation agreement)", "'11–12 March 2025', '20–22 June 2026'", "meeting date and "
                    "due dates (dd.mm.yyyy) that are not visits", "action table with owners' initials and all "
                    "six states but 'proposed'"])
def aarhus_docx():
    doc = new_docx()
    doc.add_heading("International Relations Steering Group – Minutes", level=1)
    doc.add_paragraph("Meeting 4/2025 · 9 October 2025, 13:00–15:00 · City Hall, room 3.14")
    doc.add_paragraph("Present: MKJ (chair), LT, SHA, RP (Mayor’s Office). Apologies: the Business Office.")
    doc.add_heading("1. Approval of the agenda", level=2)
    doc.add_paragraph("Approved without comments.")
    doc.add_heading("2. Twin-town network", level=2)
    doc.add_paragraph(
        "The group reviewed Aarhus’s Nordic twin towns (Bergen, Gothenburg and Turku), the German twin towns Kiel "
        "and Rostock, and the friendship agreement with Harbin. The cooperation agreement with Saint Petersburg "
        "remains suspended. Decision: no new twinnings in 2026; the network is to be deepened rather than widened.")
    doc.add_heading("3. Visits", level=2)
    doc.add_paragraph(
        "3.1 Report: the Turku delegation visited Aarhus on 11–12 March 2025 (culture and urban waterfront).")
    doc.add_paragraph(
        "3.2 Kieler Woche: the Mayor will visit Kiel on 20–22 June 2026. Action: RP to confirm by 15.12.2025.")
    doc.add_heading("4. Action list", level=2)
    docx_table(doc, [["No.", "Action", "Partner", "Owner", "Due", "Status"]]
               + [[n, a, ", ".join(p), o, d, s] for n, a, p, o, d, s, _ in AARHUS_ACTIONS])
    doc.add_heading("5. Any other business", level=2)
    doc.add_paragraph("Next meeting: 11 December 2025.")
    twins = [("Bergen", "sister"), ("Gothenburg", "sister"), ("Turku", "sister"), ("Kiel", "sister"),
             ("Rostock", "sister"), ("Harbin", "friendship"), ("Saint Petersburg", "partner")]
    gold = Gold(
        partnerships=[partner(c, c, k) for c, k in twins],
        engagements=[engagement("incoming", ["Turku"], "Aarhus", "2025-03-11", "2025-03-12"),
                     engagement("outgoing", ["Aarhus"], "Kiel", "2026-06-20", "2026-06-22")],
        cooperation=[coop(a, st, ["Aarhus"] + p) for _, a, p, _, _, _, st in AARHUS_ACTIONS],
    )
    return docx_bytes(doc, "IRSG minutes 4/2025"), gold


# --------------------------------------------------------------------------- 79 Limerick exchange budget (en, MD)

LIMERICK = [  # (partner as written, relationship, programme, 2025 actual, 2026 budget, status as written, status, canon)
    ("Quimper, Brittany (FR)", "Twin town", "Schools twinning exchange", "18,400", "19,000", "Ongoing", "in_progress",
     "Quimper", "sister"),
    ("A Coruña, Galicia (ES)", "Twin town", "Maritime heritage festival", "22,150", "—", "Delivered 2025",
     "completed", "A Coruña", "sister"),
    ("Spokane, Washington (US)", "Sister city", "Youth choir tour", "3,000", "26,500", "Confirmed by both cities",
     "agreed", "Spokane", "sister"),
    ("Lowell, Massachusetts (US)", "Sister city", "Irish studies residency", "—", "8,000",
     "Proposed by Lowell, costing under way", "proposed", "Lowell", "sister"),
    ("Austin, Texas (US)", "Friendship link", "Music industry exchange", "4,200", "0", "On hold", "stalled", "Austin",
     "friendship"),
    ("Santa Clara, California (US)", "Sister city", "Tech start-up exchange", "6,700", "0", "Discontinued",
     "dropped", "Santa Clara", "sister"),
    ("Kansas City, Missouri (US)", "Sister city", "St Patrick's Day delegation", "11,900", "12,000", "Delivered 2025",
     "completed", "Kansas City", "sister"),
]


@document("79_limerick_exchange_budget_2026.md", split="dev", home="Limerick", language="en",
          features=["markdown", "English", "budget table: one exchange programme per partner with amounts in €, "
                    "relationship and status columns", "partners written 'City, State (CC)'", "Twin town / Sister "
                    "city / Friendship link", "a totals row and a contingency table as noise",
                    "'15–18 March 2025', '2–6 July 2026' in the notes", "headline 'seven … links in three "
                    "countries' in words"])
def limerick_md():
    canons = [r[7] for r in LIMERICK]
    rows = "\n".join(f"| {p} | {rel} | {prog} | {a} | {b} | {st} |" for p, rel, prog, a, b, st, *_ in LIMERICK)
    text = (
        "# Twinning & Exchange Programme – Budget 2026\n\n"
        "*Limerick City and County Council · International Relations Unit · draft for the Finance SPC*\n\n"
        "Limerick has seven twinning and friendship links in three countries. The table sets out what each\n"
        "exchange programme cost in 2025 and what we ask for in 2026.\n\n"
        "| Partner | Relationship | Programme | 2025 actual (€) | 2026 budget (€) | Status |\n"
        "|---|---|---|---:|---:|---|\n"
        f"{rows}\n"
        "| **Total** | | | **66,350** | **65,500** | |\n\n"
        "## Contingency\n\n"
        "| Line | 2026 (€) |\n|---|---:|\n| Hospitality for unplanned delegations | 5,000 |\n"
        "| Translation and interpreting | 2,500 |\n\n"
        "## Notes\n\n"
        "1. The Kansas City delegation was in Limerick for St Patrick's Day, 15–18 March 2025.\n"
        "2. The Spokane youth choir will tour Limerick from 2–6 July 2026; the 2026 line covers their\n"
        "   accommodation and the return visit of the Limerick choir is not yet costed.\n"
        "3. Invoices for 2025 must reach the unit by 31 January 2026.\n")
    gold = Gold(
        partnerships=[partner(r[0].split(",")[0], r[7], r[8]) for r in LIMERICK],
        engagements=[engagement("incoming", ["Kansas City"], "Limerick", "2025-03-15", "2025-03-18"),
                     engagement("incoming", ["Spokane"], "Limerick", "2026-07-02", "2026-07-06")],
        cooperation=[coop(prog, st, ["Limerick", c]) for _, _, prog, _, _, _, st, c, _ in LIMERICK],
        claims=[claim("seven twinning and friendship links in three countries", len(canons), _countries(canons),
                      "all", "consistent")],
    )
    return text.encode("utf-8"), gold


# --------------------------------------------------------------------------- 80 Okayama map slide (ja, PPTX)

OKAYAMA = [  # (label, country, kind label, year, canonical, kind, left, top) - positions follow a world map
    ("洛陽市", "中国", "友好都市", 1981, "Luoyang", "friendship", 8.3, 2.2),
    ("サンノゼ市", "アメリカ合衆国", "姉妹都市", 1957, "San Jose (US)", "sister", 0.6, 2.0),
    ("プロブディフ市", "ブルガリア", "姉妹都市", 1972, "Plovdiv", "sister", 5.6, 1.6),
    ("新竹市", "台湾", "パートナー都市", 2003, "Hsinchu", "partner", 8.9, 3.6),
    ("サンホセ市", "コスタリカ", "姉妹都市", 1969, "San José (CR)", "sister", 1.6, 4.4),
    ("富川市", "韓国", "友好都市", 2002, "Bucheon", "friendship", 10.4, 1.5),
]
OKAYAMA_ITEMS = [("桃の栽培技術交流", "サンホセ市", "協議中", "in_progress", "San José (CR)"),
                 ("ESD教員交流プログラム", "富川市", "合意済み", "agreed", "Bucheon"),
                 ("牡丹園の共同プロモーション", "洛陽市", "完了", "completed", "Luoyang")]


@document("80_okayama_shimai_yuko_toshi_map_ja.pptx", split="dev", home="Okayama", language="ja",
          features=["pptx", "Japanese", "map slide: one two-line label per city placed by geography over a drawn "
                    "world map, out of reading order", "姉妹都市 / 友好都市 / パートナー都市", "サンノゼ (US) and "
                    "サンホセ (Costa Rica) on the same slide, told apart in the notes", "headline '6か国・地域の"
                    "6都市'", "visits table with '2025年4月8日～10日' and a month-only '2025年7月'",
                    "project table with 協議中 / 合意済み / 完了"])
def okayama_deck():
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches

    canons = [c for _, _, _, _, c, *_ in OKAYAMA]
    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "岡山市の国際交流"
    s.placeholders[1].text = "2025年度 市民協働局 国際課"
    s = titled_slide(prs, "姉妹・友好都市マップ")
    world = s.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.4), Inches(1.3), Inches(12.5), Inches(5.2))
    world.fill.solid()
    world.fill.fore_color.rgb = RGBColor(0xDD, 0xEE, 0xF7)
    world.line.fill.background()
    textbox(s.shapes, 6.6, 3.0, 1.3, 0.5, ["● 岡山市"], size=14)
    for label, country, kl, year, _, _, left, top in OKAYAMA:
        textbox(s.shapes, left, top, 2.6, 0.8, [f"{label}（{country}）", f"{kl}・{year}年"], size=12)
    textbox(s.shapes, 0.6, 6.6, 8, 0.5, [f"{_countries(canons)}か国・地域の{len(canons)}都市と提携"], size=16)
    s.notes_slide.notes_text_frame.text = ("サンノゼ市は米国カリフォルニア州、サンホセ市はコスタリカの首都。"
                                           "表記が似ているので混同しないこと。")
    s = titled_slide(prs, "2025年度の交流実績")
    slide_table(s, [["相手都市", "内容", "時期"], ["洛陽市", "洛陽市友好訪問団の来岡", "2025年4月8日～10日"],
                    ["サンノゼ市", "市長訪問（提携記念式典）", "2025年7月"]], 0.8, 1.6, 11.5)
    s = titled_slide(prs, "協力事業の進捗")
    slide_table(s, [["事業", "相手都市", "状況"]] + [[t, p, st] for t, p, st, _, _ in OKAYAMA_ITEMS], 0.8, 1.6, 11.5)
    gold = Gold(
        partnerships=[partner(label, c, k) for label, _, _, _, c, k, _, _ in OKAYAMA],
        engagements=[engagement("incoming", ["Luoyang"], "Okayama", "2025-04-08", "2025-04-10"),
                     engagement("outgoing", ["Okayama"], "San Jose (US)", "2025-07")],
        cooperation=[coop(t, s, ["Okayama", p]) for t, _, _, s, p in OKAYAMA_ITEMS],
        claims=[claim(f"{_countries(canons)}か国・地域の{len(canons)}都市", len(canons), _countries(canons), "all",
                      "consistent")],
    )
    return deck_bytes(prs, "岡山市の国際交流"), gold
