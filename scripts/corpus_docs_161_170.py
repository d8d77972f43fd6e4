"""Corpus documents 161-170 (test split; see docs/evaluation.md and corpus/TEST_SPLIT.md): built by
``scripts/make_corpus.py``.

Thirteenth batch, written on 2026-12-01 as a fresh held-out batch, after the seventh disclosure, by an author who
writes no rules, did not read the extraction rules or the readers, and did not run the extractor on these documents.
Rule writers: do not read this module, its documents or their gold.

Ten documents of the kinds a city's international-relations team receives, each with a home city not used as a home
before. Partner pairs are taken from ``../shared/data/twin-cities``; kinds, years, visits, dates and cooperation items
are invented.
"""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

from corpus_common import (PLACES, Gold, Spec, claim, coop, deck_bytes, docx_bytes, docx_table, eml_bytes,
                           engagement, html_page, new_deck, new_docx, pages_html, partner, print_pdf, registrar,
                           slide_table, textbox, titled_slide)
from corpus_docs_43_49 import add_places

SPECS: list[Spec] = []
document = registrar(SPECS)

add_places({
    # homes (checked with `intercity resolve NAME --country CC --json`)
    "Changwon": ("KR", "gn:1846326"), "Calgary": ("CA", "gn:5913490"), "Hakodate": ("JP", "gn:2130188"),
    "Cusco": ("PE", "gn:3941584"), "Strasbourg": ("FR", "gn:2973783"), "Hanover": ("DE", "gn:2910831"),
    "Kunming": ("CN", "gn:1804651"), "Portland": ("US", "gn:5746545"), "Gdańsk": ("PL", "gn:3099434"),
    "Coimbra": ("PT", "gn:2740637"),
    # partners
    "Himeji": ("JP", "gn:1862627"), "Ma'anshan": ("CN", "gn:1801620"), "Nantong": ("CN", "gn:1799722"),
    "Da Nang": ("VN", "gn:1583992"), "Ussuriysk": ("RU", "gn:2014006"), "Jacksonville": ("US", "gn:4160021"),
    "Zapopan": ("MX", "gn:3979770"), "Viña del Mar": ("CL", "gn:3868121"),
    "Québec": ("CA", "gn:6325494"), "Jaipur": ("IN", "gn:1269515"), "Daqing": ("CN", "gn:2037860"),
    "Naucalpan de Juárez": ("MX", "gn:3522790"), "Daejeon": ("KR", "gn:1835235"), "Phoenix": ("US", "gn:5308655"),
    "Halifax": ("CA", "gn:6324729"), "Vladivostok": ("RU", "gn:2013348"), "Yuzhno-Sakhalinsk": ("RU", "gn:2119441"),
    "Goyang": ("KR", "gn:1842485"),
    "Mexico City": ("MX", "gn:3530597"), "Puebla": ("MX", "gn:3521081"), "Havana": ("CU", "gn:3553478"),
    "Rio de Janeiro": ("BR", "gn:3451190"), "Jersey City": ("US", "gn:5099836"), "Kraków": ("PL", "gn:3094802"),
    "Bethlehem": ("PS", "gn:284315"), "Andong": ("KR", "gn:1846986"),
    "Stuttgart": ("DE", "gn:2825297"), "Leicester": ("GB", "gn:2644668"), "Boston": ("US", "gn:4930956"),
    "Ramat Gan": ("IL", "gn:293788"), "Dresden": ("DE", "gn:2935022"),
    "Bristol": ("GB", "gn:2654675"), "Perpignan": ("FR", "gn:2987914"), "Rouen": ("FR", "gn:2982652"),
    "Blantyre": ("MW", "gn:931755"), "Poznań": ("PL", "gn:3088171"), "Hiroshima": ("JP", "gn:1862415"),
    "Leipzig": ("DE", "gn:2879139"),
    "Zürich": ("CH", "gn:2657896"), "Denver": ("US", "gn:5419384"), "Yangon": ("MM", "gn:1298824"),
    "Chiang Mai": ("TH", "gn:1153671"), "Vientiane": ("LA", "gn:1651944"), "Phnom Penh": ("KH", "gn:1821306"),
    "Kolkata": ("IN", "gn:1275004"), "Nancy": ("FR", "gn:2990999"),
    "Sapporo": ("JP", "gn:2128295"), "Guadalajara": ("MX", "gn:4005539"), "Ashkelon": ("IL", "gn:295620"),
    "Ulsan": ("KR", "gn:1833747"), "Suzhou": ("CN", "gn:1886760"), "Kaohsiung": ("TW", "gn:1673820"),
    "Mutare": ("ZW", "gn:884979"), "Bologna": ("IT", "gn:3181928"),
    "Bremen": ("DE", "gn:2944388"), "Turku": ("FI", "gn:633679"), "Kalmar": ("SE", "gn:2702261"),
    "Nice": ("FR", "gn:2990440"), "Vilnius": ("LT", "gn:593116"), "Cleveland": ("US", "gn:5150529"),
    "Sefton": ("GB", "iso:GB-SFT"), "Astana": ("KZ", "gn:1526273"),
    "Aix-en-Provence": ("FR", "gn:3038354"), "Padua": ("IT", "gn:3171728"), "Poitiers": ("FR", "gn:2986495"),
    "Santiago de Compostela": ("ES", "gn:3109642"), "Curitiba": ("BR", "gn:3464975"), "Santos": ("BR", "gn:3449433"),
    "Dili": ("TL", "gn:1645457"), "Beira": ("MZ", "gn:1052373"),
})


def _countries(canons) -> int:
    return len({PLACES[c][0] for c in canons})


_KO_DAYS = "월화수목금토일"
_JA_DAYS = "月火水木金土日"


def _ko_day(iso: str) -> str:
    return _KO_DAYS[dt.date.fromisoformat(iso).weekday()]


def _ja_day(iso: str) -> str:
    return _JA_DAYS[dt.date.fromisoformat(iso).weekday()]


def _weekday(iso: str) -> int:
    return dt.date.fromisoformat(iso).weekday()


# --------------------------------------------------------------------------- 161 (ko, PPTX)

CW_TIES = [  # (continent, country, city as written, kind word, signed, canonical, kind)
    ("아시아", "일본", "히메지시", "자매도시", "2000. 4. 25.", "Himeji", "sister"),
    ("아시아", "중국", "마안산시", "자매도시", "2004. 10. 21.", "Ma'anshan", "sister"),
    ("아시아", "중국", "난퉁시", "우호협력도시", "2012. 5. 9.", "Nantong", "friendship"),
    ("아시아", "베트남", "다낭시", "우호협력도시", "2015. 8. 18.", "Da Nang", "friendship"),
    ("유럽", "러시아", "우수리스크시", "자매도시", "2003. 11. 3.", "Ussuriysk", "sister"),
    ("미주", "미국", "잭슨빌시", "자매도시", "1983. 8. 16.", "Jacksonville", "sister"),
    ("미주", "멕시코", "사포판시", "자매도시", "2009. 6. 30.", "Zapopan", "sister"),
    ("미주", "칠레", "비냐델마르시", "우호협력도시", "2019. 9. 10.", "Viña del Mar", "friendship"),
]
CW_ITEMS = [  # (title, partner as written, state, canonical, status)
    ("공무원 상호파견", "히메지시", "추진 중 ('25. 4.~)", "Himeji", "in_progress"),
    ("청소년 문화교류 캠프", "마안산시", "완료 ('25. 10.)", "Ma'anshan", "completed"),
    ("와인·관광 공동 홍보", "비냐델마르시", "상대 도시 제안, 검토 중", "Viña del Mar", "proposed"),
    ("기업인 교류회", "우수리스크시", "잠정 중단", "Ussuriysk", "stalled"),
]


@document("161_changwon_gukje_gyoryu_eommubogo_2026_ko.pptx", split="test", home="Changwon", language="ko",
          features=["pptx", "Korean with English subtitles on the slide titles", "a department's report deck to a "
                    "council committee (title slide with the session date as a distractor, roman-numbered sections, "
                    "slide footers)", "a partner table 연번 · 대륙 · 국가 · 도시 · 구분 · 체결일 with the continent "
                    "cells merged down the rows; 자매도시 = sister, 우호협력도시 = friendship; a Russian partner "
                    "filed under Europe, explained in the notes", "headline '7개국 8개 도시' (consistent)",
                    "an exchange table with '25.-abbreviated dates and Korean weekdays: a range (outgoing), a range "
                    "(incoming), '10월 중' (incoming, month), an ambassador's call (meeting), an online meeting "
                    "(not a visit)", "a project table 사업명 · 대상도시 · 추진상황 with four Korean states",
                    "a plan slide naming no dated visits"])
