"""Corpus documents 15-28 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

The documents 02, 05, 08, 11, 13, 15, 16, 19, 22 and 23 were the first test split; it was exposed
and moved to dev on 2026-11-30.
"""

from __future__ import annotations

from corpus_common import (Gold, Spec, claim, coop, engagement, html_page, need, partner, registrar)
from corpus_docs_01_14 import lyon_mission

SPECS: list[Spec] = []
document = registrar(SPECS)

# --------------------------------------------------------------------------- 15 Incheon news page


@document("15_incheon_news_telaviv.html", split="dev", home="Incheon", language="en",
          features=["html", "news item about a delegation", "March 15–16, 2017", "publication date that is not a visit",
                    "nav/footer noise"])
def incheon_news():
    main = (
        "<article><h1>Tel Aviv-Yafo delegation explores start-up cooperation in Incheon</h1>"
        '<p class="meta">Published 17 March 2017 · City News</p>'
        "<p>A ten-member delegation from Tel Aviv-Yafo, Incheon's sister city since 2000, visited Incheon on "
        "March 15–16, 2017.</p>"
        "<p>The visitors toured the start-up campus in Songdo and the Incheon Technopark. Both cities agreed to "
        "launch a start-up exchange programme in the second half of the year.</p>"
        "<p>Incheon officials expressed interest in learning from Tel Aviv's experience with its municipal "
        "innovation hub.</p></article>")
    nav = ("<a href='/'>Home</a> | <a href='/news'>News</a> | <a href='/invest'>Investment</a> | "
           "<a href='/tour'>Tourism</a> | <a href='/global'>Global Incheon</a> | <a href='/contact'>Contact</a>")
    aside = "<h3>Most read</h3><ul><li>Youth forum opens in Songdo</li><li>New ferry timetable</li></ul>"
    footer = "© Incheon Metropolitan City · 29 Jeonggak-ro, Namdong-gu · Privacy policy · Site map"
    gold = Gold(
        partnerships=[partner("Tel Aviv-Yafo", "Tel Aviv", "sister")],
        engagements=[engagement("incoming", ["Tel Aviv"], "Incheon", "2017-03-15", "2017-03-16")],
        cooperation=[coop("start-up exchange programme", "agreed", ["Incheon", "Tel Aviv"])],
        needs=[need("Incheon", "municipal innovation hub", "Tel Aviv")],
    )
    return html_page("en", "Tel Aviv-Yafo delegation in Incheon", nav, main, aside, footer), gold


# --------------------------------------------------------------------------- 16 Barcelona web page (es)

BCN_TWINS = [("Boston", "Estados Unidos", "1980", "Boston"), ("Busan", "Corea del Sur", "1983", "Busan"),
             ("Montevideo", "Uruguay", "1983", "Montevideo"), ("San Petersburgo", "Rusia", "1985", "Saint Petersburg"),
             ("Kobe", "Japón", "1993", "Kobe"), ("Estambul", "Turquía", "1997", "Istanbul"),
             ("Dublín", "Irlanda", "1998", "Dublin"), ("Tel Aviv", "Israel", "1998", "Tel Aviv"),
             ("San Francisco", "Estados Unidos", "2001", "San Francisco"), ("Túnez", "Túnez", "2008", "Tunis")]


@document("16_barcelona_ciudades_hermanadas_es.html", split="dev", home="Barcelona", language="es",
          features=["html", "Spanish", "ciudades hermanadas table", "Spanish exonyms (Estambul, Túnez)",
                    "memorandum partner", "nav/footer noise"])
