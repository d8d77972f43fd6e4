"""Corpus documents 50-56 (dev split; see docs/evaluation.md): built by ``scripts/make_corpus.py``.

Additional dev material written on 2026-11-30, with ``corpus_docs_43_49.py`` (whose place table this
module extends). Partner pairs are taken from ``../shared/data/twin-cities``; kinds, years, visits,
dates and cooperation items are invented.
"""

from __future__ import annotations

from corpus_common import (PLACES, Gold, Spec, claim, coop, deck_bytes, docx_bytes, docx_table, engagement,
                           need, new_deck, new_docx, pages_html, partner, print_pdf, registrar, slide_table,
                           textbox, titled_slide)
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes
    "Jeonju": ("KR", "gn:1845457"), "Genoa": ("IT", "gn:3176219"), "Porto Alegre": ("BR", "gn:3452925"),
    "Pohang": ("KR", "gn:1839071"),
    # partners
    "Kanazawa": ("JP", "gn:1860243"), "Suzhou": ("CN", "gn:1886760"), "Antalya": ("TR", "gn:323777"),
    "Baltimore": ("US", "gn:4347778"), "Burgas": ("BG", "gn:732770"), "Gdańsk": ("PL", "gn:3099434"),
    "Havana": ("CU", "gn:3553478"), "Yokkaichi": ("JP", "gn:1848373"), "Chiba": ("JP", "gn:2113015"),
    "İzmir": ("TR", "gn:311046"), "Karachi": ("PK", "gn:1174872"), "Bishkek": ("KG", "gn:1528675"),
    "East Java": ("ID", "iso:ID-JI"), "Lombardy": ("IT", "iso:IT-25"), "Saarland": ("DE", "iso:DE-SL"),
    "Groningen": ("NL", "gn:2755251"), "Jönköping": ("SE", "gn:2702979"), "Sarajevo": ("BA", "gn:3191281"),
    "Plovdiv Province": ("BG", "iso:BG-16"), "Mobile": ("US", "gn:4076598"), "Abidjan": ("CI", "gn:2293538"),
    "Islamabad": ("PK", "gn:1176615"), "Murcia": ("ES", "gn:2513416"), "Columbus": ("US", "gn:4509177"),
    "Rijeka": ("HR", "gn:3191648"), "Ryazan": ("RU", "gn:500096"), "Hanover": ("DE", "gn:2910831"),
    "La Plata": ("AR", "gn:3432043"), "Rosario (AR)": ("AR", "gn:3838583"), "Natal": ("BR", "gn:3394023"),
    "Newark": ("US", "gn:5101798"), "Tampa": ("US", "gn:4174757"), "Punta del Este": ("UY", "gn:3440939"),
    "Horta": ("PT", "gn:3372988"), "Portalegre": ("PT", "gn:2264508"), "Ribeira Grande": ("PT", "gn:3372707"),
    "Morano Calabro": ("IT", "gn:2524056"), "Fukuyama": ("JP", "gn:1863917"), "Jōetsu": ("JP", "gn:6825489"),
    "Hunchun": ("CN", "gn:2036653"), "İzmit": ("TR", "gn:745028"), "Pittsburg": ("US", "gn:5383465"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


# --------------------------------------------------------------------------- 50 Jeonju meeting report (ko, docx)

JEONJU_TIES = [("자매도시", "샌디에이고시", "미국", "1983. 10. 5.", "San Diego", "sister"),
               ("자매도시", "쑤저우시", "중국", "1996. 10. 24.", "Suzhou", "sister"),
               ("자매도시", "가나자와시", "일본", "2002. 4. 11.", "Kanazawa", "sister"),
               ("우호도시", "안탈리아시", "튀르키예", "2019. 6. 20.", "Antalya", "friendship")]
JEONJU_ITEMS = [("한지 공예 교류전", "가나자와", "완료", "completed", "Kanazawa"),
                ("청소년 홈스테이 교류", "가나자와", "'25년 재개 합의", "agreed", "Kanazawa"),
                ("슬로시티 정책 공유", "가나자와", "가나자와시 제안, 검토 예정", "proposed", "Kanazawa"),
                ("비빔밥 축제 공동 홍보", "쑤저우", "협의 중", "in_progress", "Suzhou"),
                ("전통시장 상인 연수", "쑤저우", "잠정 보류", "stalled", "Suzhou")]


@document("50_jeonju_gyoryu_hyeobui_ko.docx", split="dev", home="Jeonju", language="ko",
          features=["docx", "Korean", "report with □/○ markers", "'24. 5. 14.(화) ~ 5. 16.(목)",
                    "kind column merged over rows", "status table with the partner column merged over rows",
                    "Korean dotted signing dates that are not visits", "month-only planned visit (2024년 9월 중)",
                    "headline claim", "a need"])
def jeonju_docx():
    doc = new_docx()
    doc.add_heading("가나자와시 실무협의단 방문 결과 보고", 0)
    doc.add_paragraph("국제협력과 | 2024. 5. 20.")
    doc.add_paragraph("□ 개요")
    for line in ["○ 일시: '24. 5. 14.(화) ~ 5. 16.(목), 2박 3일",
                 "○ 방문단: 일본 가나자와시 국제교류과장 등 5명",
                 "○ 주요 일정: 시장 예방, 한옥마을·한지산업지원센터 시찰, 실무협의"]:
        doc.add_paragraph(line)
    doc.add_paragraph(f"□ 자매·우호도시 현황 ({_countries(t[4] for t in JEONJU_TIES)}개국 {len(JEONJU_TIES)}개 도시)")
    table = docx_table(doc, [["구분", "도시", "국가", "체결일"]]
                       + [["", c, n, d] for _, c, n, d, _, _ in JEONJU_TIES])
    sister_rows = [i for i, t in enumerate(JEONJU_TIES, 1) if t[0] == "자매도시"]
    merged = table.cell(sister_rows[0], 0).merge(table.cell(sister_rows[-1], 0))
    merged.text = "자매도시"
    table.cell(len(JEONJU_TIES), 0).text = "우호도시"
    doc.add_paragraph("□ 협의 결과")
    table = docx_table(doc, [["사업명", "상대도시", "추진상황"]] + [[t, "", s] for t, _, s, _, _ in JEONJU_ITEMS])
    start = 1
    for i in range(1, len(JEONJU_ITEMS) + 1):
        if i == len(JEONJU_ITEMS) or JEONJU_ITEMS[i][1] != JEONJU_ITEMS[start - 1][1]:
            cell = table.cell(start, 1).merge(table.cell(i, 1)) if i > start else table.cell(start, 1)
            cell.text = JEONJU_ITEMS[start - 1][1]
            start = i + 1
    doc.add_paragraph("□ 기타")
    doc.add_paragraph("○ 가나자와시는 전주 한옥마을의 보존·관리 경험에 관심을 표명함")
    doc.add_paragraph("○ 향후 계획: 2024년 9월 중 전주시 대표단의 쑤저우시 방문 추진 (자매결연 28주년)")
    gold = Gold(
        partnerships=[partner(c, canon, kind) for _, c, _, _, canon, kind in JEONJU_TIES],
        engagements=[engagement("incoming", ["Kanazawa"], "Jeonju", "2024-05-14", "2024-05-16"),
                     engagement("outgoing", ["Jeonju"], "Suzhou", "2024-09")],
        cooperation=[coop(t, st, ["Jeonju", p]) for t, _, _, st, p in JEONJU_ITEMS],
        claims=[claim("4개국 4개 도시", 4, 4, "all", "consistent")],
        needs=[need("Kanazawa", "한옥마을의 보존·관리", "Jeonju")],
    )
    return docx_bytes(doc, "Jeonju Kanazawa working visit"), gold


# --------------------------------------------------------------------------- 51 Rotterdam overview (nl, markdown)

ROTTERDAM_TIES = [  # (kind column as written, city, country, since, canonical, kind)
    ("Zusterstad", "Keulen", "Duitsland", "1958", "Cologne", "sister"),
    ("", "Luik", "België", "1958", "Liège", "sister"),
    ("", "Rijsel", "Frankrijk", "1958", "Lille", "sister"),
    ("", "Esch-sur-Alzette", "Luxemburg", "1958", "Esch-sur-Alzette", "sister"),
    ("", "Sint-Petersburg", "Rusland", "1984 (opgeschort sinds 2022)", "Saint Petersburg", "sister"),
    ("", "Baltimore", "Verenigde Staten", "1985", "Baltimore", "sister"),
    ("", "Dresden", "Duitsland", "1988", "Dresden", "sister"),
    ("Vriendschapsband", "Shanghai", "China", "1979", "Shanghai", "friendship"),
    ("", "Havana", "Cuba", "1983", "Havana", "friendship"),
    ("Samenwerkingsovereenkomst", "Constanța", "Roemenië", "1976", "Constanța", "partner"),
    ("", "Boergas", "Bulgarije", "2008", "Burgas", "partner"),
    ("", "Gdańsk", "Polen", "2014", "Gdańsk", "partner"),
]
ROTTERDAM_ITEMS = [("Walstroom voor cruiseschepen", "Shanghai", "overeengekomen", "agreed"),
                   ("Waterpleinen en klimaatadaptatie", "Baltimore", "loopt", "in_progress"),
                   ("Uitwisseling van havenloodsen", "Constanța", "afgerond", "completed"),
                   ("Jongerenuitwisseling popmuziek", "Keulen", "voorgesteld door Keulen", "proposed"),
                   ("Gezamenlijke EU-aanvraag binnenvaart", "Luik", "on hold", "stalled"),
                   ("Culturele uitwisseling", "Sint-Petersburg", "geschrapt", "dropped")]


@document("51_rotterdam_stedenbanden_nl.md", split="dev", home="Rotterdam", language="nl",
          features=["markdown", "Dutch", "table with a kind column left empty under its first row (merged cells "
                    "flattened)", "Dutch exonyms (Keulen, Luik, Rijsel, Boergas, Sint-Petersburg)",
                    "'9 t/m 11 april 2024', '23-25 sept. 2024'", "status table in Dutch (all six states)",
                    "links as noise", "headline claim", "a need"])
def rotterdam_md():
    canon_of = {w: c for _, w, _, _, c, _ in ROTTERDAM_TIES}
    ties = "\n".join(f"| {k} | {w} | {n} | {y} |" for k, w, n, y, _, _ in ROTTERDAM_TIES)
    items = "\n".join(f"| {t} | {p} | {s} |" for t, p, s, _ in ROTTERDAM_ITEMS)
    n_countries = _countries(c for *_, c, _ in ROTTERDAM_TIES)
    text = (
        "[Home](/) › [Bestuur](/bestuur) › [Internationaal](/internationaal)\n\n"
        "# Stedenbanden en internationale samenwerking: stand van zaken\n\n"
        "*Directie Internationale Zaken, gemeente Rotterdam, bijgewerkt 1 maart 2024*\n\n"
        f"Rotterdam onderhoudt officiële banden met {len(ROTTERDAM_TIES)} steden in {n_countries} landen: "
        "zustersteden, vriendschapsbanden en samenwerkingsovereenkomsten.\n\n"
        "## Overzicht\n\n"
        "| Soort band | Stad | Land | Sinds |\n|---|---|---|---|\n"
        f"{ties}\n\n"
        "## Bezoeken\n\n"
        "- Delegatie uit Shanghai op bezoek in Rotterdam, 9 t/m 11 april 2024 (havenbedrijf en Erasmus MC).\n"
        "- Werkbezoek van de burgemeester aan Baltimore: 23-25 sept. 2024.\n\n"
        "## Lopende projecten\n\n"
        "| Project | Partnerstad | Status |\n|---|---|---|\n"
        f"{items}\n\n"
        "Baltimore wil leren van de Rotterdamse ervaring met waterpleinen.\n\n"
        "[Terug naar overzicht](/internationaal) · [Contact](mailto:internationaal@rotterdam.example)\n")
    gold = Gold(
        partnerships=[partner(w, c, kind) for _, w, _, _, c, kind in ROTTERDAM_TIES],
        engagements=[engagement("incoming", ["Shanghai"], "Rotterdam", "2024-04-09", "2024-04-11"),
                     engagement("outgoing", ["Rotterdam"], "Baltimore", "2024-09-23", "2024-09-25")],
        cooperation=[coop(t, st, ["Rotterdam", canon_of[p]]) for t, p, _, st in ROTTERDAM_ITEMS],
        claims=[claim(f"{len(ROTTERDAM_TIES)} steden in {n_countries} landen", len(ROTTERDAM_TIES), n_countries,
                      "all", "consistent")],
        needs=[need("Baltimore", "waterpleinen", "Rotterdam")],
    )
    return text.encode("utf-8"), gold


# --------------------------------------------------------------------------- 52 Tianjin sister cities PDF (zh)

TIANJIN = [  # (continent, count as printed, [(city, country, year, canonical)])
    ("亚洲", "asia", 9, [("神户市", "日本", "1973", "Kobe"), ("四日市市", "日本", "1980", "Yokkaichi"),
                       ("千叶市", "日本", "1986", "Chiba"), ("伊兹密尔市", "土耳其", "1991", "İzmir"),
                       ("仁川广域市", "韩国", "1993", "Incheon"), ("海防市", "越南", "1999", "Haiphong"),
                       ("东爪哇省", "印度尼西亚", "2006", "East Java"), ("卡拉奇市", "巴基斯坦", "2009", "Karachi"),
                       ("比什凯克市", "吉尔吉斯斯坦", "2013", "Bishkek")]),
    ("欧洲", "europe", 9, [("伦巴第大区", "意大利", "1987", "Lombardy"), ("哈尔科夫市", "乌克兰", "1993", "Kharkiv"),
                         ("罗兹市", "波兰", "1994", "Łódź"), ("萨尔州", "德国", "1994", "Saarland"),
                         ("格罗宁根市", "荷兰", "2001", "Groningen"), ("延雪平市", "瑞典", "2002", "Jönköping"),
                         ("普罗夫迪夫州", "保加利亚", "2008", "Plovdiv Province"),
                         ("萨拉热窝市", "波黑", "2012", "Sarajevo")]),
    ("美洲", "americas", 3, [("费城", "美国", "1979", "Philadelphia"), ("里约热内卢市", "巴西", "2008", "Rio de Janeiro"),
                           ("莫比尔市", "美国", "2010", "Mobile")]),
    ("大洋洲", "oceania", 1, [("墨尔本市", "澳大利亚", "1980", "Melbourne")]),
    ("非洲", "africa", 1, [("阿比让市", "科特迪瓦", "2007", "Abidjan")]),
]
TIANJIN_FRIENDS = [("釜山", "韩国", "Busan"), ("伊斯兰堡", "巴基斯坦", "Islamabad")]
TIANJIN_ITEMS = [("津神港口合作", "双方已签署合作备忘录", "agreed", "Kobe"),
                 ("职业教育合作", "正在推进", "in_progress", "İzmir"),
                 ("城市供水项目", "暂停", "stalled", "Karachi"),
                 ("氢能合作", "格方提议，尚待研究", "proposed", "Groningen"),
                 ("青少年交流营", "已完成", "completed", "Philadelphia")]


@document("52_tianjin_youhao_chengshi_zh.pdf", split="dev", home="Tianjin", language="zh",
          features=["pdf (Chromium)", "Simplified Chinese", "table with a continent column merged over rows "
                    "(rowspan) holding per-continent counts (one wrong)", "provinces, states and regions as "
                    "partners", "友好城市 = sister; 友好合作交流城市 = friendship (inline)", "2023年9月12日至14日",
                    "2023年5月下旬 (month only)", "numbered items with states", "running header and footer"])
def tianjin_pdf():
    rows = []
    for continent, _, printed, cities in TIANJIN:
        for i, (c, n, y, _) in enumerate(cities):
            first = f'<td rowspan="{len(cities)}">{continent}（{printed}）</td>' if i == 0 else ""
            rows.append(f"<tr>{first}<td>{c}</td><td>{n}</td><td>{y}年</td></tr>")
    canons = [c for *_, cities in TIANJIN for *_, c in cities]
    friends = "、".join(f"{c}（{n}）" for c, n, _ in TIANJIN_FRIENDS)
    page1 = ("<h1>天津市国际友好城市一览</h1><p>（截至2023年12月）</p>"
             f"<p>截至2023年底，天津市已与{_countries(canons)}个国家的{len(canons)}个城市（省、州、大区）建立友好城市"
             f"关系，并与{friends}建立友好合作交流城市关系。</p>"
             "<table><tr><th>大洲</th><th>城市（省、州）</th><th>国家</th><th>结好时间</th></tr>"
             f"{''.join(rows)}</table>")
    items = "".join(f"<p>{'一二三四五'[i]}、{t}：{s}。</p>" for i, (t, s, _, _) in enumerate(TIANJIN_ITEMS))
    page2 = ("<h2>2023年友城交流纪要</h2>"
             "<p>2023年5月下旬，市政府代表团赴澳大利亚墨尔本市，出席两市结好43周年纪念活动。</p>"
             "<p>2023年9月12日至14日，美国费城市长率代表团访津，双方就港口、教育和青少年交流深入交换意见。</p>"
             f"<h2>重点合作项目进展</h2>{items}")
    html = pages_html("zh-CN", [page1, page2], "天津市人民政府外事办公室", "内部资料 · 第{page}页 共{pages}页")
    gold = Gold(
        partnerships=[partner(c, canon, "sister") for *_, cities in TIANJIN for c, _, _, canon in cities]
        + [partner(c, canon, "friendship") for c, _, canon in TIANJIN_FRIENDS],
        engagements=[engagement("outgoing", ["Tianjin"], "Melbourne", "2023-05"),
                     engagement("incoming", ["Philadelphia"], "Tianjin", "2023-09-12", "2023-09-14")],
        cooperation=[coop(t, st, ["Tianjin", p]) for t, _, st, p in TIANJIN_ITEMS],
        claims=[claim(f"{_countries(canons)}个国家的{len(canons)}个城市", len(canons), _countries(canons), "sister",
                      "consistent")]
        + [claim(f"{c}（{n}）", n, None, f"region:{r}", "consistent" if n == len(cities) else "inconsistent")
           for c, r, n, cities in TIANJIN],
    )
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 53 Genoa pdftotext -layout (it, cp1252)

GENOVA_LEFT = [("Marsiglia", "Francia", "1958", "Marseille", "Marsiglia (Francia) ......... 1958"),
               ("COLUMBUS", "USA", "1955", "Columbus", "COLUMBUS, Ohio (USA) ......... 1955"),
               ("0dessa", "Ucraina", "1972", "Odesa", "0dessa (Ucra1na) ............ 1972"),
               ("Murcia", "Spagna", "1990", "Murcia", "Murcia (Spagna) ............. l990")]
GENOVA_RIGHT = [("Fiume / Rijeka", "Croazia", "1991", "Rijeka", "Fiume / Rijeka (Croazia) .. 1991"),
                ("Rjazan’", "Russia", "2001", "Ryazan", "Rjazan’ (Russia) .......... 2OO1")]
GENOVA_ITEMS = [("Progetto “Porti verdi”", "in corso", "in_progress", "Marseille"),
                ("Scambio scolastico", "sospeso", "stalled", "Odesa"),
                ("Mostra sui navigatori genovesi", "conclusa", "completed", "Columbus"),
                ("Gemellaggio gastronomico", "proposto dalla parte spagnola", "proposed", "Murcia")]


@document("53_genova_gemellaggi_layout_it.txt", split="dev", home="Genoa", language="it", encoding="cp1252",
          features=["txt", "Italian", "cp1252 (curly quotes and apostrophes)", "pdftotext -layout: two columns side by "
                    "side on the same lines", "form feed and repeated page header", "OCR confusions (0/O, 1/l), "
                    "capitals", "Italian exonyms (Marsiglia, Fiume, Rjazan')", "hyphenation across lines",
                    "numbers in words in the headline", "'dal 5 al 7 maggio 2023'"])
def genova_txt():
    header = "COMUNE DI GENOVA".ljust(52) + "Direzione Relazioni Internazionali"
    lines = [header, "", "Gemellaggi e patti d’amicizia - aggiornamento dicembre 2023", "",
             "Genova intrattiene rapporti ufficiali con sei città di sei paesi, legati alla sua",
             "storia marinara e all’emigrazione.", "",
             "CITTÀ GEMELLATE".ljust(52) + "PATTI D’AMICIZIA"]
    for i in range(len(GENOVA_LEFT)):
        left = f"{i + 1}. {GENOVA_LEFT[i][4]}".ljust(52)
        right = f"{i + 1}. {GENOVA_RIGHT[i][4]}" if i < len(GENOVA_RIGHT) else ""
        lines.append((left + right).rstrip())
    lines += ["", "Pag. 1 di 2", "\f" + header, "",
              "Dal 5 al 7 maggio 2023 una delegazione di Columbus è stata ospite a Palazzo Tursi; il 18 ottobre",
              "2023 una delegazione genovese si è recata a Marsiglia per il forum dei porti del Mediterra-",
              "neo, dove si è discusso anche della colla-", "borazione sui porti verdi.", "",
              "Stato dei progetti:"]
    lines += [f"- {t} ({next(w for w, _, _, c, _ in GENOVA_LEFT if c == p)}): {s}" for t, s, _, p in GENOVA_ITEMS]
    lines += ["", "Pag. 2 di 2", ""]
    assert _countries(c for *_, c, _ in GENOVA_LEFT + GENOVA_RIGHT) == len(GENOVA_LEFT + GENOVA_RIGHT) == 6
    gold = Gold(
        partnerships=[partner(w, c, "sister", i) for i, (w, _, _, c, _) in enumerate(GENOVA_LEFT, 1)]
        + [partner(w, c, "friendship", i) for i, (w, _, _, c, _) in enumerate(GENOVA_RIGHT, 1)],
        engagements=[engagement("incoming", ["Columbus"], "Genoa", "2023-05-05", "2023-05-07"),
                     engagement("outgoing", ["Genoa"], "Marseille", "2023-10-18")],
        cooperation=[coop(t, st, ["Genoa", p]) for t, _, st, p in GENOVA_ITEMS],
        claims=[claim("sei città di sei paesi", 6, 6, "all", "consistent")],
    )
    return ("\r\n".join(lines)).encode("cp1252"), gold


# --------------------------------------------------------------------------- 54 Hiroshima minutes (ja, EUC-JP)

HIROSHIMA_TIES = [("ホノルル市", "アメリカ合衆国", "1959年", "", "Honolulu", "sister"),
                  ("ボルゴグラード市", "ロシア連邦", "1972年", "", "Volgograd", "sister"),
                  ("ハノーバー市", "ドイツ連邦共和国", "1983年", "", "Hanover", "sister"),
                  ("重慶市", "中華人民共和国", "1986年", "　※友好都市", "Chongqing", "friendship"),
                  ("大邱広域市", "大韓民国", "1997年", "", "Daegu", "sister"),
                  ("モントリオール市", "カナダ", "1998年", "", "Montréal", "sister")]
HIROSHIMA_ITEMS = [("青少年交流事業の再開について", "令和7年度から再開することで合意した。", "agreed"),
                   ("平和教育教材の共同制作について", "継続協議とする。", "in_progress"),
                   ("医療観光ルートの造成について", "大邱広域市から提案があった。本市で検討する。", "proposed"),
                   ("サッカー親善試合の開催について", "日程の都合により見送ることとした。", "dropped")]


@document("54_hiroshima_daegu_gijiroku_eucjp.txt", split="dev", home="Hiroshima", language="ja", encoding="euc-jp",
          features=["txt", "Japanese", "EUC-JP", "minutes (議事録) with （1）… items and → outcomes",
                    "令和6年7月3日（水） meeting; next meeting 令和6年10月", "reference list of ties with a ※ kind "
                    "note", "inconsistent headline (5か国 for 6 countries)", "closing 以上", "a need"])
def hiroshima_txt():
    lines = ["広島市・大邱広域市　実務者協議　議事録", "",
             "日時：令和6年7月3日（水）14時00分〜15時30分", "場所：広島市役所本庁舎14階　第1会議室",
             "出席者：（大邱広域市）国際通商課長ほか3名", "　　　　（広島市）国際交流課長ほか4名", "",
             "1　開会あいさつ", "2　協議事項"]
    for i, (title, outcome, _) in enumerate(HIROSHIMA_ITEMS, 1):
        lines += [f"（{i}）{title}", f"　　→ {outcome}"]
    lines += ["3　その他", "　・大邱広域市から、本市の路面電車の運営に関する経験について関心が示された。",
              "　・次回協議は令和6年10月に大邱で開催する予定。", "",
              "（参考）本市の姉妹・友好都市（5か国6都市）"]
    lines += [f"　{c}（{n}）　{y}{note}" for c, n, y, note, _, _ in HIROSHIMA_TIES]
    lines += ["", "以上", ""]
    gold = Gold(
        partnerships=[partner(c, canon, kind) for c, _, _, _, canon, kind in HIROSHIMA_TIES],
        engagements=[engagement("incoming", ["Daegu"], "Hiroshima", "2024-07-03"),
                     engagement("outgoing", ["Hiroshima"], "Daegu", "2024-10")],
        cooperation=[coop(t.removesuffix("について"), st, ["Hiroshima", "Daegu"]) for t, _, st in HIROSHIMA_ITEMS],
        claims=[claim("5か国6都市", 6, 5, "all", "inconsistent")],
        needs=[need("Daegu", "路面電車の運営", "Hiroshima")],
    )
    return ("\n".join(lines)).encode("euc-jp"), gold


# --------------------------------------------------------------------------- 55 Porto Alegre annual report (pt, docx)

POA_TIES = [("Kanazawa", "Japão", "cidade-irmã", "1967", "Kanazawa"),
            ("Rosário", "Argentina", "cidade-irmã", "1968", "Rosario (AR)"),
            ("La Plata", "Argentina", "cidade-irmã", "1971", "La Plata"),
            ("Punta del Este", "Uruguai", "cidade-irmã", "1977", "Punta del Este"),
            ("Newark", "Estados Unidos", "cidade-irmã", "1979", "Newark"),
            ("Tampa", "Estados Unidos", "cidade-irmã", "1982", "Tampa"),
            ("Horta (Açores)", "Portugal", "cidade-irmã", "1986", "Horta"),
            ("Portalegre", "Portugal", "cidade-irmã", "1990", "Portalegre"),
            ("Natal", "Brasil", "cidade-irmã", "1994", "Natal"),
            ("Suzhou", "China", "protocolo de amizade", "1996", "Suzhou"),
            ("Ribeira Grande", "Portugal", "acordo de cooperação", "2005", "Ribeira Grande"),
            ("Morano Calabro", "Itália", "acordo de cooperação", "2011", "Morano Calabro")]
POA_KIND = {"cidade-irmã": "sister", "protocolo de amizade": "friendship", "acordo de cooperação": "partner"}
POA_ITEMS = [("Intercâmbio em drenagem urbana", "Kanazawa", "em andamento", "in_progress"),
             ("Acordo de promoção turística", "Punta del Este", "assinado em agosto", "agreed"),
             ("Mostra de cinema platino", "La Plata", "concluída", "completed"),
             ("Programa de estágios em gestão portuária", "Tampa", "suspenso", "stalled"),
             ("Rota do vinho e da gastronomia", "Morano Calabro", "proposta pela cidade italiana", "proposed")]


@document("55_porto_alegre_relatorio_ri_pt.docx", split="dev", home="Porto Alegre", language="pt",
          features=["docx", "Portuguese", "table with a title row merged across all columns and a 'Tipo' column "
                    "(cidade-irmã / protocolo de amizade / acordo de cooperação)", "Portuguese exonyms (Rosário)",
                    "'De 18 a 21 de setembro de 2023', 'entre 27 e 29 de novembro', '6/3/2023' (d/m)",
                    "meeting with a consul general", "bulleted items with states", "headline claim"])
def porto_alegre_docx():
    doc = new_docx()
    doc.add_heading("Relatório de Atividades 2023", 0)
    doc.add_paragraph("Gabinete de Relações Internacionais e Captação de Recursos · Prefeitura de Porto Alegre")
    canons = [c for *_, c in POA_TIES]
    doc.add_paragraph(f"Porto Alegre mantém relações formais com {len(canons)} cidades de {_countries(canons)} países, "
                      "entre cidades-irmãs, protocolos de amizade e acordos de cooperação.")
    table = docx_table(doc, [["", "", "", ""], ["Cidade", "País", "Tipo", "Desde"]]
                       + [[c, n, k, y] for c, n, k, y, _ in POA_TIES])
    title = table.cell(0, 0).merge(table.cell(0, 3))
    title.text = "Cidades-irmãs e acordos internacionais (dezembro de 2023)"
    doc.add_heading("Missões e visitas", 1)
    for line in ["De 18 a 21 de setembro de 2023, missão oficial a Kanazawa, com foco em drenagem urbana e "
                 "artesanato.",
                 "Em 6/3/2023, o prefeito recebeu no Paço Municipal o cônsul-geral do Japão.",
                 "Entre 27 e 29 de novembro de 2023, Porto Alegre recebeu uma delegação da cidade de Suzhou."]:
        doc.add_paragraph(line)
    doc.add_heading("Projetos de cooperação", 1)
    for t, p, s, _ in POA_ITEMS:
        doc.add_paragraph(f"{t} ({p}) – {s}", style="List Bullet")
    gold = Gold(
        partnerships=[partner(c.split(" (")[0], canon, POA_KIND[k]) for c, _, k, _, canon in POA_TIES],
        engagements=[engagement("outgoing", ["Porto Alegre"], "Kanazawa", "2023-09-18", "2023-09-21"),
                     engagement("meeting", ["JP"], "Porto Alegre", "2023-03-06"),
                     engagement("incoming", ["Suzhou"], "Porto Alegre", "2023-11-27", "2023-11-29")],
        cooperation=[coop(t, st, ["Porto Alegre", next(c for w, *_, c in POA_TIES if w == p)])
                     for t, p, _, st in POA_ITEMS],
        claims=[claim(f"{len(canons)} cidades de {_countries(canons)} países", len(canons), _countries(canons), "all",
                      "consistent")],
    )
    return docx_bytes(doc, "Relatorio de Atividades 2023"), gold


# --------------------------------------------------------------------------- 56 Pohang deck (ko)

POHANG_TIES = [("자매도시", "후쿠야마시", "일본", "1979", "Fukuyama", "sister"),
               ("", "조에쓰시", "일본", "1996", "Jōetsu", "sister"),
               ("", "피츠버그시", "미국 (캘리포니아주)", "2008", "Pittsburg", "sister"),
               ("우호협력도시", "훈춘시", "중국", "1995", "Hunchun", "friendship"),
               ("", "블라디보스토크시", "러시아", "2006", "Vladivostok", "friendship"),
               ("", "이즈미트시", "튀르키예", "2011", "İzmit", "friendship")]
POHANG_ITEMS = [("철강산업 기술교류", "이즈미트", "협의 중", "in_progress", "İzmit"),
                ("청소년 홈스테이", "조에쓰", "완료", "completed", "Jōetsu"),
                ("수산물 가공 합작", "블라디보스토크", "잠정 중단", "stalled", "Vladivostok")]


@document("56_pohang_global_network_ko.pptx", split="dev", home="Pohang", language="ko",
          features=["pptx", "Korean", "table with the kind column merged over rows (python-pptx merge)",
                    "'피츠버그' = Pittsburg, California (not Pittsburgh), explained in speaker notes",
                    "headline and per-kind claims in one sentence", "2024. 4. 22.(월) ~ 4. 24.(수)",
                    "'2024. 6월 중 (예정)'", "status list with ▶ bullets"])
def pohang_deck():
    prs = new_deck()
    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "포항시 국제교류 현황"
    s.placeholders[1].text = "2024년 상반기 · 국제협력관광과"

    canons = [t[4] for t in POHANG_TIES]
    n_sister = sum(t[5] == "sister" for t in POHANG_TIES)
    s = titled_slide(prs, "자매·우호도시")
    textbox(s.shapes, 0.6, 1.3, 12.0, 0.8, [
        f"포항시는 {_countries(canons)}개국 {len(canons)}개 도시와 자매·우호 관계를 맺고 있습니다 "
        f"(자매도시 {n_sister}, 우호협력도시 {len(canons) - n_sister})."], size=18)
    shape = slide_table(s, [["구분", "도시", "국가", "체결연도"]] + [list(t[:4]) for t in POHANG_TIES],
                        0.6, 2.2, 12.0)
    table = shape.table
    table.cell(1, 0).merge(table.cell(n_sister, 0))  # 자매도시 over its rows
    table.cell(n_sister + 1, 0).merge(table.cell(len(POHANG_TIES), 0))  # 우호협력도시 over the rest
    s.notes_slide.notes_text_frame.text = ("피츠버그는 펜실베이니아주의 피츠버그(Pittsburgh)가 아니라 캘리포니아주의 "
                                           "피츠버그(Pittsburg)임. 철강 도시라는 공통점으로 2008년 결연.")

    s = titled_slide(prs, "주요 교류 일정")
    textbox(s.shapes, 0.8, 1.6, 11.5, 3.0, [
        "● 후쿠야마시 시민우호단 방문 : 2024. 4. 22.(월) ~ 4. 24.(수)",
        "● 포항시 대표단 훈춘시 방문 : 2024. 6월 중 (예정)",
    ], size=18)

    s = titled_slide(prs, "협력사업 추진 현황")
    textbox(s.shapes, 0.8, 1.6, 11.5, 3.0, [f"▶ {t} ({p}) : {st}" for t, p, st, _, _ in POHANG_ITEMS], size=18)

    gold = Gold(
        partnerships=[partner(w, c, k) for _, w, _, _, c, k in POHANG_TIES],
        engagements=[engagement("incoming", ["Fukuyama"], "Pohang", "2024-04-22", "2024-04-24"),
                     engagement("outgoing", ["Pohang"], "Hunchun", "2024-06")],
        cooperation=[coop(t, st, ["Pohang", p]) for t, _, _, st, p in POHANG_ITEMS],
        claims=[claim(f"{_countries(canons)}개국 {len(canons)}개 도시", len(canons), _countries(canons), "all",
                      "consistent"),
                claim(f"자매도시 {n_sister}", n_sister, None, "sister", "consistent"),
                claim(f"우호협력도시 {len(canons) - n_sister}", len(canons) - n_sister, None, "friendship",
                      "consistent")],
    )
    return deck_bytes(prs, "Pohang global network"), gold