def changwon_pptx():
    from pptx.util import Pt

    canons = [t[5] for t in CW_TIES]
    n, k = len(canons), _countries(canons)
    prs = new_deck()
    footer = "창원특례시 국제통상과"

    def foot(slide, no: int):
        textbox(slide.shapes, 0.4, 7.0, 8.0, 0.4, [footer], size=10)
        textbox(slide.shapes, 12.2, 7.0, 0.8, 0.4, [str(no)], size=10)

    s = prs.slides.add_slide(prs.slide_layouts[6])
    textbox(s.shapes, 1.0, 2.0, 11.3, 1.2, ["2026년도 주요업무 보고"], size=40)
    textbox(s.shapes, 1.0, 3.2, 11.3, 0.8, ["국제교류 분야 (International Exchange)"], size=24)
    textbox(s.shapes, 1.0, 5.0, 11.3, 1.2, ["2026. 2. 11.(수)", "기획행정위원회"], size=18)
    assert _ko_day("2026-02-11") == "수"

    s = titled_slide(prs, "Ⅰ. 자매·우호도시 현황 (Sister & Friendship Cities)")
    textbox(s.shapes, 0.6, 1.35, 12.0, 0.5, [f"□ {k}개국 {n}개 도시와 자매·우호협력 관계 유지"], size=18)
    rows = [["연번", "대륙", "국가", "도시", "구분", "체결일"]]
    rows += [[str(i), "", c, w, kw, d] for i, (_, c, w, kw, d, _, _) in enumerate(CW_TIES, 1)]
    shape = slide_table(s, rows, 0.8, 2.0, 11.6, size=13)
    table = shape.table
    runs: list[list[int]] = []
    for r, tie in enumerate(CW_TIES, 1):
        if runs and CW_TIES[runs[-1][0] - 1][0] == tie[0]:
            runs[-1][1] = r
        else:
            runs.append([r, r])
    for a, b in runs:
        cell = table.cell(a, 1)
        cell.text = CW_TIES[a - 1][0]
        for p in cell.text_frame.paragraphs:
            for run in p.runs:
                run.font.size = Pt(13)
        if b > a:
            cell.merge(table.cell(b, 1))
    textbox(s.shapes, 0.8, 6.3, 11.0, 0.4, ["※ 대륙별 정렬 (체결일 순 아님)"], size=11)
    s.notes_slide.notes_text_frame.text = (
        "우수리스크시(러시아 연해주)는 지리상 아시아이나 외교부 지역 구분에 따라 유럽으로 표기함. "
        "난퉁시와는 2012년 우호협력도시 협정 체결 후 코로나19로 교류가 없었음.")
    foot(s, 2)

    s = titled_slide(prs, "Ⅱ. 2025년 주요 교류 실적 (Exchanges in 2025)")
    ex = [
        ["구분", "일자", "내용", "비고"],
        ["국외방문", f"'25. 4. 22.({_ko_day('2025-04-22')})~4. 25.({_ko_day('2025-04-25')})",
         "시장 등 6명 히메지시 방문 – 자매결연 25주년 기념식 참석", "관광 공동 홍보 협의"],
        ["외빈접견", f"'25. 7. 8.({_ko_day('2025-07-08')})~7. 10.({_ko_day('2025-07-10')})",
         "다낭시 인민위원회 부위원장 등 대표단 7명 창원 방문", "진해신항·스마트산단 시찰"],
        ["화상회의", f"'25. 9. 26.({_ko_day('2025-09-26')})", "잭슨빌시와 온라인 간담회", "청소년 교류 재개 논의"],
        ["외빈접견", "'25. 10월 중", "마안산시 청소년 문화교류단 20명(인솔 공무원 3명 포함) 창원 방문",
         "문화교류 캠프 운영"],
        ["외빈접견", f"'25. 11. 18.({_ko_day('2025-11-18')})", "주한 멕시코 대사 시장 예방",
         "사포판시와의 교류 확대 논의"],
    ]
    slide_table(s, ex, 0.6, 1.5, 12.1, size=13)
    foot(s, 3)

    s = titled_slide(prs, "Ⅲ. 협력사업 추진현황 (Cooperation Projects)")
    items = [["사업명", "대상도시", "추진상황"]] + [[t, w, st] for t, w, st, _, _ in CW_ITEMS]
    slide_table(s, items, 0.8, 1.6, 11.6, size=15)
    foot(s, 4)

    s = titled_slide(prs, "Ⅳ. 2026년 추진계획 (Plans for 2026)")
    textbox(s.shapes, 0.8, 1.6, 11.6, 3.5, [
        "○ 잭슨빌시와 청소년 교류 재개 협의 (상반기)",
        "○ 자매·우호도시 홍보관 리모델링 (3월~5월)",
        "○ 국제교류 홈페이지 다국어 개편 (하반기)",
        "○ 자매결연 기념 공동 사진전 개최 검토",
    ], size=18)
    textbox(s.shapes, 0.8, 5.6, 11.6, 0.6, ["※ 세부 일정은 상대 도시와 협의 후 확정"], size=13)
    foot(s, 5)
    gold = Gold(
        partnerships=[partner(w, c, kd, i) for i, (_, _, w, _, _, c, kd) in enumerate(CW_TIES, 1)],
        engagements=[engagement("outgoing", ["Changwon"], "Himeji", "2025-04-22", "2025-04-25"),
                     engagement("incoming", ["Da Nang"], "Changwon", "2025-07-08", "2025-07-10"),
                     engagement("incoming", ["Ma'anshan"], "Changwon", "2025-10"),
                     engagement("meeting", ["MX"], "Changwon", "2025-11-18")],
        cooperation=[coop(t, st, ["Changwon", c]) for t, _, _, c, st in CW_ITEMS],
        claims=[claim(f"{k}개국 {n}개 도시", n, k, "all", "consistent")],
    )
    assert (n, k) == (8, 7)
    return deck_bytes(prs, "2026년도 주요업무 보고 – 국제교류"), gold


# --------------------------------------------------------------------------- 162 (en, printed PDF)

CG_TIES = [  # (as written, country, signed, society, activity, canonical)
    ("Québec City", "Canada", "1956", "—", "Moderate", "Québec"),
    ("Jaipur", "India", "1973", "Calgary Jaipur Friendship Society", "Low", "Jaipur"),
    ("Daqing", "China", "1985", "Calgary Daqing Association", "Low", "Daqing"),
    ("Naucalpan de Juárez", "Mexico", "1994", "Calgary–Naucalpan Committee", "High", "Naucalpan de Juárez"),
    ("Daejeon", "Republic of Korea", "1996", "Calgary Daejeon Sister City Society", "High", "Daejeon"),
    ("Phoenix", "United States", "1997", "—", "Moderate", "Phoenix"),
]
CG_ITEMS = [  # (initiative, partner, status as written, canonical, status)
    ("Winter city design exchange", "Québec City", "In progress – second workshop scheduled for 2026 Q1",
     "Québec", "in_progress"),
    ("Water reuse and drought resilience working group", "Phoenix",
     "Agreed – terms of reference signed 2025 May 6", "Phoenix", "agreed"),
    ("Youth hockey exchange", "Daejeon", "Completed (two teams hosted, one team sent)", "Daejeon", "completed"),
    ("Heritage tourism joint marketing", "Jaipur", "Discontinued – no partner funding", "Jaipur", "dropped"),
]


@document("162_calgary_sister_cities_annual_update_committee_report_en.pdf", split="test", home="Calgary",
          language="en",
          features=["pdf (printed by Chromium)", "English (Canadian spelling)", "a committee report of a Canadian "
                    "city: classification banner and report number in the running header, 'YYYY Month DD' dates "
                    "(the committee date as a distractor), RECOMMENDATION, HIGHLIGHTS, DISCUSSION, STAKEHOLDER "
                    "ENGAGEMENT, RISK, ATTACHMENTS, approvals block, 'Page n of 3'", "partners only in an "
                    "attachment table (sister city, country, year, society, activity level), one of them in the "
                    "same country (Québec City)", "'Calgary's six sister cities' (sister, consistent)",
                    "visits in prose: a mayoral mission with two legs (Sept. 15-17 and Sept. 18-20, outgoing), "
                    "'From June 3 to 5' (incoming), a consul general's courtesy call on 'February 11' (meeting), "
                    "year from the report", "a festival, a grant intake deadline and a report-back date as "
                    "distractors; a dollar figure", "program activities in an attachment table with plain-word "
                    "statuses (in progress, agreed, completed, discontinued)"])