def barcelona_html():
    rows = "".join(f"<tr><td>{c}</td><td>{n}</td><td>{y}</td></tr>" for c, n, y, _ in BCN_TWINS)
    main = (
        "<h1>Ciudades hermanadas</h1>"
        "<p>Barcelona está hermanada con 10 ciudades de 9 países y mantiene acuerdos de colaboración con otras "
        "ciudades del mundo.</p>"
        f"<table><thead><tr><th>Ciudad</th><th>País</th><th>Año</th></tr></thead><tbody>{rows}</tbody></table>"
        "<p>La relación con San Petersburgo está suspendida desde marzo de 2022.</p>"
        "<h2>Memorandos de entendimiento</h2>"
        "<p>En 2019 Barcelona firmó un memorando de entendimiento con Bogotá (Colombia) sobre movilidad y "
        "espacio público.</p>")
    nav = "<a href='/'>Inicio</a> · <a href='/ajuntament'>El Ayuntamiento</a> · <a href='/tramits'>Trámites</a> · " \
          "<a href='/turisme'>Turismo</a> · <a href='/contacte'>Contacto</a>"
    aside = "<h3>Agenda</h3><ul><li>Fiestas de la Mercè</li><li>Mobile World Congress</li></ul>"
    footer = "Ajuntament de Barcelona · Plaça de Sant Jaume, 1 · 08002 Barcelona · Aviso legal · Accesibilidad"
    gold = Gold(
        partnerships=[partner(c, canon, "sister") for c, _, _, canon in BCN_TWINS]
        + [partner("Bogotá", "Bogotá", "partner")],
        claims=[claim("10 ciudades de 9 países", 10, 9, "sister", "consistent")],
    )
    return html_page("es", "Ciudades hermanadas – Barcelona", nav, main, aside, footer), gold


# --------------------------------------------------------------------------- 17 Daegu (ko, CP949)

DAEGU_SISTER = [("1. ", "애틀랜타, 미국", "Atlanta"), ("2. ", "미나스제라이스주, 브라질", "Minas Gerais"),
                ("3. ", "칭다오, 중국", "Qingdao"), ("4. ", "알마티, 카자흐스탄.", "Almaty"),
                ("5. ", "플로브디프, 불가리아", "Plovdiv"), ("6 ", "히로시마, 일본", "Hiroshima")]
DAEGU_FRIEND = [("1) ", "닝보, 중국", "Ningbo"), ("2) ", "다낭, 베트남", "Da Nang")]


@document("17_daegu_exchange_cities_cp949.txt", split="dev", home="Daegu", language="ko", encoding="cp949",
          features=["txt", "Korean", "CP949", "'도시, 국가' lines", "stray list numbers and trailing dots",
                    "Korean dotted dates 2019. 9. 24.", "region (Minas Gerais)"])
def daegu_txt():
    lines = ["대구광역시 국제교류 도시 현황", "2020. 1. 기준", "", "■ 자매도시 (6개 도시, 6개국)"]
    lines += [n + t for n, t, _ in DAEGU_SISTER]
    lines += ["", "■ 우호협력도시 (2개 도시, 2개국)"] + [n + t for n, t, _ in DAEGU_FRIEND]
    lines += ["", "※ 알마티시 대표단 방문: 2019. 9. 24. ~ 9. 26. (경제·의료 분야 협의)",
              "※ 히로시마시와의 청소년 스포츠 교류 사업은 2019년부터 잠정 중단됨", ""]
    gold = Gold(
        partnerships=[partner(t.split(",")[0], c, "sister", i) for i, (_, t, c) in enumerate(DAEGU_SISTER, 1)]
        + [partner(t.split(",")[0], c, "friendship", i) for i, (_, t, c) in enumerate(DAEGU_FRIEND, 1)],
        engagements=[engagement("incoming", ["Almaty"], "Daegu", "2019-09-24", "2019-09-26")],
        cooperation=[coop("청소년 스포츠 교류 사업", "stalled", ["Daegu", "Hiroshima"])],
        claims=[claim("자매도시 (6개 도시, 6개국)", 6, 6, "sister", "consistent"),
                claim("우호협력도시 (2개 도시, 2개국)", 2, 2, "friendship", "consistent")],
    )
    return ("\r\n".join(lines)).encode("cp949"), gold


# --------------------------------------------------------------------------- 18 Fukuoka (ja, Shift-JIS)

FUKUOKA_SISTER = [("オークランド", "アメリカ合衆国", "1962年", "Oakland (US)"), ("ボルドー", "フランス", "1982年", "Bordeaux"),
                  ("オークランド", "ニュージーランド", "1986年", "Auckland"), ("イポー", "マレーシア", "1989年", "Ipoh"),
                  ("アトランタ", "アメリカ合衆国", "2005年", "Atlanta"), ("ヤンゴン", "ミャンマー", "2016年", "Yangon")]


@document("18_fukuoka_shimai_sjis.txt", split="dev", home="Fukuoka", language="ja", encoding="shift_jis",
          features=["txt", "Japanese", "Shift-JIS", "the same katakana name for two cities (Oakland/Auckland)",
                    "姉妹都市/友好都市/行政交流都市", "平成27年5月"])
def fukuoka_txt():
    lines = ["福岡市の姉妹都市・友好都市", "", "姉妹都市（6都市・5か国）"]
    lines += [f"・{c}（{n}）　{y}" for c, n, y, _ in FUKUOKA_SISTER]
    lines += ["", "友好都市", "・広州（中国）　1979年", "", "行政交流都市", "・釜山（韓国）　2007年", "",
              "平成27年5月　市長がボルドー市を訪問し、ワイン・観光分野の協力について協議した。",
              "イポー市との環境分野の技術協力は完了した。", ""]
    gold = Gold(
        partnerships=[partner(c, canon, "sister") for c, _, _, canon in FUKUOKA_SISTER]
        + [partner("広州", "Guangzhou", "friendship"), partner("釜山", "Busan", "partner")],
        engagements=[engagement("outgoing", ["Fukuoka"], "Bordeaux", "2015-05")],
        cooperation=[coop("環境分野の技術協力", "completed", ["Fukuoka", "Ipoh"])],
        claims=[claim("姉妹都市（6都市・5か国）", 6, 5, "sister", "consistent")],
    )
    return ("\r\n".join(lines)).encode("shift_jis"), gold


# --------------------------------------------------------------------------- 19 Guangzhou (zh, UTF-16)

GUANGZHOU = [("福冈", "日本", "1979", "Fukuoka"), ("洛杉矶", "美国", "1981", "Los Angeles"),
             ("马尼拉", "菲律宾", "1982", "Manila"), ("温哥华", "加拿大", "1985", "Vancouver"),
             ("悉尼", "澳大利亚", "1986", "Sydney"), ("法兰克福", "德国", "1988", "Frankfurt am Main"),
             ("里昂", "法国", "1988", "Lyon"), ("奥克兰", "新西兰", "1989", "Auckland"),
             ("光州", "韩国", "1996", "Gwangju"), ("德班", "南非", "2000", "Durban")]


@document("19_guangzhou_youhao_chengshi_utf16.txt", split="dev", home="Guangzhou", language="zh",
          encoding="utf-16",
          features=["txt", "Chinese", "UTF-16 LE with BOM", "友好城市（姐妹城市） = sister",
                    "友好合作交流城市 = friendship", "inconsistent headline claim", "2019年11月"])
def guangzhou_txt():
    lines = ["广州市国际友好城市（姐妹城市）一览", "",
             "截至2020年，广州已与10个国家的11个城市结为友好城市（姐妹城市）。", ""]
    lines += [f"{i}. {c}（{n}） {y}年" for i, (c, n, y, _) in enumerate(GUANGZHOU, 1)]
    lines += ["", "友好合作交流城市：", "釜山（韩国）", "",
              "2019年11月，釜山市代表团访问广州，双方同意在港口物流领域开展合作。", ""]
    gold = Gold(
        partnerships=[partner(c, canon, "sister", i) for i, (c, _, _, canon) in enumerate(GUANGZHOU, 1)]
        + [partner("釜山", "Busan", "friendship")],
        engagements=[engagement("incoming", ["Busan"], "Guangzhou", "2019-11")],
        cooperation=[coop("港口物流领域合作", "agreed", ["Guangzhou", "Busan"])],
        claims=[claim("10个国家的11个城市", 11, 10, "sister", "inconsistent")],
    )
    return b"\xff\xfe" + ("\r\n".join(lines)).encode("utf-16-le"), gold


# --------------------------------------------------------------------------- 20 Seoul/Hanoi notes (md)

HANOI_ITEMS = [("Urban railway operations training", "Agreed; the first cohort starts after the summer", "agreed"),
               ("Public bicycle system", "Pre-identified by both sides as a potential avenue", "proposed"),
               ("Waste-to-energy plant", "Not readily applicable to Hanoi at this stage, but avenues of cooperation "
                "on landfill gas still exist", "proposed"),
               ("Smart traffic signals", "Communications are ongoing", "in_progress"),
               ("Joint cultural festival", "Completed", "completed"),
               ("River restoration study tour", "Suspended", "stalled")]


@document("20_seoul_hanoi_notes.md", split="dev", home="Seoul", language="en",
          features=["markdown", "UTF-8", "Markdown table of items and states", "date with no year at all",
                    "needs and strengths bullets"])