def calgary_pdf():
    canons = [t[5] for t in CG_TIES]
    n = len(canons)
    words = {6: "six"}
    p1 = (
        '<div class="meta"><p><b>Community Development Committee</b><br>2025 November 19</p></div>'
        "<h1>Sister Cities Program: 2025 Annual Update</h1>"
        "<h2>RECOMMENDATION:</h2>"
        "<p>That the Community Development Committee recommend that Council receive this report for the "
        "Corporate Record.</p>"
        "<h2>HIGHLIGHTS</h2>"
        "<ul><li>What does this mean to Calgarians? The Sister Cities Program connects local businesses, schools "
        "and community associations with counterparts abroad at a modest cost to the municipality.</li>"
        f"<li>Why does this matter? Calgary's {words[n]} sister cities are a long-standing part of the City's "
        "international relations, and three of them saw significant activity in 2025.</li>"
        "<li>Administration will report back on a refreshed international relations framework no later than "
        "2026 Q4.</li></ul>"
        "<h2>DISCUSSION</h2>"
        "<p>The Sister Cities Program is delivered by the Intergovernmental &amp; Corporate Strategy business unit "
        "in partnership with volunteer sister city societies. Program spending in 2025 was $84,300, within the "
        "approved operating budget.</p>"
        "<p>From June 3 to 5, a delegation from Naucalpan, led by its Municipal President, visited Calgary. The "
        "delegation toured the Bonnybrook Wastewater Treatment Plant and met with members of the local Mexican "
        "business community. The visit was timed to end before the Calgary Stampede (July 4–13), when hotel "
        "availability is limited.</p>"
    )
    p2 = (
        "<p>In September, the Mayor led a twelve-member business and civic delegation to Korea and China. The "
        "delegation was in Daejeon from September 15 to 17, where it opened the youth hockey exchange "
        "tournament, and in Daqing from September 18 to 20. Participating companies reported eleven follow-up "
        "meetings.</p>"
        "<p>On February 11, the Consul General of India in Vancouver made a courtesy call on the Mayor at City "
        "Hall to discuss the renewal of ties with Jaipur, which have been largely inactive since 2019.</p>"
        "<p>The working group on water reuse and drought resilience with Phoenix, agreed in principle in 2024, "
        "now has signed terms of reference. With Québec City, the winter city design exchange continues. The "
        "heritage tourism marketing initiative with Jaipur has been discontinued.</p>"
        "<h2>STAKEHOLDER ENGAGEMENT AND COMMUNICATION</h2>"
        "<p>Administration met with each sister city society in the first and third quarters. The 2026 "
        "intake for the Sister City Community Grant opens in December; applications are due by 2026 January "
        "31.</p>"
        "<h2>IMPLICATIONS</h2>"
        "<p><b>Social:</b> Exchanges involve youth sport and schools. <b>Environmental:</b> Delegation travel "
        "emissions are offset through the corporate program. <b>Economic:</b> See Discussion.</p>"
        "<h2>RISK</h2>"
        "<p>Reputational risk if inactive relationships are not reviewed. No financial risk is identified.</p>"
        "<h2>ATTACHMENTS</h2>"
        "<ol><li>Sister City Relationships</li><li>2025 Program Activities</li></ol>"
        '<table class="appr"><tr><th>Department Circulation</th><th>Approve/Consult/Inform</th></tr>'
        "<tr><td>General Manager, Intergovernmental &amp; Corporate Strategy</td><td>Approve</td></tr>"
        "<tr><td>City Clerk's Office</td><td>Inform</td></tr></table>"
        '<p class="small">Author: International Relations Lead, Intergovernmental &amp; Corporate Strategy</p>'
    )
    ties = "".join(f"<tr><td>{w}</td><td>{c}</td><td>{y}</td><td>{soc}</td><td>{act}</td></tr>"
                   for w, c, y, soc, act, _ in CG_TIES)
    items = "".join(f"<tr><td>{t}</td><td>{p}</td><td>{s}</td></tr>" for t, p, s, _, _ in CG_ITEMS)
    p3 = (
        "<h2>Attachment 1 – Sister City Relationships</h2>"
        "<table><tr><th>Sister city</th><th>Country</th><th>Agreement signed</th><th>Community society</th>"
        f"<th>Activity level 2025</th></tr>{ties}</table>"
        '<p class="small">Activity level: High = delegation or project activity in the year; Moderate = '
        "staff-level contact; Low = no contact in the year.</p>"
        "<h2>Attachment 2 – 2025 Program Activities</h2>"
        f"<table><tr><th>Initiative</th><th>Sister city</th><th>Status</th></tr>{items}</table>"
    )
    css = (".meta { margin-bottom: 4mm; } .small { font-size: 8.5pt; color: #444; } table { width: 100%; "
           "font-size: 9.5pt; margin-bottom: 4mm; } .appr { width: 80%; }")
    html = pages_html("en-CA", [p1, p2, p3], "ISC: UNRESTRICTED &nbsp;&nbsp;&nbsp; CD2025-1187",
                      "Approval(s): General Manager · City Clerk's: L. R. &nbsp;&nbsp; Page {page} of {pages}")
    html = html.replace("</style>", css + "</style>")
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, _, _, _, _, c in CG_TIES],
        engagements=[engagement("incoming", ["Naucalpan de Juárez"], "Calgary", "2025-06-03", "2025-06-05"),
                     engagement("outgoing", ["Calgary"], "Daejeon", "2025-09-15", "2025-09-17"),
                     engagement("outgoing", ["Calgary"], "Daqing", "2025-09-18", "2025-09-20"),
                     engagement("meeting", ["IN"], "Calgary", "2025-02-11")],
        cooperation=[coop(t, st, ["Calgary", c]) for t, _, _, c, st in CG_ITEMS],
        claims=[claim("Calgary's six sister cities", n, None, "sister", "consistent")],
    )
    assert n == 6
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 163 (ja, TXT cp932)

HK_TIES = [  # (as written, country, kind word, year, canonical, kind)
    ("ハリファックス市", "カナダ", "姉妹都市", 1982, "Halifax", "sister"),
    ("ウラジオストク市", "ロシア", "姉妹都市", 1992, "Vladivostok", "sister"),
    ("ユジノサハリンスク市", "ロシア", "姉妹都市", 1997, "Yuzhno-Sakhalinsk", "sister"),
    ("高陽市", "韓国", "友好都市", 2011, "Goyang", "friendship"),
]
HK_ITEMS = [  # (line, canonical, status, title)
    ("ハリファックス市との港湾観光プロモーション連携……協議中（年度内に合意書案を作成）", "Halifax", "in_progress",
     "港湾観光プロモーション連携"),
    ("高陽市との職員相互派遣……合意済み。令和8年4月から1名ずつ派遣予定", "Goyang", "agreed", "職員相互派遣"),
    ("ユジノサハリンスク市からの医療研修生受入れ……令和5年度までに3回実施し完了", "Yuzhno-Sakhalinsk", "completed",
     "医療研修生受入れ"),
    ("ウラジオストク市との青少年交流事業……休止中（再開時期未定）", "Vladivostok", "stalled", "青少年交流事業"),
]

_FW = str.maketrans("0123456789", "０１２３４５６７８９")


@document("163_hakodate_kokusai_koryu_hikitsugi_memo_ja_sjis.txt", split="test", home="Hakodate", language="ja",
          encoding="cp932",
          features=["txt (cp932 / Shift_JIS, CRLF)", "Japanese", "a handover memo between two officers of the "
                    "international affairs section (handling banner, ruled lines with box-drawing characters, a "
                    "personal greeting, an extension number, 以上)", "partners as ・ lines with padded columns: "
                    "姉妹都市 (sister) and 友好都市 (friendship); a note on suspended official visits",
                    "'３か国４都市' in full-width digits (consistent)", "visits under numbered sub-items with their "
                    "state in brackets: '令和7年7月14日（月）～18日（金）' (outgoing), '10月15日（水）' (a consul "
                    "general, meeting) and '11月20日（木）～22日（土）' (incoming, preparing) with the year from the "
                    "memo's date; a declined invitation (not gold); a day-by-day programme of the incoming visit",
                    "projects as '…… state' lines with four Japanese states", "deadlines as distractors"])
def hakodate_txt():
    canons = [t[4] for t in HK_TIES]
    n, k = len(canons), _countries(canons)
    rule = "━" * 30
    lines = [
        "【取扱注意】庁内限り",
        rule,
        "　国際交流担当　引継ぎメモ（令和7年11月4日現在）",
        "　　　　　　　　　　　　　　　　　　函館市企画部国際課　佐藤",
        rule,
        "",
        "佐々木さんへ",
        "来週から担当をお願いする業務の状況をまとめました。",
        "分からない点は課長か内線2345（中村）まで。共有フォルダ「国際課＼01_姉妹都市」も見てください。",
        "",
        "■１　姉妹都市・友好都市",
        f"　海外の姉妹都市・友好都市は{str(k).translate(_FW)}か国{str(n).translate(_FW)}都市です"
        "（国内の交流都市は別ファイル）。",
    ]
    for w, c, kw, y, _, _ in HK_TIES:
        name = f"{w}（{c}）"
        pad = "　" * max(1, 16 - len(name))
        lines.append(f"　・{name}{pad}{kw}　{y}年提携")
    lines += [
        "　※ロシアの２市とは令和4年以降、公式訪問を見合わせています（書簡のやりとりのみ）。",
        "",
        "■２　今年度の訪問・来訪",
        "　(1) 市長ハリファックス訪問（済）",
        f"　　　令和7年7月14日（{_ja_day('2025-07-14')}）～18日（{_ja_day('2025-07-18')}）　随行：国際課長、港湾空港部長",
        "　　　姉妹都市提携43周年。クルーズ船誘致と港湾観光の連携について協議。",
        "　(2) 在札幌大韓民国総領事　表敬訪問（済）",
        f"　　　10月15日（{_ja_day('2025-10-15')}）15:00～15:30　市長室",
        "　(3) 高陽市訪問団の受入れ（準備中）",
        f"　　　11月20日（{_ja_day('2025-11-20')}）～22日（{_ja_day('2025-11-22')}）　第一副市長ほか6名",
        "　　　20日夜　歓迎夕食会（湯の川）",
        "　　　21日　　五稜郭・函館市場視察、職員相互派遣の受入れ準備について打合せ",
        "　　　22日　　午前の便で函館空港から帰国",
        "　　　→宿泊手配済み。通訳は国際交流協会に依頼済み。記念品は未発注。",
        "　(4) ユジノサハリンスク市「市の日」式典への招待（9月）",
        "　　　→上記※のとおり今年度は辞退。礼状送付済み。",
        "",
        "■３　交流事業の状況",
    ]
    lines += [f"　・{line}" for line, _, _, _ in HK_ITEMS]
    lines += [
        "",
        "■４　その他・締切",
        f"　・記念品の発注（11月14日（{_ja_day('2025-11-14')}）締切、総務課経由）",
        f"　・来年度予算要求の提出（12月5日（{_ja_day('2025-12-05')}））",
        "　・姉妹都市パネル展の会場予約（市役所１階ロビー、来年2月）",
        "",
        "以上",
    ]
    text = "\r\n".join(lines) + "\r\n"
    gold = Gold(
        partnerships=[partner(w, c, kd) for w, _, _, _, c, kd in HK_TIES],
        engagements=[engagement("outgoing", ["Hakodate"], "Halifax", "2025-07-14", "2025-07-18"),
                     engagement("meeting", ["KR"], "Hakodate", "2025-10-15"),
                     engagement("incoming", ["Goyang"], "Hakodate", "2025-11-20", "2025-11-22")],
        cooperation=[coop(t, st, ["Hakodate", c]) for _, c, st, t in HK_ITEMS],
        claims=[claim("３か国４都市", n, k, "all", "consistent")],
    )
    assert (n, k) == (4, 3)
    return text.encode("cp932"), gold