def hanoi_md():
    rows = "\n".join(f"| {i} | {t} | {s} |" for i, (t, s, _) in enumerate(HANOI_ITEMS, 1))
    text = (
        "# Working notes: Seoul / Hanoi follow-up\n\n"
        "_Meeting at Seoul City Hall, 15 March (year not recorded in these notes)._\n\n"
        "Participants: Seoul International Relations Division; external relations office of the Hanoi People's "
        "Committee.\n\n"
        "## Cooperation items\n\n"
        "| # | Item | Where it stands |\n|---|------|-----------------|\n"
        f"{rows}\n\n"
        "## Needs and strengths\n\n"
        "- Hanoi expressed interest in learning from Seoul's experience with the Cheonggyecheon stream restoration.\n"
        "- Seoul would like to learn from Hanoi's experience with street-food market management.\n")
    gold = Gold(
        engagements=[engagement("incoming", ["Hanoi"], "Seoul", "--03-15")],
        cooperation=[coop(t, st, ["Seoul", "Hanoi"]) for t, _, st in HANOI_ITEMS],
        needs=[need("Hanoi", "Cheonggyecheon stream restoration", "Seoul"),
               need("Seoul", "street-food market management", "Hanoi")],
    )
    return text.encode("utf-8"), gold


# --------------------------------------------------------------------------- 21 memo without places


@document("21_team_memo_no_places.txt", split="dev", home="Busan", language="en",
          features=["txt", "no places, no dates, no partnerships (false-positive check)"])
def memo_txt():
    text = (
        "MEMO\n\nTo: all team members\nFrom: team coordinator\nSubject: translation requests and the shared drive\n\n"
        "1. Please file every translation request in the shared tracker at least three working days ahead.\n"
        "2. Interpreters are booked through the coordinator only.\n"
        "3. Drafts go in the folder 'Working files'; final versions in 'Approved'.\n"
        "4. The printer on the second floor is out of toner until Thursday.\n\n"
        "Thank you for your cooperation.\n")
    return text.encode("utf-8"), Gold()


# --------------------------------------------------------------------------- 22 ambiguous draft list


@document("22_ulsan_draft_list_ambiguous.txt", split="dev", home="Ulsan", language="en",
          features=["txt", "genuinely ambiguous names with no country (Victoria, Bandar, Santiago, San Jose)",
                    "resolvable names with a country for contrast"])
def ulsan_txt():
    text = (
        "Ulsan - partner city list (draft; countries to be confirmed by the interpreter)\n\n"
        "Sister cities\n"
        "1. Santos, Brazil\n"
        "2. Hagi, Japan\n"
        "3. Changchun, China\n\n"
        "Friendship cities\n"
        "1. Victoria\n"
        "2. Bandar\n"
        "3. Santiago\n"
        "4. San Jose\n")
    gold = Gold(
        partnerships=[partner("Santos", "Santos", "sister", 1), partner("Hagi", "Hagi", "sister", 2),
                      partner("Changchun", "Changchun", "sister", 3)]
        + [partner(n, None, "friendship", i) for i, n in enumerate(["Victoria", "Bandar", "Santiago", "San Jose"], 1)],
    )
    return text.encode("utf-8"), gold


# --------------------------------------------------------------------------- 23 Osaka OCR


@document("23_osaka_ocr_scan.txt", split="dev", home="Osaka", language="en",
          features=["txt", "OCR noise: split words, l/1 and 0/O confusion, odd case, spaced punctuation",
                    "'City , Country' lines", "kind in parentheses"])
def osaka_txt():
    text = (
        "OSAKA  CITY    INTERNATIONAL   RELATIONS   OFFICE\n"
        "Sister and Friendship Cities  ( scanned copy )\n\n"
        "0saka has 7 sister and friendship cities in 7 countries .\n\n"
        "l . Sao  Paulo , Brazil        1969.\n"
        "2 .  CHICAGO , U S A        1973\n"
        "3. Shang hai , China  ( friendship city )   1974\n"
        "4 . Melbourne, Australia   1978 .\n"
        "5. St . Petersburg , Russia     1979\n"
        "6 . Mi lan , ltaly      1981\n"
        "7. Hamburg , Germany   1989 .\n")
    written = [("Sao  Paulo", "São Paulo", "sister"), ("CHICAGO", "Chicago", "sister"),
               ("Shang hai", "Shanghai", "friendship"), ("Melbourne", "Melbourne", "sister"),
               ("St . Petersburg", "Saint Petersburg", "sister"), ("Mi lan", "Milan", "sister"),
               ("Hamburg", "Hamburg", "sister")]
    gold = Gold(
        partnerships=[partner(w, c, k, i) for i, (w, c, k) in enumerate(written, 1)],
        claims=[claim("7 sister and friendship cities in 7 countries", 7, 7, "all", "consistent")],
    )
    return text.encode("utf-8"), gold