# --------------------------------------------------------------------------- 164 (es, HTML)

CU_REGIONS = [  # (heading, printed count, [(as written, country, kind word, year, canonical, kind)])
    ("América", 5, [
        ("Ciudad de México", "México", "hermanamiento", 1987, "Mexico City", "sister"),
        ("Puebla", "México", "hermanamiento", 2010, "Puebla", "sister"),
        ("La Habana", "Cuba", "hermanamiento", 1998, "Havana", "sister"),
        ("Río de Janeiro", "Brasil", "hermanamiento", 1995, "Rio de Janeiro", "sister"),
        ("Jersey City", "Estados Unidos", "hermanamiento", 2006, "Jersey City", "sister"),
    ]),
    ("Europa", 1, [
        ("Cracovia", "Polonia", "hermanamiento", 1988, "Kraków", "sister"),
    ]),
    ("Asia y Medio Oriente", 3, [
        ("Belén", "Palestina", "hermanamiento", 2008, "Bethlehem", "sister"),
        ("Andong", "Corea del Sur", "convenio de amistad y cooperación", 2015, "Andong", "friendship"),
    ]),
]
CU_ITEMS = [  # (project, partner as written, state, canonical, status)
    ("Puesta en valor de casonas del Centro Histórico", "Puebla", "En ejecución", "Puebla", "in_progress"),
    ("Intercambio de escuelas de gastronomía", "Ciudad de México", "Concluido", "Mexico City", "completed"),
    ("Participación de danzantes cusqueños en el Festival de la Máscara", "Andong", "Acordado", "Andong",
     "agreed"),
    ("Ruta turística «Ciudades Patrimonio»", "La Habana", "Suspendido", "Havana", "stalled"),
]


@document("164_cusco_ciudades_hermanas_portal_municipal_es.html", split="test", home="Cusco", language="es",
          features=["html", "Spanish (Peru)", "a municipal web page: navigation, breadcrumb, a sidebar of online "
                    "services, weather and links, a footer with the address and the last-update date",
                    "partners as bullets under region headings with a count in brackets ('América (5)', 'Europa "
                    "(1)', 'Asia y Medio Oriente (3)' over two listed: one inconsistent), each 'city, country — "
                    "kind (year)'; Spanish exonyms (Cracovia, Belén, La Habana); hermanamiento = sister, convenio "
                    "de amistad y cooperación = friendship", "related news cards with publication dates "
                    "(distractors) whose text holds the visits: 'del 23 al 26 de junio' (incoming, year from the "
                    "card), the Polish ambassador 'el lunes 14 de julio' (meeting), 'en la segunda quincena de "
                    "octubre' (outgoing, month)", "a project table with Spanish states (four)"])
def cusco_html():
    sections = []
    all_ties = []
    claims = []
    for heading, count, ties in CU_REGIONS:
        lis = "".join(f"<li><strong>{w}</strong>, {c} — {kw} ({y})</li>" for w, c, kw, y, _, _ in ties)
        sections.append(f'<section class="region"><h3>{heading} ({count})</h3><ul>{lis}</ul></section>')
        all_ties += ties
        claims.append(claim(f"{heading} ({count})", count, None, f"region:{heading.lower()}",
                            "consistent" if count == len(ties) else "inconsistent"))
    rows = "".join(f"<tr><td>{t}</td><td>{p}</td><td>{s}</td></tr>" for t, p, s, _, _ in CU_ITEMS)
    news = [
        ("27/06/2025", "Delegación de Andong participó en el Inti Raymi",
         "Una delegación de la ciudad de Andong (Corea del Sur), encabezada por su alcalde, visitó el Cusco del "
         "23 al 26 de junio. Los visitantes asistieron a la escenificación del Inti Raymi en Sacsayhuamán y "
         "acordaron con la Municipalidad la participación de danzantes cusqueños en el Festival de la Máscara de "
         "Andong."),
        ("15/07/2025", "Alcalde recibió al embajador de Polonia",
         "El alcalde provincial recibió el lunes 14 de julio, en el Palacio Municipal, la visita protocolar del "
         "embajador de la República de Polonia en el Perú, con quien conversó sobre los 37 años del "
         "hermanamiento con Cracovia y la restauración de retablos coloniales."),
        ("02/09/2025", "Cusco participará en feria de turismo en Puebla",
         "Una comitiva de la Municipalidad del Cusco, presidida por el teniente alcalde, viajará a Puebla en la "
         "segunda quincena de octubre para presentar la oferta turística de la ciudad y revisar los avances de la "
         "puesta en valor de casonas del Centro Histórico."),
    ]
    cards = "".join(f'<article class="card"><time>{d}</time><h4>{t}</h4><p>{x}</p>'
                    f'<a href="/noticias/{i}">Leer más</a></article>' for i, (d, t, x) in enumerate(news, 1))
    main = (
        '<nav class="breadcrumb"><a href="/">Inicio</a> › <a href="/municipalidad">Municipalidad</a> › '
        '<a href="/relaciones-internacionales">Relaciones Internacionales</a> › Ciudades hermanas</nav>\n'
        "<h1>Ciudades hermanas del Cusco</h1>\n"
        "<p>El Cusco, Capital Histórica del Perú, mantiene lazos de hermanamiento y de amistad con ciudades de "
        "América, Europa y Asia. La Oficina de Cooperación Técnica Internacional coordina los programas de "
        "intercambio cultural, técnico y turístico con cada una de ellas.</p>\n"
        + "\n".join(sections)
        + "\n<h2>Proyectos de cooperación vigentes</h2>\n"
        f"<table><thead><tr><th>Proyecto</th><th>Ciudad</th><th>Estado</th></tr></thead><tbody>{rows}</tbody>"
        "</table>\n"
        f'<h2>Noticias relacionadas</h2>\n<div class="cards">{cards}</div>\n'
        '<p class="updated">Última actualización: 12/09/2025</p>')
    nav = ('<a href="/">Inicio</a> <a href="/municipalidad">Municipalidad</a> <a href="/transparencia">Transparencia'
           '</a> <a href="/tramites">Trámites</a> <a href="/turismo">Turismo</a> <a href="/contacto">Contacto</a>')
    aside = ('<section><h3>Servicios en línea</h3><ul><li>Mesa de partes virtual</li><li>Licencias de '
             'funcionamiento</li><li>Boleto Turístico del Cusco</li></ul></section>'
             '<section><h3>Clima</h3><p>Cusco 18 °C · Arequipa 22 °C · Puno 12 °C</p></section>'
             '<section><h3>Enlaces</h3><ul><li>Gobierno Regional del Cusco</li><li>Ministerio de Cultura</li>'
             '<li>PromPerú</li></ul></section>')
    footer = ("<p>Municipalidad Provincial del Cusco · Plaza de Armas s/n, Cusco · Central telefónica (084) 000000"
              " · Libro de Reclamaciones · © 2025</p>")
    html = html_page("es-PE", "Ciudades hermanas | Municipalidad Provincial del Cusco", nav, main, aside, footer)
    gold = Gold(
        partnerships=[partner(w, c, kd) for w, _, _, _, c, kd in all_ties],
        engagements=[engagement("incoming", ["Andong"], "Cusco", "2025-06-23", "2025-06-26"),
                     engagement("meeting", ["PL"], "Cusco", "2025-07-14"),
                     engagement("outgoing", ["Cusco"], "Puebla", "2025-10")],
        cooperation=[coop(t, st, ["Cusco", c]) for t, _, _, c, st in CU_ITEMS],
        claims=claims,
    )
    assert _weekday("2025-07-14") == 0
    assert [c["check"] for c in claims] == ["consistent", "consistent", "inconsistent"]
    return html, gold


# --------------------------------------------------------------------------- 165 (fr, EML + DOCX)

SX_TIES = [  # (as written, country, nature, since, canonical, kind)
    ("Stuttgart", "Allemagne", "Jumelage", 1962, "Stuttgart", "sister"),
    ("Leicester", "Royaume-Uni", "Jumelage", 1960, "Leicester", "sister"),
    ("Boston", "États-Unis", "Jumelage", 1960, "Boston", "sister"),
    ("Ramat Gan", "Israël", "Jumelage", 1991, "Ramat Gan", "sister"),
    ("Dresde", "Allemagne", "Accord de coopération", 1990, "Dresden", "partner"),
]
SX_ITEMS = [  # (title, partner as written, state, canonical, status)
    ("Plateforme franco-allemande des mobilités douces", "Stuttgart",
     "en cours ; deuxième atelier prévu au printemps 2026", "Stuttgart", "in_progress"),
    ("Résidences d'artistes croisées", "Dresde", "convention signée le 12 septembre 2025", "Dresden", "agreed"),
    ("Coopération hospitalière en télémédecine", "Ramat Gan", "suspendue depuis 2024", "Ramat Gan", "stalled"),
    ("Échange de volontaires en service civique", "Leicester", "abandonné, faute de cofinancement", "Leicester",
     "dropped"),
]


def _strasbourg_docx() -> bytes:
    doc = new_docx()
    doc.add_paragraph("Ville et Eurométropole de Strasbourg\nDirection des relations européennes et internationales")
    doc.add_heading("Note à l'attention de Mme l'Adjointe au Maire en charge des relations européennes et "
                    "internationales", level=1)
    doc.add_paragraph("Objet : point sur les jumelages et partenariats – COPIL du 4 décembre 2025\n"
                      "Date : 20 novembre 2025 — Rédacteur : J. M., chargé de mission jumelages")
    doc.add_heading("1. Le réseau", level=2)
    doc.add_paragraph("Strasbourg entretient aujourd'hui cinq villes partenaires dans cinq pays, liées par un "
                      "jumelage ou par un accord de coopération :")
    docx_table(doc, [["Ville", "Pays", "Nature du lien", "Depuis"]]
               + [[w, c, nat, str(y)] for w, c, nat, y, _, _ in SX_TIES])
    doc.add_heading("2. Projets en cours", level=2)
    for t, w, st, _, _ in SX_ITEMS:
        doc.add_paragraph(f"« {t} » ({w}) : {st} ;", style="List Bullet")
    doc.add_heading("3. Points soumis au COPIL", level=2)
    doc.add_paragraph("– validation du programme 2026 (enveloppe prévisionnelle : 45 000 €) ;\n"
                      "– principe d'un appel à projets associatif, clôture des candidatures le 31 janvier 2026.")
    doc.add_paragraph("Le chargé de mission jumelages\nDirection des relations européennes et internationales")
    return docx_bytes(doc, "Note COPIL jumelages – 4 décembre 2025")


@document("165_strasbourg_point_jumelages_copil_fr.eml", split="test", home="Strasbourg", language="fr",
          encoding="iso-8859-15",
          features=["eml (multipart/mixed: text/plain in ISO-8859-15 quoted-printable, and a DOCX attachment)",
                    "French (œ, € and accents in Latin-9)", "a reply above a quoted request ('Le mar. 18 nov. 2025 "
                    "à 09:12, … a écrit :', '> ' lines), a signature block with an address and an environmental "
                    "footer", "visits in the reply with the year from the Date: header: 'du mercredi 26 au "
                    "vendredi 28 novembre' (incoming), 'les 9 et 10 octobre' (outgoing), the US consul general "
                    "'le mardi 2 décembre' (meeting, asked for in the quoted message and confirmed in the reply)",
                    "the DOCX attachment: a briefing note with the partner table Ville · Pays · Nature du lien · "
                    "Depuis (Jumelage = sister, Accord de coopération = partner; exonym Dresde)", "'cinq villes "
                    "partenaires dans cinq pays' over four countries (inconsistent)", "projects as bullets "
                    "'« title » (partner) : state' with four French states", "the steering-committee date, a "
                    "grant call deadline and a signing date as distractors"])
def strasbourg_email():
    canons = [t[4] for t in SX_TIES]
    n, k = len(canons), _countries(canons)
    body = (
        "Bonjour Claire,\n\n"
        "Ci-joint la note demandée pour le COPIL du 4 décembre (version du 20/11).\n\n"
        "Quelques points d'actualité d'ici là :\n"
        "- la délégation de Stuttgart (le Bürgermeister chargé des affaires internationales et six personnes)\n"
        "  sera reçue du mercredi 26 au vendredi 28 novembre ; le programme est en cours de finalisation\n"
        "  avec l'Eurométropole (visite du tram-train et dîner en cœur de ville) ;\n"
        "- pour mémoire, M. le Maire s'est rendu à Leicester les 9 et 10 octobre pour les 65 ans du\n"
        "  jumelage ; le compte rendu est dans le dossier partagé ;\n"
        "- le rendez-vous avec le consul général des États-Unis est confirmé pour le mardi 2 décembre à 11 h,\n"
        "  salle des Conseils (son secrétariat a été prévenu).\n\n"
        "Pour le budget 2026, je reprends l'enveloppe de 45 000 € inscrite au BP, sauf contre-ordre.\n"
        "Bon courage pour la fin de semaine,\n\n"
        "Bien cordialement,\n\n"
        "Julien M.\n"
        "Chargé de mission jumelages\n"
        "Direction des relations européennes et internationales\n"
        "Ville et Eurométropole de Strasbourg\n"
        "1 parc de l'Étoile - 67076 Strasbourg Cedex\n"
        "Tél. 03 68 00 00 00\n\n"
        "Pensez à l'environnement avant d'imprimer ce courriel.\n\n"
        "Le mar. 18 nov. 2025 à 09:12, Cabinet de l'Adjointe <cabinet.adjointe@strasbourg.example> a écrit :\n"
        "> Bonjour Julien,\n"
        ">\n"
        "> Pourrais-tu me transmettre d'ici jeudi une note synthétique sur nos\n"
        "> jumelages (villes, projets en cours) pour le COPIL du 4 décembre ?\n"
        ">\n"
        "> Par ailleurs, le consul général des États-Unis a demandé un rendez-vous\n"
        "> avec l'Adjointe début décembre : peux-tu caler la date avec son secrétariat ?\n"
        ">\n"
        "> Merci,\n"
        "> Claire\n"
    )
    msg = EmailMessage()
    msg["From"] = "Julien M. <julien.m@strasbourg.example>"
    msg["To"] = "Cabinet de l'Adjointe <cabinet.adjointe@strasbourg.example>"
    msg["Subject"] = "RE: Point jumelages pour le COPIL du 4 décembre"
    msg["Date"] = "Thu, 20 Nov 2025 16:42:10 +0100"
    msg["Message-ID"] = "<corpus-165@strasbourg.example>"
    msg["In-Reply-To"] = "<corpus-165-q@strasbourg.example>"
    msg.set_content(body, charset="iso-8859-15", cte="quoted-printable")
    msg.add_attachment(_strasbourg_docx(), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename="Note_COPIL_jumelages_2025-12-04.docx")
    gold = Gold(
        partnerships=[partner(w, c, kd) for w, _, _, _, c, kd in SX_TIES],
        engagements=[engagement("incoming", ["Stuttgart"], "Strasbourg", "2025-11-26", "2025-11-28"),
                     engagement("outgoing", ["Strasbourg"], "Leicester", "2025-10-09", "2025-10-10"),
                     engagement("meeting", ["US"], "Strasbourg", "2025-12-02")],
        cooperation=[coop(t, st, ["Strasbourg", c]) for t, _, _, c, st in SX_ITEMS],
        claims=[claim("cinq villes partenaires dans cinq pays", 5, 5, "all", "inconsistent")],
    )
    assert (n, k) == (5, 4)
    assert [_weekday(d) for d in ("2025-11-26", "2025-11-28", "2025-12-02", "2025-11-18")] == [2, 4, 1, 1]
    return eml_bytes(msg), gold


# --------------------------------------------------------------------------- 166 (de, DOCX)

HN_ITEMS = [  # (project, partner, state, canonical, status)
    ("Klimapartnerschaft: Solaranlagen für Schulen", "Blantyre", "läuft (zweite Projektphase seit März 2025)",
     "Blantyre", "in_progress"),
    ("Austausch der Musikschulen", "Rouen", "abgeschlossen", "Rouen", "completed"),
    ("Gemeinsamer Antrag im EU-Programm CERV", "Poznań", "Vorschlag der Stadt Poznań, wird geprüft", "Poznań",
     "proposed"),
    ("Fachaustausch Wohnungslosenhilfe", "Bristol", "ruht seit 2024", "Bristol", "stalled"),
]


@document("166_hannover_informationsdrucksache_staedtepartnerschaften_de.docx", split="test", home="Hanover",
          language="de",
          features=["docx", "German", "a council information paper (Informationsdrucksache): authority, number, "
                    "distribution to committees, numbered sections, a costs section, place and date at the end",
                    "partners only in one prose paragraph in chronological order with years and countries "
                    "('es folgten Perpignan (1960) und Rouen (1966) in Frankreich, …'); a Städtefreundschaft "
                    "(friendship) in a separate sentence", "'sieben Partner- und Freundschaftsstädte in sechs "
                    "Ländern' (consistent)", "visits as Word bullets: 'Vom 12. bis 15. Mai 2025' (incoming), 'vom "
                    "4. bis 7. August 2025' (outgoing), an ambassador's inaugural call 'Am 3. September 2025' "
                    "(meeting), 'für April 2026' (outgoing, planned, month)", "a committee date and a funding "
                    "deadline as distractors", "a project table Projekt · Partnerstadt · Sachstand with four German "
                    "states"])