# --------------------------------------------------------------------------- 24 Incheon by region (md)

INCHEON_REGIONS = [("Asia", 5, [("Kitakyushu, Japan", "Kitakyushu"), ("Tianjin, China", "Tianjin"),
                                ("Haiphong, Vietnam", "Haiphong"), ("Banten, Indonesia", "Banten"),
                                ("Chongqing, China", "Chongqing")]),
                   ("Americas", 6, [("Anchorage, USA", "Anchorage"), ("Burbank, USA", "Burbank"),
                                    ("Philadelphia, USA", "Philadelphia"), ("Honolulu, USA", "Honolulu"),
                                    ("Panama City, Panama", "Panama City")]),
                   ("Europe", 1, [("Veneto Region, Italy", "Veneto")]),
                   ("Middle East", 1, [("Tel Aviv, Israel", "Tel Aviv")])]


@document("24_incheon_sister_cities_by_region.md", split="dev", home="Incheon", language="en",
          features=["markdown", "counts per region (one deliberately wrong)", "headline claim", "regions (Banten, Veneto)"])
def incheon_regions_md():
    parts = ["# Incheon sister cities by region\n", "Incheon has **12 sister cities from 8 countries**.\n"]
    for region, count, cities in INCHEON_REGIONS:
        parts.append(f"### {region} ({count})\n")
        parts.append("\n".join(f"- {w}" for w, _ in cities) + "\n")
    gold = Gold(
        partnerships=[partner(w.split(",")[0], c, "sister") for _, _, cities in INCHEON_REGIONS for w, c in cities],
        claims=[claim("12 sister cities from 8 countries", 12, 8, "sister", "consistent")]
        + [claim(f"{region} ({count})", count, None, f"region:{region.lower().replace(' ', '-')}",
                 "consistent" if count == len(cities) else "inconsistent")
           for region, count, cities in INCHEON_REGIONS],
    )
    return "\n".join(parts).encode("utf-8"), gold


# --------------------------------------------------------------------------- 25 Frankfurt prose


@document("25_frankfurt_twin_cities_prose.txt", split="dev", home="Frankfurt am Main", language="en",
          features=["txt", "partnerships only in running prose ('twinned with X since 1960')", "numbers in words",
                    "15 to 16 March 2017", "names without countries"])
def frankfurt_txt():
    text = (
        "Frankfurt am Main and its twin cities\n\n"
        "Frankfurt has been twinned with Lyon since 1960 and with Birmingham since 1966. Its partnership with Milan "
        "dates from 1970, and Tel Aviv-Yafo followed in 1980. Guangzhou (1988) and Toronto (1989) came next, and "
        "the years around German reunification added Leipzig, Prague and Budapest (all 1990) and Kraków (1991). "
        "More recently the city was twinned with Eskişehir in Turkey (2013) and with Philadelphia (2015). Taken "
        "together, that makes twelve twin cities in twelve countries.\n\n"
        "A separate partnership agreement, signed in 2011, links Frankfurt with Yokohama.\n\n"
        "A Frankfurt delegation visited Lyon from 15 to 16 March 2017 to compare riverbank developments; the two "
        "planning departments agreed on a riverbank design exchange for the following year.\n")
    twins = [("Lyon", "Lyon"), ("Birmingham", "Birmingham"), ("Milan", "Milan"), ("Tel Aviv-Yafo", "Tel Aviv"),
             ("Guangzhou", "Guangzhou"), ("Toronto", "Toronto"), ("Leipzig", "Leipzig"), ("Prague", "Prague"),
             ("Budapest", "Budapest"), ("Kraków", "Kraków"), ("Eskişehir", "Eskişehir"), ("Philadelphia", "Philadelphia")]
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, c in twins] + [partner("Yokohama", "Yokohama", "partner")],
        engagements=[engagement("outgoing", ["Frankfurt am Main"], "Lyon", "2017-03-15", "2017-03-16")],
        cooperation=[coop("riverbank design exchange", "agreed", ["Frankfurt am Main", "Lyon"])],
        claims=[claim("twelve twin cities in twelve countries", 12, 12, "sister", "consistent")],
    )
    return text.encode("utf-8"), gold