def hannover_docx():
    sisters = [("Bristol", "Bristol"), ("Perpignan", "Perpignan"), ("Rouen", "Rouen"), ("Blantyre", "Blantyre"),
               ("Poznań", "Poznań"), ("Hiroshima", "Hiroshima")]
    canons = [c for _, c in sisters] + ["Leipzig"]
    n, k = len(canons), _countries(canons)
    doc = new_docx()
    doc.add_paragraph("Landeshauptstadt Hannover\nDer Oberbürgermeister")
    doc.add_paragraph("Informationsdrucksache Nr. 2874/2025\n"
                      "In den Ausschuss für Internationale Angelegenheiten\n"
                      "In den Verwaltungsausschuss\nIn die Ratsversammlung")
    doc.add_heading("Bericht über die Städtepartnerschaften 2025", level=1)
    doc.add_heading("1. Ausgangslage", level=2)
    doc.add_paragraph(
        "Die Landeshauptstadt Hannover pflegt sieben Partner- und Freundschaftsstädte in sechs Ländern. Die "
        "älteste Partnerschaft besteht seit 1947 mit Bristol im Vereinigten Königreich; es folgten Perpignan (1960) "
        "und Rouen (1966) in Frankreich, Blantyre in Malawi (1968), Poznań in Polen (1979) und Hiroshima in Japan "
        "(1983). Mit Leipzig verbindet Hannover seit 1987 eine Städtefreundschaft, die in diesem Jahr mit einem "
        "gemeinsamen Bürgerfest gewürdigt wurde.")
    doc.add_heading("2. Begegnungen und Besuche", level=2)
    for text in [
        "Vom 12. bis 15. Mai 2025 war eine Delegation aus Poznań unter Leitung des Stadtpräsidenten zu Gast in "
        "Hannover. Im Mittelpunkt standen die kommunale Wärmeplanung und der Schüleraustausch.",
        "Der Oberbürgermeister nahm vom 4. bis 7. August 2025 an der Friedenszeremonie in Hiroshima teil und "
        "traf den dortigen Bürgermeister zu einem Arbeitsgespräch.",
        "Am 3. September 2025 empfing der Oberbürgermeister die Botschafterin der Republik Malawi zu ihrem "
        "Antrittsbesuch im Neuen Rathaus.",
        "Ein Gegenbesuch einer Ratsdelegation in Bristol ist für April 2026 vorgesehen.",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_heading("3. Projekte mit den Partnerstädten", level=2)
    docx_table(doc, [["Projekt", "Partnerstadt", "Sachstand"]] + [[t, p, s] for t, p, s, _, _ in HN_ITEMS])
    doc.add_heading("4. Ausblick", level=2)
    doc.add_paragraph("Der Ausschuss für Internationale Angelegenheiten wird in seiner Sitzung am 4. Dezember 2025 "
                      "über das Jahresprogramm 2026 beraten. Anträge von Vereinen auf Zuschüsse für "
                      "Partnerschaftsbegegnungen sind bis zum 31. Januar 2026 einzureichen.")
    doc.add_heading("Berücksichtigung von Gender-Aspekten", level=2)
    doc.add_paragraph("Die Begegnungsprogramme stehen allen Geschlechtern gleichermaßen offen.")
    doc.add_heading("Kostentabelle", level=2)
    doc.add_paragraph("Es entstehen keine finanziellen Auswirkungen über die im Haushalt veranschlagten Mittel "
                      "hinaus.")
    doc.add_paragraph("Büro Oberbürgermeister – Internationale Angelegenheiten\nHannover / 18.11.2025")
    gold = Gold(
        partnerships=[partner(w, c, "sister") for w, c in sisters] + [partner("Leipzig", "Leipzig", "friendship")],
        engagements=[engagement("incoming", ["Poznań"], "Hanover", "2025-05-12", "2025-05-15"),
                     engagement("outgoing", ["Hanover"], "Hiroshima", "2025-08-04", "2025-08-07"),
                     engagement("meeting", ["MW"], "Hanover", "2025-09-03"),
                     engagement("outgoing", ["Hanover"], "Bristol", "2026-04")],
        cooperation=[coop(t, st, ["Hanover", c]) for t, _, _, c, st in HN_ITEMS],
        claims=[claim("sieben Partner- und Freundschaftsstädte in sechs Ländern", n, k, "all", "consistent")],
    )
    assert (n, k) == (7, 6)
    return docx_bytes(doc, "Informationsdrucksache 2874/2025 – Städtepartnerschaften"), gold


# --------------------------------------------------------------------------- 167 (zh, printed PDF)

KM_TIES = [  # (country, city as written, year, canonical, kind)
    ("瑞士", "苏黎世市", 1982, "Zürich", "sister"),
    ("美国", "丹佛市", 1986, "Denver", "sister"),
    ("泰国", "清迈市", 1999, "Chiang Mai", "sister"),
    ("老挝", "万象市", 1999, "Vientiane", "sister"),
    ("缅甸", "仰光市", 2008, "Yangon", "sister"),
    ("柬埔寨", "金边市", 2011, "Phnom Penh", "sister"),
    ("印度", "加尔各答市", 2013, "Kolkata", "friendship"),
    ("法国", "南锡市", 2015, "Nancy", "friendship"),
]
KM_ITEMS = [  # (title, rest of the line, canonical, status)
    ("昆明—清迈花卉产业合作", "双方已签署合作备忘录，计划2026年启动联合育种。", "Chiang Mai", "agreed"),
    ("城市轨道交通运营管理培训（苏黎世市）", "已完成，累计培训技术人员60人次。", "Zürich", "completed"),
    ("医疗卫生合作（南锡市）", "正在推进，首批医生交流已进入筹备阶段。", "Nancy", "in_progress"),
    ("旅游联合推介（加尔各答市）", "因对方机构调整，暂缓实施。", "Kolkata", "stalled"),
]


@document("167_kunming_waiban_youcheng_gongzuo_zongjie_2025_zh.pdf", split="test", home="Kunming", language="zh",
          features=["pdf (printed by Chromium)", "Simplified Chinese", "an annual work summary of a municipal "
                    "foreign-affairs office in official-document form (issuing-authority banner, document number "
                    "昆外办〔2026〕3号, addressee, numbered sections 一、（一）1., date and seal line, 抄送 and 印发 "
                    "lines, page numbers '— n —')", "partners only in one sentence: 缔结友好城市关系的6座 (sister) "
                    "and 建立友好交流城市关系的2座 (friendship), each 'country + city (year)' separated by 、",
                    "'8个国家的8座城市' (consistent)", "visits in prose with the year from the report: "
                    "'6月19日至22日' (incoming, during an expo), '9月8日至11日' (outgoing), '10月' (incoming, month), "
                    "'11月4日' (the Swiss ambassador, meeting); an online exchange (not a visit)", "projects as "
                    "numbered lines 'title：state' with four Chinese states"])
def kunming_pdf():
    canons = [t[3] for t in KM_TIES]
    n, k = len(canons), _countries(canons)
    sis = "、".join(f"{c}{w}（{y}年）" for c, w, y, _, kd in KM_TIES if kd == "sister")
    fr = "、".join(f"{c}{w}（{y}年）" for c, w, y, _, kd in KM_TIES if kd == "friendship")
    ns = sum(1 for t in KM_TIES if t[4] == "sister")
    items = "".join(f"<p>{i}. {t}：{rest}</p>" for i, (t, rest, _, _) in enumerate(KM_ITEMS, 1))
    p1 = (
        '<p class="banner">昆明市人民政府外事办公室文件</p>'
        '<p class="docno">昆外办〔2026〕3号</p><hr class="red">'
        '<h1 class="c">昆明市人民政府外事办公室<br>关于2025年国际友好城市工作情况的报告</h1>'
        "<p>市人民政府：</p>"
        "<p>2025年，市外办围绕面向南亚东南亚辐射中心建设，扎实推进国际友好城市工作，友城交往的广度和深度进一步"
        "拓展。现将有关情况报告如下：</p>"
        "<h2>一、友好城市基本情况</h2>"
        f"<p>截至2025年底，我市已与{k}个国家的{n}座城市建立友好关系。其中，缔结友好城市关系的{ns}座：{sis}；"
        f"建立友好交流城市关系的{n - ns}座：{fr}。</p>"
        "<h2>二、2025年主要交往活动</h2>"
        "<p>（一）高层互访频繁。6月19日至22日，缅甸仰光市市长率代表团来昆出席第9届中国—南亚博览会，并与我市就"
        "城市公共交通合作举行会谈。9月8日至11日，市政府代表团赴老挝万象市访问，出席万象—昆明友好城市缔结26周年"
        "纪念活动。</p>"
        "<p>（二）友城往来持续深化。10月，美国丹佛市代表团一行8人访问昆明，考察我市高原体育训练基地和滇池治理"
        "项目。11月4日，市长会见了来访的瑞士驻华大使，双方就苏黎世—昆明友好城市合作40余年的成果交换了意见。</p>"
        "<p>（三）创新交流方式。12月5日，我市举办“友城伙伴”线上交流会，南锡、清迈等友城代表通过视频参会。</p>"
    )
    p2 = (
        "<h2>三、重点合作项目进展</h2>"
        f"{items}"
        "<h2>四、存在的问题</h2>"
        "<p>一是部分友城关系活跃度不高，交往以礼节性活动为主；二是友城合作项目资金渠道单一；三是外事人员力量相对"
        "薄弱。</p>"
        "<h2>五、2026年工作打算</h2>"
        "<p>围绕建设面向南亚东南亚辐射中心，力争新缔结友好交流城市1至2对，推动友城合作从“走亲戚”向“结对子”"
        "转变；2026年1月15日前完成友城工作年度统计报送。</p>"
        "<p>特此报告。</p>"
        '<p class="sign">昆明市人民政府外事办公室<br>2026年1月8日</p>'
        "<p>（此件公开发布）</p>"
        '<hr><p class="small">抄送：省外办，市委办公室，市人大常委会办公室，市政协办公室。</p>'
        '<p class="small">昆明市人民政府外事办公室　　　　　　　　　　　　　　　　2026年1月8日印发</p>'
    )
    css = (".banner { color: #c00; font-size: 24pt; text-align: center; letter-spacing: 3pt; margin: 2mm 0; } "
           ".docno { text-align: center; } .red { border: 0; border-top: 1.5pt solid #c00; } "
           ".c { text-align: center; font-size: 15pt; } .sign { text-align: right; margin-top: 8mm; } "
           ".small { font-size: 9pt; } p { line-height: 1.7; text-indent: 2em; }")
    html = pages_html("zh-CN", [p1, p2], "", "— {page} —")
    html = html.replace("</style>", css + "</style>")
    gold = Gold(
        partnerships=[partner(w, c, kd) for _, w, _, c, kd in KM_TIES],
        engagements=[engagement("incoming", ["Yangon"], "Kunming", "2025-06-19", "2025-06-22"),
                     engagement("outgoing", ["Kunming"], "Vientiane", "2025-09-08", "2025-09-11"),
                     engagement("incoming", ["Denver"], "Kunming", "2025-10"),
                     engagement("meeting", ["CH"], "Kunming", "2025-11-04")],
        cooperation=[coop(t, st, ["Kunming", c]) for t, _, c, st in KM_ITEMS],
        claims=[claim(f"{k}个国家的{n}座城市", n, k, "all", "consistent")],
    )
    assert (n, k, ns) == (8, 8, 6)
    return print_pdf(html), gold


# --------------------------------------------------------------------------- 168 (en, Markdown)

PD_TIES = [  # (city, country, since, association contact, canonical)
    ("Sapporo", "Japan", 1959, "Portland-Sapporo Sister City Association", "Sapporo"),
    ("Guadalajara", "Mexico", 1983, "Portland-Guadalajara Sister City Association", "Guadalajara"),
    ("Ashkelon", "Israel", 1987, "Portland-Ashkelon Sister City Association", "Ashkelon"),
    ("Ulsan", "South Korea", 1987, "Portland-Ulsan Sister City Association", "Ulsan"),
    ("Suzhou", "China", 1988, "Portland-Suzhou Sister City Association", "Suzhou"),
    ("Kaohsiung", "Taiwan", 1988, "Portland-Kaohsiung Sister City Association", "Kaohsiung"),
    ("Mutare", "Zimbabwe", 1991, "Portland-Mutare Sister City Association", "Mutare"),
    ("Bologna", "Italy", 2003, "Portland-Bologna Sister City Association", "Bologna"),
]
PD_ITEMS = [  # (check, partner, title, state, canonical, status)
    ("x", "Bologna", "Food-waste composting study tour", "**done** — report in the shared drive", "Bologna",
     "completed"),
    (" ", "Kaohsiung", "Bike-share data-sharing MOU", "in negotiation, City Attorney reviewing the draft",
     "Kaohsiung", "in_progress"),
    (" ", "Ashkelon", "Water-reuse pilot", "**paused** until further notice (partner's budget)", "Ashkelon",
     "stalled"),
    (" ", "Suzhou", "Sister-school pairing", "proposed by Suzhou's education bureau, under review by PPS",
     "Suzhou", "proposed"),
]


@document("168_portland_sister_cities_quarterly_checkin_notes_en.md", split="test", home="Portland", language="en",
          encoding="utf-8",
          features=["markdown (UTF-8)", "English (US)", "meeting notes from an internal wiki: YAML front matter, "
                    "a note-taker line in a blockquote, @mentions, task-list checkboxes, links, an action-item "
                    "list and the next meeting's date (distractor)", "partners in a Markdown table City · Country "
                    "· Since · Association contact", "'nine sister cities' over eight listed (inconsistent), with "
                    "an action item to check the number", "visits as bullets with US date forms, year from the "
                    "notes' date: 'Oct 6–9' (incoming), 'Sept 22–25' (outgoing), 'on 11/3' (a consul general, "
                    "meeting), 'expected in March 2026' (incoming, planned, month); a video call (not a visit)",
                    "projects as task-list items 'partner — title: state' with four states"])
def portland_md():
    rows = "\n".join(f"| {c} | {co} | {y} | {a} |" for c, co, y, a, _ in PD_TIES)
    items = "\n".join(f"- [{x}] {p} — {t}: {s}" for x, p, t, s, _, _ in PD_ITEMS)
    text = (
        "---\n"
        "title: Sister City Program — Q4 2025 check-in\n"
        "date: 2025-11-13\n"
        "owner: Office of Government Relations\n"
        "tags: [international, sister-cities, quarterly]\n"
        "---\n\n"
        "# Sister City Program — Q4 check-in (Nov 13, 2025)\n\n"
        "> Notes by @jlee. Corrections welcome: edit this page or ping #intl-relations.\n\n"
        "**Present:** OGR international team (3), Protocol (1), association chairs on the call (5)\n\n"
        "## 1. Roster (for the annual report)\n\n"
        "The annual report draft says Portland has nine sister cities. Current roster:\n\n"
        "| City | Country | Since | Association contact |\n"
        "|---|---|---|---|\n"
        f"{rows}\n\n"
        "## 2. Visits this quarter and next\n\n"
        "- **Sapporo** — Deputy Mayor + 9 were here Oct 6–9. Water Bureau tour, Japanese Garden, dinner hosted "
        "by the association. Thank-you letter sent.\n"
        "- **Guadalajara** — Commissioner + 2 staff went Sept 22–25 for the Feria de Portland en Guadalajara "
        "(trade and culture booth). Trip report: [link](https://intranet.example/ogr/gdl-2025).\n"
        "- Mayor met the **Consul General of Japan** on 11/3 to start planning Sapporo's 2026 visit (dates TBD).\n"
        "- **Mutare** — video call with the town clerk on 10/21, not a visit; connectivity was poor.\n"
        "- **Ulsan** — delegation expected in March 2026; they will send names and exact dates by January.\n\n"
        "## 3. Projects\n\n"
        f"{items}\n\n"
        "## 4. Action items\n\n"
        "- [ ] @mkhan: check the \"nine\" in the annual report draft against the roster above\n"
        "- [ ] @jlee: book City Hall rotunda for the Ulsan welcome (March)\n"
        "- [ ] @protocol: gift inventory before Dec 12\n\n"
        "_Next check-in: Thursday, Feb 12, 2026, 10:00, Room 340 / Teams._\n"
    )
    gold = Gold(
        partnerships=[partner(c, canon, "sister") for c, _, _, _, canon in PD_TIES],
        engagements=[engagement("incoming", ["Sapporo"], "Portland", "2025-10-06", "2025-10-09"),
                     engagement("outgoing", ["Portland"], "Guadalajara", "2025-09-22", "2025-09-25"),
                     engagement("meeting", ["JP"], "Portland", "2025-11-03"),
                     engagement("incoming", ["Ulsan"], "Portland", "2026-03")],
        cooperation=[coop(t, st, ["Portland", c]) for _, _, t, _, c, st in PD_ITEMS],
        claims=[claim("nine sister cities", 9, None, "sister", "inconsistent")],
    )
    assert len(PD_TIES) == 8 and _weekday("2026-02-12") == 3
    return text.encode("utf-8"), gold


# --------------------------------------------------------------------------- 169 (pl, PPTX)

GD_CARDS = [  # (grid row, grid column, name as written, country, since, canonical) — placed roughly by geography
    (0, 0, "Turku", "Finlandia", 1958, "Turku"), (0, 1, "Kalmar", "Szwecja", 1990, "Kalmar"),
    (0, 2, "Wilno", "Litwa", 1997, "Vilnius"), (0, 3, "Astana", "Kazachstan", 2001, "Astana"),
    (1, 0, "Sefton", "Wielka Brytania", 1993, "Sefton"), (1, 1, "Brema", "Niemcy", 1976, "Bremen"),
    (1, 2, "Nicea", "Francja", 1992, "Nice"), (1, 3, "Cleveland", "USA", 1990, "Cleveland"),
]
GD_ITEMS = [  # (project, partner as written, state, canonical, status)
    ("Wspólna promocja trasy rowerowej EuroVelo 10", "Kalmar", "realizowany", "Kalmar", "in_progress"),
    ("Wymiana młodzieży szkół morskich", "Brema", "zakończony", "Bremen", "completed"),
    ("Program rezydencji artystycznych", "Turku", "propozycja strony fińskiej – w analizie", "Turku", "proposed"),
    ("Współpraca konserwatorów zabytków", "Wilno", "zawieszony", "Vilnius", "stalled"),
]


@document("169_gdansk_wspolpraca_miedzynarodowa_podsumowanie_2025_pl.pptx", split="test", home="Gdańsk",
          language="pl",
          features=["pptx", "Polish (exonyms Brema, Nicea, Wilno)", "a summary deck for a council committee: title "
                    "slide with the session date (distractor), slide footers and numbers, speaker notes",
                    "partners as eight card shapes (rounded rectangles: city, then 'country · od year') laid out "
                    "in a 4 × 2 grid by geography, not in list order; an expired agreement named only in the notes "
                    "(not gold); a metropolitan borough (Sefton) as a partner", "'8 miast partnerskich w 8 "
                    "krajach' (sister, consistent)", "a visits table Termin · Rodzaj · Miasto / gość · Opis with "
                    "Polish date forms and the year from the slide title: '3–5 czerwca' (incoming), 'wrzesień' "
                    "(outgoing, month), '14.10.2025' (an ambassador, meeting), '27–29 XI' (outgoing, Roman-numeral "
                    "month); a video conference (not a visit)", "a project table with four Polish states",
                    "a plans slide with a grant deadline (distractor)"])
def gdansk_pptx():
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches, Pt

    canons = [t[5] for t in GD_CARDS]
    n, k = len(canons), _countries(canons)
    prs = new_deck()

    def foot(slide, no: int):
        textbox(slide.shapes, 0.4, 7.0, 9.0, 0.4, ["Miasto Gdańsk · Biuro ds. Współpracy Międzynarodowej"], size=10)
        textbox(slide.shapes, 12.2, 7.0, 0.8, 0.4, [str(no)], size=10)

    s = prs.slides.add_slide(prs.slide_layouts[6])
    textbox(s.shapes, 1.0, 2.0, 11.3, 1.2, ["Współpraca międzynarodowa Miasta Gdańska"], size=36)
    textbox(s.shapes, 1.0, 3.3, 11.3, 0.8, ["Podsumowanie 2025 r."], size=24)
    textbox(s.shapes, 1.0, 5.0, 11.3, 1.0, ["Komisja Kultury i Promocji Rady Miasta Gdańska",
                                            "posiedzenie 21 stycznia 2026 r."], size=16)

    s = titled_slide(prs, "Miasta partnerskie Gdańska")
    textbox(s.shapes, 0.6, 1.35, 12.0, 0.5, [f"{n} miast partnerskich w {k} krajach"], size=20)
    for row, col, w, c, y, _ in GD_CARDS:
        card = s.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Inches(0.7 + 3.05 * col), Inches(2.2 + 2.2 * row),
                                  Inches(2.8), Inches(1.8))
        card.fill.solid()
        card.fill.fore_color.rgb = RGBColor(0xE8, 0xEE, 0xF6)
        tf = card.text_frame
        tf.word_wrap = True
        tf.paragraphs[0].text = w
        tf.paragraphs[0].runs[0].font.size = Pt(22)
        tf.paragraphs[0].runs[0].font.bold = True
        p = tf.add_paragraph()
        p.text = f"{c} · od {y}"
        p.runs[0].font.size = Pt(13)
    s.notes_slide.notes_text_frame.text = (
        "Rotterdam: porozumienie z 1994 r. wygasło w 2019 r. i nie zostało odnowione – nie ujmujemy go w "
        "zestawieniu. Kolejność kafelków według położenia na mapie, nie według daty.")
    foot(s, 2)

    s = titled_slide(prs, "Wizyty i spotkania w 2025 r.")
    rows = [
        ["Termin", "Rodzaj", "Miasto / gość", "Opis"],
        ["3–5 czerwca", "przyjazd", "Brema", "senator ds. gospodarki i portów z delegacją (8 os.) – rozmowy o "
                                            "współpracy portów"],
        ["wrzesień", "wyjazd", "Turku", "zastępca prezydenta ds. kultury – obchody 67. rocznicy partnerstwa"],
        ["14.10.2025", "spotkanie", "Ambasador Republiki Litewskiej", "wizyta kurtuazyjna u Prezydent Miasta"],
        ["27–29 XI", "wyjazd", "Kalmar", "jarmark bożonarodzeniowy – stoisko Gdańska, spotkanie z burmistrzem"],
        ["18.12.2025", "wideokonferencja", "Cleveland", "przegląd wspólnych projektów"],
    ]
    slide_table(s, rows, 0.5, 1.5, 12.3, size=13)
    foot(s, 3)

    s = titled_slide(prs, "Projekty z miastami partnerskimi")
    slide_table(s, [["Projekt", "Miasto partnerskie", "Status"]] + [[t, p, st] for t, p, st, _, _ in GD_ITEMS],
                0.8, 1.6, 11.6, size=15)
    foot(s, 4)

    s = titled_slide(prs, "Plany na 2026 r.")
    textbox(s.shapes, 0.8, 1.6, 11.6, 3.5, [
        "• Aktualizacja porozumienia z Astaną",
        "• Udział w konferencji Związku Miast Bałtyckich (termin do ustalenia)",
        "• Nabór wniosków organizacji pozarządowych na projekty z miastami partnerskimi do 28.02.2026 r.",
        "• Nowa zakładka „Miasta partnerskie” na gdansk.pl",
    ], size=18)
    foot(s, 5)
    gold = Gold(
        partnerships=[partner(w, c, "sister") for _, _, w, _, _, c in GD_CARDS],
        engagements=[engagement("incoming", ["Bremen"], "Gdańsk", "2025-06-03", "2025-06-05"),
                     engagement("outgoing", ["Gdańsk"], "Turku", "2025-09"),
                     engagement("meeting", ["LT"], "Gdańsk", "2025-10-14"),
                     engagement("outgoing", ["Gdańsk"], "Kalmar", "2025-11-27", "2025-11-29")],
        cooperation=[coop(t, st, ["Gdańsk", c]) for t, _, _, c, st in GD_ITEMS],
        claims=[claim(f"{n} miast partnerskich w {k} krajach", n, k, "sister", "consistent")],
    )
    assert (n, k) == (8, 8)
    return deck_bytes(prs, "Współpraca międzynarodowa – podsumowanie 2025"), gold


# --------------------------------------------------------------------------- 170 (pt, DOCX)

CB_TIES = [  # (no., as written, country, type, year, canonical, kind)
    (1, "Aix-en-Provence", "França", "Geminação", 1985, "Aix-en-Provence", "sister"),
    (2, "Pádua", "Itália", "Geminação", 1985, "Padua", "sister"),
    (3, "Santiago de Compostela", "Espanha", "Geminação", 1995, "Santiago de Compostela", "sister"),
    (4, "Curitiba", "Brasil", "Geminação", 1996, "Curitiba", "sister"),
    (5, "Santos", "Brasil", "Geminação", 1996, "Santos", "sister"),
    (6, "Poitiers", "França", "Geminação", 2003, "Poitiers", "sister"),
    (7, "Beira", "Moçambique", "Acordo de cooperação", 1997, "Beira", "partner"),
    (8, "Díli", "Timor-Leste", "Acordo de cooperação", 2002, "Dili", "partner"),
]
CB_ITEMS = [  # (letter, title, partner as written, state, canonical, status)
    ("a", "Rede de bibliotecas universitárias históricas", "Pádua", "em curso", "Padua", "in_progress"),
    ("b", "Programa de intercâmbio de alunos do ensino secundário", "Aix-en-Provence", "concluído em junho de 2025",
     "Aix-en-Provence", "completed"),
    ("c", "Requalificação de um mercado municipal", "Beira", "proposta da Beira, em apreciação pelos serviços",
     "Beira", "proposed"),
    ("d", "Festival luso-brasileiro de fado e choro", "Santos", "sem efeito, por falta de financiamento", "Santos",
     "dropped"),
]