# --------------------------------------------------------------------------- 26 Gwangju PDF-to-text

GWANGJU = [("San Antonio", "San Antonio"), (".Tainan", "Tainan"), ("Guangzhou", "Guangzhou"), ("sendai", "Sendai"),
           ("Medan.", "Medan"), ("Nghe An Province", "Nghệ An"), ("Changzhi", "Changzhi")]


@document("26_gwangju_pdf_to_text.txt", split="dev", home="Gwangju", language="en",
          features=["txt", "PDF-to-text artefacts: two columns interleaved 1,3,5,7 then 2,4,6",
                    "stray dots and odd case", "inconsistent headline claim", "province (Nghe An)"])
def gwangju_txt():
    odd = [f"- {i} {w}" for i, (w, _) in enumerate(GWANGJU, 1) if i % 2 == 1]
    even = [f"- {i} {w}" for i, (w, _) in enumerate(GWANGJU, 1) if i % 2 == 0]
    text = ("\n\nGwangju Metropolitan City\n\nInternational Exchange\n\n\\mathbb{G}\n\n"
            "Sister Cities (8 cities from 7 countries)\n\n" + "\n".join(odd) + "\n\n" + "\n".join(even) + "\n\n"
            "INTERNATIONAL  EXCHANGE  DIVISION\n")
    written = [w.strip(".") for w, _ in GWANGJU]
    gold = Gold(
        partnerships=[partner(w, c, "sister", i) for i, (w, (_, c)) in enumerate(zip(written, GWANGJU), 1)],
        claims=[claim("8 cities from 7 countries", 8, 7, "sister", "inconsistent")],
    )
    return text.encode("utf-8"), gold


# --------------------------------------------------------------------------- 27 Busan news (ko html)


@document("27_busan_news_barcelona_ko.html", split="dev", home="Busan", language="ko",
          features=["html", "Korean", "2017년 3월 15일부터 16일까지", "자매도시 in prose", "statuses in Korean"])
def busan_news_ko():
    main = (
        "<article><h1>부산시, 자매도시 바르셀로나 대표단 맞이</h1>"
        '<p class="date">등록일 2017-03-17</p>'
        "<p>부산시의 자매도시인 스페인 바르셀로나시 대표단이 2017년 3월 15일부터 16일까지 부산을 방문했다. "
        "대표단은 부산시청에서 실무 회의를 가진 뒤 수소연료전지 발전소와 도시재생 현장을 둘러보았다.</p>"
        "<p>양 도시는 스마트시티 시범사업을 서로 교환하는 방안을 검토하기로 했으며, 버스 요금 결제 시스템에 관한 "
        "정보 교환은 현재 협의가 진행 중이다.</p></article>")
    nav = "<a href='/'>홈</a> | <a href='/news'>뉴스</a> | <a href='/admin'>시정소식</a> | <a href='/tour'>관광</a>"
    aside = "<h3>많이 본 뉴스</h3><ul><li>해운대 빛축제 개막</li><li>광안대교 야간 통제 안내</li></ul>"
    footer = "부산광역시 · 개인정보처리방침 · 저작권정책 · 누리집 안내"
    gold = Gold(
        partnerships=[partner("바르셀로나", "Barcelona", "sister")],
        engagements=[engagement("incoming", ["Barcelona"], "Busan", "2017-03-15", "2017-03-16")],
        cooperation=[coop("스마트시티 시범사업 교환", "proposed", ["Busan", "Barcelona"]),
                     coop("버스 요금 결제 시스템 정보 교환", "in_progress", ["Busan", "Barcelona"])],
    )
    return html_page("ko", "부산시, 자매도시 바르셀로나 대표단 맞이", nav, main, aside, footer), gold


# --------------------------------------------------------------------------- 28 damaged attachment


@document("28_damaged_report.docx", split="dev", home="Busan", language="en",
          features=["docx cut off half-way (an interrupted download): must be reported, not crash"],
          expected_error="truncated zip: the reader must raise DocumentError naming the file")
def damaged_docx():
    data, _ = lyon_mission()
    return data[: len(data) // 2], Gold()