@document("170_coimbra_informacao_geminacoes_reuniao_camara_pt.docx", split="test", home="Coimbra", language="pt",
          features=["docx", "Portuguese (Portugal: exonyms Pádua, Díli)", "a municipal information note "
                    "(Informação) to the executive: authority block, number, date and subject, numbered sections, "
                    "a proposal with its legal basis (a law's date as a distractor), 'À consideração superior', "
                    "signature and a dispatch setting the meeting date (distractor)", "partners in a numbered Word "
                    "table N.º · Cidade · País · Tipo · Ano (Geminação = sister, Acordo de cooperação = partner), "
                    "no headline count", "visits in prose: 'De 2 a 4 de abril de 2025' (incoming), 'Entre 19 e 23 "
                    "de maio' (outgoing, year from the note), an ambassador 'No passado dia 9 de outubro' "
                    "(meeting)", "projects as a lettered list 'a) title (partner) – state;' with four Portuguese "
                    "states"])
def coimbra_docx():
    doc = new_docx()
    doc.add_paragraph("MUNICÍPIO DE COIMBRA\nCâmara Municipal\nDivisão de Relações Internacionais e Cooperação")
    doc.add_paragraph("INFORMAÇÃO N.º 142/DRIC/2025\nData: 17/11/2025\n"
                      "Assunto: Relatório das geminações e acordos de cooperação – atividades de 2025 e renovação do "
                      "Acordo de Cooperação com o Município da Beira")
    doc.add_heading("1. Enquadramento", level=2)
    doc.add_paragraph("O Município de Coimbra mantém laços de geminação e acordos de cooperação com as cidades "
                      "constantes do quadro seguinte, que constituem a sua rede internacional de parceiros.")
    docx_table(doc, [["N.º", "Cidade", "País", "Tipo", "Ano"]]
               + [[str(i), w, c, t, str(y)] for i, w, c, t, y, _, _ in CB_TIES])
    doc.add_heading("2. Atividades em 2025", level=2)
    doc.add_paragraph("De 2 a 4 de abril de 2025, Coimbra recebeu uma delegação de Poitiers, chefiada pelo Maire-"
                      "adjoint para as relações internacionais, que visitou a Universidade e o Convento de São "
                      "Francisco e reuniu com a Associação Académica.")
    doc.add_paragraph("Entre 19 e 23 de maio, o Senhor Presidente da Câmara deslocou-se a Curitiba, a convite da "
                      "Prefeitura Municipal, para participar na Semana de Portugal e reunir com o Prefeito sobre a "
                      "edição de 2026.")
    doc.add_paragraph("No passado dia 9 de outubro, a Senhora Embaixadora da República Democrática de Timor-Leste "
                      "em Portugal foi recebida nos Paços do Concelho, tendo sido abordada a formação de técnicos "
                      "municipais de Díli.")
    doc.add_heading("3. Projetos", level=2)
    for i, (letter, t, w, st, _, _) in enumerate(CB_ITEMS):
        end = "." if i == len(CB_ITEMS) - 1 else ";"
        doc.add_paragraph(f"{letter}) {t} ({w}) – {st}{end}")
    doc.add_heading("4. Proposta", level=2)
    doc.add_paragraph("Propõe-se que a Câmara Municipal delibere aprovar a renovação do Acordo de Cooperação com o "
                      "Município da Beira por um período de cinco anos, nos termos da alínea t) do n.º 1 do artigo "
                      "33.º do Anexo I à Lei n.º 75/2013, de 12 de setembro, na sua redação atual.")
    doc.add_paragraph("À consideração superior,\nA Chefe de Divisão\n(assinatura digital)")
    doc.add_paragraph("Despacho: Concordo. Agende-se para a reunião da Câmara Municipal de 1 de dezembro de 2025.\n"
                      "O Vereador, por delegação")
    gold = Gold(
        partnerships=[partner(w, c, kd, i) for i, w, _, _, _, c, kd in CB_TIES],
        engagements=[engagement("incoming", ["Poitiers"], "Coimbra", "2025-04-02", "2025-04-04"),
                     engagement("outgoing", ["Coimbra"], "Curitiba", "2025-05-19", "2025-05-23"),
                     engagement("meeting", ["TL"], "Coimbra", "2025-10-09")],
        cooperation=[coop(t, st, ["Coimbra", c]) for _, t, _, _, c, st in CB_ITEMS],
    )
    return docx_bytes(doc, "Informação 142/DRIC/2025 – Geminações"), gold
